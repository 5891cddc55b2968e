package io.policyflow.activities.kustomer;

import io.policyflow.activities.http.ResponseHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;

/**
 * What Kustomer's rate-limit headers say, shared by every call of one client: after an answer with
 * {@code x-ratelimit-remaining: 0} (or a 429) the org budget is spent until {@code
 * x-ratelimit-reset}, so later calls wait for it (briefly in place, otherwise by failing with a
 * retry delay) instead of collecting more 429s.
 */
public final class RateLimitGate {

  private final KustomerConfig.ResetFormat format;
  private final Duration maxDelay;
  private final Clock clock;
  private Instant blockedUntil = Instant.MIN;

  public RateLimitGate(KustomerConfig.ResetFormat format, Duration maxDelay, Clock clock) {
    this.format = format;
    this.maxDelay = maxDelay;
    this.clock = clock;
  }

  /** How long to wait before the next call (zero when the budget is not known to be spent). */
  public synchronized Duration waitBeforeNextCall() {
    Duration wait = Duration.between(clock.instant(), blockedUntil);
    return wait.isNegative() ? Duration.ZERO : wait;
  }

  /** Reads an answer's headers: a spent budget (or a 429) blocks calls until the reset. */
  public void observe(int status, Map<String, Collection<String>> headers) {
    String remaining = ResponseHeaders.first(headers, "x-ratelimit-remaining");
    boolean spent = status == 429;
    if (!spent && remaining != null) {
      try {
        spent = Double.parseDouble(remaining.strip()) <= 0;
      } catch (NumberFormatException unreadable) {
        spent = false;
      }
    }
    if (!spent) {
      return;
    }
    Duration delay = delay(headers);
    if (delay == null) {
      return;
    }
    Instant until = clock.instant().plus(delay);
    synchronized (this) {
      if (until.isAfter(blockedUntil)) {
        blockedUntil = until;
      }
    }
  }

  /**
   * The delay a rate-limited answer asks for: {@code Retry-After} (seconds or an HTTP date) first,
   * then {@code x-ratelimit-reset}; capped at the configured maximum; null when neither is
   * readable.
   */
  public Duration delay(Map<String, Collection<String>> headers) {
    Duration d = retryAfter(headers);
    if (d == null) {
      d = reset(ResponseHeaders.first(headers, "x-ratelimit-reset"));
    }
    if (d == null) {
      return null;
    }
    if (d.isNegative()) {
      return Duration.ZERO;
    }
    return d.compareTo(maxDelay) > 0 ? maxDelay : d;
  }

  /** {@code Retry-After} (seconds or an HTTP date) alone; null when absent or unreadable. */
  Duration retryAfter(Map<String, Collection<String>> headers) {
    return ResponseHeaders.retryAfter(headers, clock.instant());
  }

  Duration reset(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    double number;
    try {
      number = Double.parseDouble(v);
    } catch (NumberFormatException notANumber) {
      try {
        return Duration.between(clock.instant(), Instant.parse(v));
      } catch (DateTimeParseException unreadable) {
        return null;
      }
    }
    Instant now = clock.instant();
    KustomerConfig.ResetFormat f = format;
    if (f == KustomerConfig.ResetFormat.AUTO) {
      f =
          number > 1e12
              ? KustomerConfig.ResetFormat.EPOCH_MILLIS
              : number > 1e9
                  ? KustomerConfig.ResetFormat.EPOCH_SECONDS
                  : KustomerConfig.ResetFormat.SECONDS;
    }
    return switch (f) {
      case EPOCH_MILLIS -> Duration.between(now, Instant.ofEpochMilli((long) number));
      case EPOCH_SECONDS -> Duration.between(now, Instant.ofEpochMilli((long) (number * 1000)));
      default -> Duration.ofMillis((long) Math.ceil(number * 1000));
    };
  }
}
