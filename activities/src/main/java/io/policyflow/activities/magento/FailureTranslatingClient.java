package io.policyflow.activities.magento;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;

/**
 * Wraps the HTTP client so that connection failures and timeouts surface as retryable Temporal
 * failures ({@link MagentoErrors#UNAVAILABLE}) instead of Feign's {@code RetryableException}. HTTP
 * answers go on to Feign's decoders.
 */
final class FailureTranslatingClient implements Client {

  private final Client delegate;

  FailureTranslatingClient(Client delegate) {
    this.delegate = delegate;
  }

  @Override
  public Response execute(Request request, Request.Options options) {
    try {
      return delegate.execute(request, options);
    } catch (IOException e) {
      throw MagentoErrors.ioFailure(request, e);
    }
  }
}
