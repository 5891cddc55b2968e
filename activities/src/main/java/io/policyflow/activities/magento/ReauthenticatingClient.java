package io.policyflow.activities.magento;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * On a 401, asks the authentication for fresh credentials ({@link
 * MagentoAuth#renewAfterUnauthorized}) and, when it has some, sends the request once more with
 * them. Only admin tokens renew; this is the single re-auth retry (Magento checks credentials
 * before running the call, so a 401 never hides a committed refund).
 */
final class ReauthenticatingClient implements Client {

  private final Client delegate;
  private final MagentoAuth auth;

  ReauthenticatingClient(Client delegate, MagentoAuth auth) {
    this.delegate = delegate;
    this.auth = auth;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    Response response = delegate.execute(request, options);
    if (response.status() != 401) {
      return response;
    }
    Optional<String> renewed;
    try {
      renewed = auth.renewAfterUnauthorized(request);
    } catch (RuntimeException renewalFailed) {
      response.close();
      throw renewalFailed;
    }
    if (renewed.isEmpty()) {
      return response;
    }
    response.close();
    Map<String, Collection<String>> headers = new LinkedHashMap<>();
    request
        .headers()
        .forEach(
            (name, values) -> {
              if (!"Authorization".equalsIgnoreCase(name)) {
                headers.put(name, values);
              }
            });
    headers.put("Authorization", List.of(renewed.get()));
    Request again =
        Request.create(
            request.httpMethod(),
            request.url(),
            headers,
            request.body(),
            request.charset(),
            request.requestTemplate());
    return delegate.execute(again, options);
  }
}
