package io.policyflow.api;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the HTTP API ({@code policyflow.api.*}, env {@code POLICYFLOW_API_TOKEN}, {@code
 * POLICYFLOW_API_TURN_TIMEOUT}). The defaults live here, in code, so the API works when another
 * application imports {@link ApiConfiguration} without this module's {@code application.yml}.
 *
 * @param token The bearer token every /v1 call must present. Blank: one is generated at startup and
 *     printed once to stdout.
 * @param turnTimeout How long a call waits for Temporal and the workflow: a customer turn that
 *     takes longer is answered with a holding reply; opening or reading a conversation that takes
 *     longer answers 503.
 * @param maxBodySize The largest request body of /v1 and the playground (and of every other
 *     endpoint but the Kustomer webhook and /codec, which have their own): a larger one is answered
 *     413 before it is read.
 * @param turnRate How fast one conversation takes customer turns.
 */
@ConfigurationProperties("policyflow.api")
@Validated
public record ApiProperties(
    String token,
    @DefaultValue("5s") @DurationMin(nanos = 1) Duration turnTimeout,
    @DefaultValue("64KB") DataSize maxBodySize,
    @DefaultValue TurnRate turnRate) {

  public static final DataSize DEFAULT_MAX_BODY_SIZE = DataSize.ofKilobytes(64);

  @ConstructorBinding
  public ApiProperties {
    token = token == null ? "" : token.strip();
    if (maxBodySize == null) {
      maxBodySize = DEFAULT_MAX_BODY_SIZE;
    }
    if (maxBodySize.toBytes() <= 0) {
      throw new IllegalArgumentException(
          "policyflow.api.max-body-size must be positive, got " + maxBodySize);
    }
    if (turnRate == null) {
      turnRate = new TurnRate(null, null);
    }
  }

  /** The default body size cap and turn rate. */
  public ApiProperties(String token, Duration turnTimeout) {
    this(token, turnTimeout, DEFAULT_MAX_BODY_SIZE, null);
  }

  /**
   * How fast one conversation takes customer turns: {@code burst} at once, then one every {@code
   * refillEvery} (a token bucket per conversation; see {@code TurnRateLimiter}). The defaults, 10
   * at once and one a second, are far above a person typing (a turn every few seconds) and a chat
   * backend retrying, and keep a runaway client below Temporal's 10 updates in flight per
   * conversation.
   *
   * @param burst Turns taken at once.
   * @param refillEvery One more turn after this.
   */
  public record TurnRate(
      @DefaultValue("10") Integer burst, @DefaultValue("1s") Duration refillEvery) {

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
        throw new IllegalArgumentException(
            "policyflow.api.turn-rate.burst must be at least 1, got " + burst);
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
    return "ApiProperties[token="
        + (tokenMissing() ? "<generated>" : "<configured>")
        + ", turnTimeout="
        + turnTimeout
        + ", maxBodySize="
        + maxBodySize
        + ", turnRate="
        + turnRate
        + "]";
  }
}
