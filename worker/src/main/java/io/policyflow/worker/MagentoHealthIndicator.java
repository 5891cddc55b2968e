package io.policyflow.worker;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.policyflow.activities.magento.MagentoHealthCheck;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code magento} in {@code /actuator/health}: UP with {@code reachable: true, authorized: true};
 * DOWN with the reason (connection refused, token rejected, two-factor auth refusing admin tokens,
 * circuit open, ...). One cheap Magento call at most every {@code
 * policyflow.magento.health-cache-ttl} (30 s), however often the endpoint is polled.
 */
public class MagentoHealthIndicator implements HealthIndicator {

  private final MagentoHealthCheck check;
  private final CircuitBreaker circuitBreaker;
  private final Duration ttl;
  private final Clock clock;

  private MagentoHealthCheck.Result last;
  private Instant checkedAt;

  public MagentoHealthIndicator(
      MagentoHealthCheck check, CircuitBreaker circuitBreaker, Duration ttl, Clock clock) {
    this.check = Objects.requireNonNull(check, "check");
    this.circuitBreaker = circuitBreaker;
    this.ttl = ttl == null || ttl.isNegative() ? Duration.ZERO : ttl;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Health health() {
    MagentoHealthCheck.Result result;
    Instant at;
    synchronized (this) {
      Instant now = clock.instant();
      if (last == null || !now.isBefore(checkedAt.plus(ttl))) {
        last = check.check();
        checkedAt = now;
      }
      result = last;
      at = checkedAt;
    }
    Health.Builder health = result.healthy() ? Health.up() : Health.down();
    health
        .withDetail("reachable", result.reachable())
        .withDetail("authorized", result.authorized())
        .withDetail("auth", result.auth())
        .withDetail("store", result.store());
    if (circuitBreaker != null) {
      health.withDetail("circuitBreaker", circuitBreaker.getState().name());
    }
    if (result.error() != null) {
      health.withDetail("error", result.error());
    }
    return health.withDetail("checkedAt", at.toString()).build();
  }

  /** The latest check, made now if the cached one is stale. */
  public MagentoHealthCheck.Result result() {
    health();
    synchronized (this) {
      return last;
    }
  }
}
