package io.policyflow.activities.magento;

import feign.RequestInterceptor;
import feign.RequestTemplate;

/**
 * {@code Authorization: Bearer <token>}. Authentication is a {@link RequestInterceptor} so that another scheme
 * (OAuth 1.0a request signing, planned) can replace it in {@link MagentoClients#create(MagentoConfig,
 * RequestInterceptor, java.time.Clock)} without touching the client.
 */
public final class BearerTokenAuth implements RequestInterceptor {

  private final String header;

  public BearerTokenAuth(String token) {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("token is required");
    }
    this.header = "Bearer " + token.strip();
  }

  @Override
  public void apply(RequestTemplate template) {
    template.removeHeader("Authorization");
    template.header("Authorization", header);
  }

  @Override
  public String toString() {
    return "BearerTokenAuth[***]";
  }
}
