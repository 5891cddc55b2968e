package io.policyflow.activities.magento;

import feign.Client;
import feign.Request;
import feign.Response;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import java.io.IOException;
import java.time.Duration;

/**
 * Sends each HTTP request through its host's circuit breaker (outermost), rate limiter and
 * bulkhead. A refusal fails fast, without touching the store, as a retryable {@link
 * MagentoErrors#UNAVAILABLE} failure so Temporal tries again later; an open circuit asks Temporal
 * to wait until it half-opens.
 */
final class ResilientClient implements Client {

  private final Client delegate;
  private final MagentoResilience resilience;

  ResilientClient(Client delegate, MagentoResilience resilience) {
    this.delegate = delegate;
    this.resilience = resilience;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    String host = MagentoConfig.hostOf(request.url());
    MagentoResilience.Guard guard = resilience.guard(host);
    CheckedSupplier<Response> call = () -> delegate.execute(request, options);
    CheckedSupplier<Response> guarded =
        CircuitBreaker.decorateCheckedSupplier(
            guard.circuitBreaker(),
            RateLimiter.decorateCheckedSupplier(
                guard.rateLimiter(), Bulkhead.decorateCheckedSupplier(guard.bulkhead(), call)));
    try {
      return guarded.get();
    } catch (CallNotPermittedException open) {
      Duration wait = resilience.untilHalfOpen(guard.circuitBreaker());
      throw MagentoErrors.unavailable(
          "Magento circuit breaker for "
              + host
              + " is "
              + guard.circuitBreaker().getState().name().toLowerCase(java.util.Locale.ROOT)
              + " after repeated failures: not calling "
              + MagentoErrors.describe(request)
              + " now",
          open,
          wait == null ? null : max(wait, Duration.ofSeconds(1)));
    } catch (RequestNotPermitted limited) {
      throw MagentoErrors.unavailable(
          "Rate limit for "
              + host
              + " reached ("
              + resilience.config().rateLimit()
              + " calls per "
              + resilience.config().rateLimitPeriod()
              + "): not calling "
              + MagentoErrors.describe(request)
              + " now",
          limited,
          null);
    } catch (BulkheadFullException full) {
      throw MagentoErrors.unavailable(
          resilience.config().maxConcurrentCalls()
              + " calls to "
              + host
              + " already in flight: not calling "
              + MagentoErrors.describe(request)
              + " now",
          full,
          null);
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable other) {
      throw new IOException(other);
    }
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
