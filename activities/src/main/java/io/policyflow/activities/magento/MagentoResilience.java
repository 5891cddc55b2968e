package io.policyflow.activities.magento;

import feign.Response;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Resilience4j circuit breakers, rate limiters and bulkheads that protect each Magento host,
 * one of each per {@code host[:port]}, named {@code magento-<host>}. The registries are public so
 * the worker can publish their metrics ({@code resilience4j_circuitbreaker_*}, {@code
 * resilience4j_ratelimiter_*}, {@code resilience4j_bulkhead_*} on {@code /actuator/prometheus}).
 *
 * <p>What counts as a circuit-breaker failure: I/O errors and timeouts, and answers 408, 429 and
 * 5xx. Any other answer (2xx, and 4xx: Magento is up and said no) counts as a success. Calls
 * refused by the rate limiter or the bulkhead are not counted at all. There is no retry here
 * (Temporal retries); see {@link ResilientClient} for what a refusal becomes.
 */
public final class MagentoResilience {

  private final MagentoResilienceConfig config;
  private final CircuitBreakerRegistry circuitBreakers;
  private final RateLimiterRegistry rateLimiters;
  private final BulkheadRegistry bulkheads;
  private final Map<String, Instant> openedAt = new ConcurrentHashMap<>();

  public MagentoResilience(MagentoResilienceConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.circuitBreakers =
        CircuitBreakerRegistry.of(
            CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(config.slidingWindowSize())
                .minimumNumberOfCalls(config.minimumNumberOfCalls())
                .failureRateThreshold(config.failureRateThreshold())
                .waitDurationInOpenState(config.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(config.permittedCallsInHalfOpenState())
                .recordResult(MagentoResilience::isFailure)
                .ignoreExceptions(RequestNotPermitted.class, BulkheadFullException.class)
                .clock(config.clock())
                .build());
    this.rateLimiters =
        RateLimiterRegistry.of(
            RateLimiterConfig.custom()
                .limitForPeriod(config.rateLimit())
                .limitRefreshPeriod(config.rateLimitPeriod())
                .timeoutDuration(config.rateLimitWait())
                .build());
    this.bulkheads =
        BulkheadRegistry.of(
            BulkheadConfig.custom()
                .maxConcurrentCalls(config.maxConcurrentCalls())
                .maxWaitDuration(config.bulkheadWait())
                .build());
    circuitBreakers
        .getEventPublisher()
        .onEntryAdded(
            added -> {
              CircuitBreaker cb = added.getAddedEntry();
              cb.getEventPublisher()
                  .onStateTransition(
                      t -> {
                        if (t.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                          openedAt.put(cb.getName(), config.clock().instant());
                        }
                      });
            });
  }

  public static MagentoResilience defaults() {
    return new MagentoResilience(MagentoResilienceConfig.defaults());
  }

  public MagentoResilienceConfig config() {
    return config;
  }

  public CircuitBreakerRegistry circuitBreakers() {
    return circuitBreakers;
  }

  public RateLimiterRegistry rateLimiters() {
    return rateLimiters;
  }

  public BulkheadRegistry bulkheads() {
    return bulkheads;
  }

  /** {@code magento-<host[:port]>}. */
  public static String name(String host) {
    return "magento-" + host;
  }

  /** The circuit breaker, rate limiter and bulkhead of one host (created on first use). */
  public Guard guard(String host) {
    String name = name(host);
    return new Guard(
        circuitBreakers.circuitBreaker(name),
        rateLimiters.rateLimiter(name),
        bulkheads.bulkhead(name));
  }

  /** The circuit breaker of one host. */
  public CircuitBreaker circuitBreaker(String host) {
    return guard(host).circuitBreaker();
  }

  /** How long until an open circuit lets trial calls through; null when it is not open. */
  Duration untilHalfOpen(CircuitBreaker cb) {
    if (cb.getState() != CircuitBreaker.State.OPEN) {
      return null;
    }
    Instant opened = openedAt.get(cb.getName());
    if (opened == null) {
      return null;
    }
    Duration left =
        Duration.between(config.clock().instant(), opened.plus(config.waitInOpenState()));
    return left.isNegative() ? Duration.ZERO : left;
  }

  static boolean isFailure(Object result) {
    if (result instanceof Response response) {
      int status = response.status();
      return status == 408 || status == 429 || status >= 500;
    }
    return false;
  }

  /** One host's protections. */
  public record Guard(CircuitBreaker circuitBreaker, RateLimiter rateLimiter, Bulkhead bulkhead) {}
}
