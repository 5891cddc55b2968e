package io.policyflow.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Settings of the HTTP API ({@code policyflow.api.*}). The defaults live here, in code, so the API works when
 * another application imports {@link ApiConfiguration} without this module's {@code application.yml}.
 *
 * @param token the bearer token every {@code /v1} call must present; blank means: generate one at startup and
 *     print it once to stdout
 * @param turnTimeout how long a call waits for Temporal and the workflow: a customer turn that takes longer is
 *     answered with a holding reply; opening a conversation or reading it that takes longer answers 503
 * @param turnRate how fast one conversation takes customer turns ({@code policyflow.api.turn-rate.*})
 */
@ConfigurationProperties("policyflow.api")
public record ApiProperties(String token, Duration turnTimeout, TurnRate turnRate) {

  public static final Duration DEFAULT_TURN_TIMEOUT = Duration.ofSeconds(5);

  @ConstructorBinding
  public ApiProperties {
    token = token == null ? "" : token.strip();
    if (turnTimeout == null) {
      turnTimeout = DEFAULT_TURN_TIMEOUT;
    }
    if (turnTimeout.isNegative() || turnTimeout.isZero()) {
      throw new IllegalArgumentException("policyflow.api.turn-timeout must be positive, got " + turnTimeout);
    }
    if (turnRate == null) {
      turnRate = new TurnRate(null, null);
    }
  }

  /** Settings with the default turn rate. */
  public ApiProperties(String token, Duration turnTimeout) {
    this(token, turnTimeout, null);
  }

  /**
   * How fast one conversation takes customer turns: {@code burst} at once, then one every {@code refillEvery}
   * (a token bucket per conversation; see {@code TurnRateLimiter}). The defaults, 10 at once and one a second,
   * are far above a person typing (a turn every few seconds) and a chat backend retrying, and keep a runaway
   * client below Temporal's 10 updates in flight per conversation.
   *
   * @param burst turns taken at once (default 10)
   * @param refillEvery one more turn after this (default 1 s)
   */
  public record TurnRate(Integer burst, Duration refillEvery) {

    public static final int DEFAULT_BURST = 10;
    public static final Duration DEFAULT_REFILL_EVERY = Duration.ofSeconds(1);

    public TurnRate {
      if (burst == null) {
        burst = DEFAULT_BURST;
      }
      if (refillEvery == null) {
        refillEvery = DEFAULT_REFILL_EVERY;
      }
      if (burst < 1) {
        throw new IllegalArgumentException("policyflow.api.turn-rate.burst must be at least 1, got " + burst);
      }
      if (refillEvery.isNegative() || refillEvery.isZero()) {
        throw new IllegalArgumentException(
            "policyflow.api.turn-rate.refill-every must be positive, got " + refillEvery);
      }
    }
  }

  /** True when no token is configured and one must be generated. */
  public boolean tokenMissing() {
    return token.isEmpty();
  }

  /** Never shows the token. */
  @Override
  public String toString() {
    return "ApiProperties[token=" + (tokenMissing() ? "<generated>" : "<configured>")
        + ", turnTimeout=" + turnTimeout + ", turnRate=" + turnRate + "]";
  }
}
