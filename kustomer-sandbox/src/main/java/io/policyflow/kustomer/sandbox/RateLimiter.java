package io.policyflow.kustomer.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Kustomer's limits, simulated: an org-wide budget per 60-second window (every API call counts),
 * and 120 creates (conversations, messages, notes, drafts) per customer per minute. Every API
 * answer carries {@code x-ratelimit-limit}, {@code x-ratelimit-remaining} and {@code
 * x-ratelimit-reset}; over a limit the answer is 429. Tests can also force the next calls to be
 * throttled.
 */
final class RateLimiter {

  private static final Duration WINDOW = Duration.ofSeconds(60);

  private final KustomerSandboxConfig config;
  private Instant windowStart;
  private int used;
  private final Map<String, Deque<Instant>> creates = new HashMap<>();
  private int forcedThrottles;
  private Duration forcedReset = Duration.ofSeconds(1);

  RateLimiter(KustomerSandboxConfig config) {
    this.config = config;
  }

  /** The state to report in headers, and whether this call is over the limit. */
  record Decision(boolean throttled, int limit, int remaining, Instant resetAt, String reason) {}

  /** Counts one API call against the org budget. */
  synchronized Decision orgCall(Instant now) {
    if (forcedThrottles > 0) {
      forcedThrottles--;
      return new Decision(
          true,
          config.orgRateLimitPerMinute(),
          0,
          now.plus(forcedReset),
          "Rate limit exceeded (org budget).");
    }
    if (windowStart == null || !now.isBefore(windowStart.plus(WINDOW))) {
      windowStart = now;
      used = 0;
    }
    used++;
    int limit = config.orgRateLimitPerMinute();
    Instant reset = windowStart.plus(WINDOW);
    if (used > limit) {
      return new Decision(
          true,
          limit,
          0,
          reset,
          "Rate limit exceeded: " + limit + " requests per minute for this org.");
    }
    return new Decision(false, limit, limit - used, reset, null);
  }

  /** Counts one create for this customer; null when allowed, else the throttled decision. */
  private synchronized Decision create(String customerId, Instant now) {
    Deque<Instant> times = creates.computeIfAbsent(customerId, id -> new ArrayDeque<>());
    while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
      times.pollFirst();
    }
    int limit = config.createLimitPerCustomerPerMinute();
    if (times.size() >= limit) {
      Instant reset = times.peekFirst().plus(WINDOW);
      return new Decision(
          true,
          limit,
          0,
          reset,
          "Rate limit exceeded: " + limit + " creates per minute for this customer.");
    }
    times.addLast(now);
    return null;
  }

  /** The next {@code calls} API calls answer 429, reporting a reset {@code resetIn} later. */
  synchronized void throttleNext(int calls, Duration resetIn) {
    forcedThrottles = Math.max(0, calls);
    forcedReset = resetIn == null || resetIn.isNegative() ? Duration.ofSeconds(1) : resetIn;
  }

  synchronized void reset() {
    windowStart = null;
    used = 0;
    creates.clear();
    forcedThrottles = 0;
  }

  /**
   * Counts one create for this customer; over the limit it throws the 429 (its headers written to
   * {@code headers}).
   */
  void checkCreate(String customerId, Instant now, Map<String, String> headers) {
    Decision d = create(customerId, now);
    if (d != null) {
      throw tooMany(d, now, headers);
    }
  }

  /**
   * Writes {@code x-ratelimit-limit}, {@code x-ratelimit-remaining} and {@code x-ratelimit-reset}.
   */
  void writeHeaders(Decision d, Instant now, Map<String, String> headers) {
    headers.put("x-ratelimit-limit", Integer.toString(d.limit()));
    headers.put("x-ratelimit-remaining", Integer.toString(d.remaining()));
    headers.put("x-ratelimit-reset", resetHeader(d, now));
  }

  /**
   * The 429 for a throttled decision; its headers (and {@code Retry-After} when configured) go to
   * {@code headers}.
   */
  ApiError tooMany(Decision d, Instant now, Map<String, String> headers) {
    writeHeaders(d, now, headers);
    if (config.sendRetryAfter()) {
      headers.put("Retry-After", Long.toString(secondsUntil(d.resetAt(), now)));
    }
    return new ApiError(429, "too_many_requests", d.reason(), null);
  }

  /** The value of {@code x-ratelimit-reset}, in the configured format. */
  private String resetHeader(Decision decision, Instant now) {
    if (config.resetFormat() == KustomerSandboxConfig.ResetFormat.EPOCH_SECONDS) {
      return Long.toString(decision.resetAt().getEpochSecond());
    }
    return Long.toString(secondsUntil(decision.resetAt(), now));
  }

  private static long secondsUntil(Instant at, Instant now) {
    long millis = Duration.between(now, at).toMillis();
    return Math.max(0, (millis + 999) / 1000);
  }
}
