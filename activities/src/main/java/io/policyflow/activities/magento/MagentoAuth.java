package io.policyflow.activities.magento;

import feign.Request;
import feign.RequestInterceptor;
import java.util.Optional;

/**
 * Authentication of Magento requests: a {@link RequestInterceptor} that sets {@code Authorization},
 * and, for schemes whose credentials expire (admin tokens), a way to renew them once after a 401.
 */
public interface MagentoAuth extends RequestInterceptor {

  /** {@code "oauth1"}, {@code "bearer"} or {@code "admin"}. */
  String scheme();

  /**
   * Magento answered 401 to {@code rejected}. Returns the {@code Authorization} value to send the
   * request once more with, when fresh credentials were obtained; empty when renewing cannot help
   * (the default).
   *
   * @throws io.temporal.failure.ApplicationFailure when renewing itself failed (e.g. two-factor
   *     auth refusal)
   */
  default Optional<String> renewAfterUnauthorized(Request rejected) {
    return Optional.empty();
  }

  /** The authentication for these credentials. */
  static MagentoAuth of(
      MagentoCredentials credentials,
      AdminTokenAuth.TokenIssuer adminTokens,
      java.time.Clock clock) {
    if (credentials instanceof MagentoCredentials.OAuth1 oauth) {
      return new OAuth1Signer(oauth, clock);
    }
    if (credentials instanceof MagentoCredentials.Bearer bearer) {
      return new BearerTokenAuth(bearer.token());
    }
    if (credentials instanceof MagentoCredentials.AdminPassword admin) {
      return new AdminTokenAuth(admin, adminTokens, clock);
    }
    throw new IllegalArgumentException("Unknown Magento credentials " + credentials.scheme());
  }
}
