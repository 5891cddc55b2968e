package io.policyflow.sandbox.auth;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides whether a request's {@code Authorization} header carries a token the store accepts: the
 * integration access token (bearer mode) or an admin token this sandbox issued. Parsing follows
 * {@code TokenUserContext}: exactly two space-separated parts, scheme {@code bearer} in any case.
 * Anything else is "no user", which fails the route's ACL check with the 401.
 */
public final class TokenAuthenticator {

  private final String accessToken;
  private final Set<String> adminTokens = ConcurrentHashMap.newKeySet();

  public TokenAuthenticator(String accessToken) {
    this.accessToken = accessToken;
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
    return !token.isEmpty() && (token.equals(accessToken) || adminTokens.contains(token));
  }

  void registerAdminToken(String token) {
    adminTokens.add(token);
  }

  public void revokeAdminTokens() {
    adminTokens.clear();
  }
}
