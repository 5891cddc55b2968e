package io.policyflow.sandbox.auth;

import io.policyflow.sandbox.error.ApiException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code POST /V1/integration/admin/token}. Credentials are checked first (401 sign-in message when
 * wrong, lockout after 6 failures for 30 minutes); then, with Magento_TwoFactorAuth on, the route
 * refuses with 401 {@code Please use the 2fa provider-specific endpoints to obtain a token.} and
 * {@code parameters.active_providers}; with it off, a new admin token is returned.
 */
public final class AdminTokenService {

  static final String SIGN_IN_FAILED =
      "The account sign-in was incorrect or your account is disabled temporarily. "
          + "Please wait and try again later.";
  static final String USE_2FA = "Please use the 2fa provider-specific endpoints to obtain a token.";
  private static final int MAX_FAILURES = 6;
  private static final Duration LOCK_TIME = Duration.ofSeconds(1800);
  private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

  private final String username;
  private final String password;
  private final boolean twoFactorAuth;
  private final Clock clock;
  private final TokenAuthenticator authenticator;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  public AdminTokenService(
      String username,
      String password,
      boolean twoFactorAuth,
      Clock clock,
      TokenAuthenticator authenticator) {
    this.username = username;
    this.password = password;
    this.twoFactorAuth = twoFactorAuth;
    this.clock = clock;
    this.authenticator = authenticator;
  }

  public String createToken(String user, String pass) {
    Instant now = clock.instant();
    String key = user == null ? "" : user.toLowerCase(java.util.Locale.ROOT);
    Failures current = failures.get(key);
    if (current != null && current.lockedUntil != null && now.isBefore(current.lockedUntil)) {
      throw signInFailed();
    }
    if (!username.equalsIgnoreCase(user) || !password.equals(pass)) {
      failures.compute(
          key,
          (k, f) -> {
            int count =
                (f == null || (f.lockedUntil != null && !now.isBefore(f.lockedUntil)))
                    ? 1
                    : f.count + 1;
            return new Failures(count, count >= MAX_FAILURES ? now.plus(LOCK_TIME) : null);
          });
      throw signInFailed();
    }
    failures.remove(key);
    if (twoFactorAuth) {
      throw new ApiException(
          401, USE_2FA, ApiException.named("active_providers", ApiException.positional("google")));
    }
    StringBuilder token = new StringBuilder(32);
    for (int i = 0; i < 32; i++) {
      token.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    authenticator.registerAdminToken(token.toString());
    return token.toString();
  }

  private static ApiException signInFailed() {
    return new ApiException(401, SIGN_IN_FAILED, null);
  }

  private record Failures(int count, Instant lockedUntil) {}
}
