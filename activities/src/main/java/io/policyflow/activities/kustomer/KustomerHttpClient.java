package io.policyflow.activities.kustomer;

import feign.Client;
import feign.Request;
import feign.Response;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.time.Duration;

/**
 * Wraps the HTTP client: waits for a spent rate-limit budget first (in place up to {@link
 * #MAX_INLINE_WAIT}, otherwise a retryable {@link KustomerErrors#RATE_LIMITED} with the wait as
 * next retry delay), reads every answer's rate-limit headers, and turns I/O errors into retryable
 * {@link KustomerErrors#UNAVAILABLE}.
 */
final class KustomerHttpClient implements Client {

  static final Duration MAX_INLINE_WAIT = Duration.ofSeconds(1);

  private final Client delegate;
  private final RateLimitGate limits;

  KustomerHttpClient(Client delegate, RateLimitGate limits) {
    this.delegate = delegate;
    this.limits = limits;
  }

  @Override
  public Response execute(Request request, Request.Options options) {
    Duration wait = limits.waitBeforeNextCall();
    if (!wait.isZero()) {
      if (wait.compareTo(MAX_INLINE_WAIT) > 0) {
        throw ApplicationFailure.newFailureWithCauseAndDelay(
            "Kustomer rate limit budget spent; waiting "
                + wait.toMillis()
                + " ms for x-ratelimit-reset before "
                + KustomerErrors.describe(request),
            KustomerErrors.RATE_LIMITED,
            null,
            wait);
      }
      try {
        Thread.sleep(wait.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw ApplicationFailure.newFailureWithCause(
            "Interrupted while waiting for Kustomer's rate limit", KustomerErrors.RATE_LIMITED, e);
      }
    }
    Response response;
    try {
      response = delegate.execute(request, options);
    } catch (IOException e) {
      throw KustomerErrors.ioFailure(request, e);
    }
    limits.observe(response.status(), response.headers());
    return response;
  }
}
