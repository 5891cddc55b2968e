package io.policyflow.activities.magento;

import feign.RequestTemplate;

/**
 * {@code Authorization: Bearer <token>}: an integration access token on a store that allows "OAuth
 * Access Tokens to be used as standalone Bearer tokens", or an admin token obtained elsewhere. A
 * 401 is final: the token is wrong, revoked or lacks an ACL resource.
 */
public final class BearerTokenAuth implements MagentoAuth {

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
    template.headerLiteral("Authorization", header);
  }

  @Override
  public String scheme() {
    return "bearer";
  }

  @Override
  public String toString() {
    return "BearerTokenAuth[***]";
  }
}
