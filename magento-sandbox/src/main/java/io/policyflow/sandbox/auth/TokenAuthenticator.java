package io.policyflow.sandbox.auth;

import io.policyflow.sandbox.http.ApiRequest;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides whether a request's {@code Authorization} header carries a token the store accepts: the
 * integration access token (bearer mode) or an admin token this sandbox issued. Parsing follows
 * {@code TokenUserContext}: exactly two space-separated parts, scheme {@code bearer} in any case.
 * Anything else is "no user", which fails the route's ACL check with the 401. An {@code
 * Authorization: OAuth ...} header goes to the {@link OAuthVerifier} instead, whose refusals carry
 * Magento's OAuth messages.
 */
public final class TokenAuthenticator {

  private final String accessToken;
  private final boolean integrationBearer;
  private final OAuthVerifier oauth;
  private final Set<String> adminTokens = ConcurrentHashMap.newKeySet();

  /** Bearer only: the integration access token and admin tokens. */
  public TokenAuthenticator(String accessToken) {
    this(accessToken, true, null);
  }

  /**
   * @param integrationBearer whether the integration access token works as a bearer token
   *     (Magento's "Allow OAuth Access Tokens to be used as standalone Bearer tokens")
   * @param oauth the verifier of OAuth 1.0a-signed requests, or null to treat them as no user
   */
  public TokenAuthenticator(String accessToken, boolean integrationBearer, OAuthVerifier oauth) {
    this.accessToken = accessToken;
    this.integrationBearer = integrationBearer;
    this.oauth = oauth;
  }

  /**
   * Whether the request authenticates a user the ACL lets through.
   *
   * @throws io.policyflow.sandbox.error.ApiException an OAuth request that fails verification
   */
  public boolean isAuthorized(ApiRequest request) {
    String header = request.header("Authorization");
    if (oauth != null && OAuthVerifier.isOAuth(header)) {
      oauth.verify(request);
      return true;
    }
    return isAuthorized(header);
  }

  public boolean isAuthorized(String authorizationHeader) {
    if (authorizationHeader == null) {
      return false;
    }
    String[] parts = authorizationHeader.split(" ", -1);
    if (parts.length != 2 || !"bearer".equalsIgnoreCase(parts[0])) {
      return false;
    }
    String token = parts[1];
    return !token.isEmpty()
        && ((integrationBearer && token.equals(accessToken)) || adminTokens.contains(token));
  }

  void registerAdminToken(String token) {
    adminTokens.add(token);
  }

  public void revokeAdminTokens() {
    adminTokens.clear();
  }
}
