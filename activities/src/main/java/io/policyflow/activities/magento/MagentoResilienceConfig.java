package io.policyflow.activities.magento;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How hard the worker may lean on one Magento host. Nothing here retries: Temporal does.
 *
 * @param failureRateThreshold percentage of failed calls (5xx, 408, 429, timeouts, I/O errors;
 *     never 4xx) in the sliding window that opens the circuit; default 50
 * @param slidingWindowSize calls the failure rate is computed over; default 20
 * @param minimumNumberOfCalls calls needed before the rate counts; default 10
 * @param waitInOpenState how long an open circuit refuses calls before letting a few through;
 *     default 30 s
 * @param permittedCallsInHalfOpenState trial calls when half-open; default 3
 * @param rateLimit calls allowed per {@code rateLimitPeriod}; default 20
 * @param rateLimitPeriod default 1 s (so {@code rateLimit} is "per second")
 * @param rateLimitWait how long a call may wait for a permit before failing; default 500 ms
 * @param maxConcurrentCalls calls in flight at once; default 10
 * @param bulkheadWait how long a call may wait for a free slot before failing; default 500 ms
 * @param clock the circuit breaker's clock (tests move it with Temporal's test time)
 */
public record MagentoResilienceConfig(
    float failureRateThreshold,
    int slidingWindowSize,
    int minimumNumberOfCalls,
    Duration waitInOpenState,
    int permittedCallsInHalfOpenState,
    int rateLimit,
    Duration rateLimitPeriod,
    Duration rateLimitWait,
    int maxConcurrentCalls,
    Duration bulkheadWait,
    Clock clock) {

  public MagentoResilienceConfig {
    if (failureRateThreshold <= 0 || failureRateThreshold > 100) {
      throw new IllegalArgumentException("failureRateThreshold must be in (0, 100]");
    }
    if (slidingWindowSize < 1 || minimumNumberOfCalls < 1 || permittedCallsInHalfOpenState < 1) {
      throw new IllegalArgumentException("circuit breaker window sizes must be at least 1");
    }
    if (rateLimit < 1 || maxConcurrentCalls < 1) {
      throw new IllegalArgumentException("rateLimit and maxConcurrentCalls must be at least 1");
    }
    waitInOpenState = positive(waitInOpenState, "waitInOpenState");
    rateLimitPeriod = positive(rateLimitPeriod, "rateLimitPeriod");
    rateLimitWait = nonNegative(rateLimitWait);
    bulkheadWait = nonNegative(bulkheadWait);
    clock = clock == null ? Clock.systemUTC() : clock;
  }

  public static MagentoResilienceConfig defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .failureRateThreshold(failureRateThreshold)
        .slidingWindowSize(slidingWindowSize)
        .minimumNumberOfCalls(minimumNumberOfCalls)
        .waitInOpenState(waitInOpenState)
        .permittedCallsInHalfOpenState(permittedCallsInHalfOpenState)
        .rateLimit(rateLimit, rateLimitPeriod)
        .rateLimitWait(rateLimitWait)
        .maxConcurrentCalls(maxConcurrentCalls)
        .bulkheadWait(bulkheadWait)
        .clock(clock);
  }

  private static Duration positive(Duration d, String what) {
    Objects.requireNonNull(d, what);
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(what + " must be positive");
    }
    return d;
  }

  private static Duration nonNegative(Duration d) {
    return d == null || d.isNegative() ? Duration.ZERO : d;
  }

  /** Builds a {@link MagentoResilienceConfig}; unset values keep the defaults. */
  public static final class Builder {
    private float failureRateThreshold = 50;
    private int slidingWindowSize = 20;
    private int minimumNumberOfCalls = 10;
    private Duration waitInOpenState = Duration.ofSeconds(30);
    private int permittedCallsInHalfOpenState = 3;
    private int rateLimit = 20;
    private Duration rateLimitPeriod = Duration.ofSeconds(1);
    private Duration rateLimitWait = Duration.ofMillis(500);
    private int maxConcurrentCalls = 10;
    private Duration bulkheadWait = Duration.ofMillis(500);
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    public Builder failureRateThreshold(float percent) {
      this.failureRateThreshold = percent;
      return this;
    }

    public Builder slidingWindowSize(int calls) {
      this.slidingWindowSize = calls;
      return this;
    }

    public Builder minimumNumberOfCalls(int calls) {
      this.minimumNumberOfCalls = calls;
      return this;
    }

    public Builder waitInOpenState(Duration wait) {
      this.waitInOpenState = wait;
      return this;
    }

    public Builder permittedCallsInHalfOpenState(int calls) {
      this.permittedCallsInHalfOpenState = calls;
      return this;
    }

    public Builder rateLimit(int calls, Duration period) {
      this.rateLimit = calls;
      this.rateLimitPeriod = period;
      return this;
    }

    public Builder rateLimitWait(Duration wait) {
      this.rateLimitWait = wait;
      return this;
    }

    public Builder maxConcurrentCalls(int calls) {
      this.maxConcurrentCalls = calls;
      return this;
    }

    public Builder bulkheadWait(Duration wait) {
      this.bulkheadWait = wait;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    public MagentoResilienceConfig build() {
      return new MagentoResilienceConfig(
          failureRateThreshold,
          slidingWindowSize,
          minimumNumberOfCalls,
          waitInOpenState,
          permittedCallsInHalfOpenState,
          rateLimit,
          rateLimitPeriod,
          rateLimitWait,
          maxConcurrentCalls,
          bulkheadWait,
          clock);
    }
  }
}
