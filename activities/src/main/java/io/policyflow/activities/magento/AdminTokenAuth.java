package io.policyflow.activities.magento;

import feign.Request;
import feign.RequestTemplate;
import io.policyflow.refund.commerce.CommerceFailures;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An admin user's username and password, exchanged for an admin token ({@code POST
 * /V1/integration/admin/token}, fact sheet §2.2) sent as {@code Authorization: Bearer <token>}.
 *
 * <ul>
 *   <li>The token is fetched on first use and kept. Magento does not say when it expires (4 h by
 *       default): a 401 to a request sent with a token older than {@link #MIN_AGE_TO_RENEW} renews
 *       it once, and the request is sent once more (see {@link ReauthenticatingClient}). A 401 with
 *       a brand-new token is an ACL refusal: renewing would not help.
 *   <li>Two-factor auth (Magento_TwoFactorAuth, on by default since 2.4.0) makes Magento refuse
 *       this route with "Please use the 2fa provider-specific endpoints to obtain a token." (401;
 *       400 in older builds): that becomes a non-retryable {@link CommerceFailures#UNAUTHORIZED}
 *       failure whose message says what to configure instead ({@link #TWO_FACTOR_GUIDANCE}).
 *   <li>After a refusal (2FA or wrong credentials) no new exchange is tried for {@link
 *       #REFUSAL_HOLD}: Magento locks an admin account after 6 failed sign-ins for 30 minutes.
 * </ul>
 */
public final class AdminTokenAuth implements MagentoAuth {

  /** Fetches an admin token; throws an {@code ApplicationFailure} as the Magento client does. */
  @FunctionalInterface
  public interface TokenIssuer {
    String adminToken(String username, String password);
  }

  public static final String TWO_FACTOR_GUIDANCE =
      "Magento refuses admin tokens because two-factor auth is on: use an integration (MAGENTO_CONSUMER_KEY, "
          + "MAGENTO_CONSUMER_SECRET, MAGENTO_ACCESS_TOKEN, MAGENTO_ACCESS_TOKEN_SECRET for OAuth 1.0a signing, or "
          + "MAGENTO_ACCESS_TOKEN alone with 'Allow OAuth Access Tokens to be used as standalone Bearer tokens' "
          + "enabled) or disable Magento_TwoFactorAuth";

  /** The {@code details} of the two-factor refusal failure. */
  public static final String TWO_FACTOR_DETAIL = "two-factor-auth";

  static final Duration MIN_AGE_TO_RENEW = Duration.ofSeconds(60);
  static final Duration REFUSAL_HOLD = Duration.ofMinutes(5);

  private final MagentoCredentials.AdminPassword credentials;
  private final TokenIssuer issuer;
  private final Clock clock;

  private String token;
  private Instant obtainedAt;
  private ApplicationFailure refusal;
  private Instant refusedAt;

  public AdminTokenAuth(
      MagentoCredentials.AdminPassword credentials, TokenIssuer issuer, Clock clock) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void apply(RequestTemplate template) {
    template.removeHeader("Authorization");
    template.headerLiteral("Authorization", "Bearer " + token());
  }

  @Override
  public String scheme() {
    return "admin";
  }

  /** The current token, fetched when there is none. */
  public synchronized String token() {
    if (token == null) {
      token = exchange();
      obtainedAt = clock.instant();
    }
    return token;
  }

  @Override
  public synchronized Optional<String> renewAfterUnauthorized(Request rejected) {
    String sent = authorization(rejected);
    if (token != null && !("Bearer " + token).equals(sent)) {
      return Optional.of("Bearer " + token); // another request renewed it meanwhile
    }
    if (token != null
        && obtainedAt != null
        && Duration.between(obtainedAt, clock.instant()).compareTo(MIN_AGE_TO_RENEW) < 0) {
      return Optional.empty(); // a fresh token refused: the admin role lacks the resource
    }
    token = null;
    return Optional.of("Bearer " + token());
  }

  private String exchange() {
    if (refusal != null && clock.instant().isBefore(refusedAt.plus(REFUSAL_HOLD))) {
      throw copy(refusal);
    }
    try {
      String fresh = issuer.adminToken(credentials.username(), credentials.password());
      if (fresh == null || fresh.isBlank()) {
        throw ApplicationFailure.newFailure(
            "Magento answered the admin token request without a token", MagentoErrors.UNAVAILABLE);
      }
      refusal = null;
      return fresh.strip();
    } catch (ApplicationFailure failure) {
      ApplicationFailure translated = translate(failure);
      if (translated.isNonRetryable()) {
        refusal = translated;
        refusedAt = clock.instant();
      }
      throw translated;
    }
  }

  /** Magento's refusals of the token route, in words an operator can act on. */
  static ApplicationFailure translate(ApplicationFailure failure) {
    String message = failure.getOriginalMessage() == null ? "" : failure.getOriginalMessage();
    String lower = message.toLowerCase(Locale.ROOT);
    if (lower.contains("2fa provider-specific endpoints")
        || lower.contains("configure 2fa first")
        || lower.contains("two-factor")
        || lower.contains("2fa")) {
      return ApplicationFailure.newNonRetryableFailureWithCause(
          TWO_FACTOR_GUIDANCE + ". (Magento: " + message + ")",
          CommerceFailures.UNAUTHORIZED,
          failure,
          TWO_FACTOR_DETAIL);
    }
    if (CommerceFailures.UNAUTHORIZED.equals(failure.getType())) {
      return ApplicationFailure.newNonRetryableFailureWithCause(
          "Magento rejected the admin username/password (MAGENTO_ADMIN_USERNAME, MAGENTO_ADMIN_PASSWORD); after 6 "
              + "failures it locks the account for 30 minutes. (Magento: "
              + message
              + ")",
          CommerceFailures.UNAUTHORIZED,
          failure);
    }
    return failure;
  }

  /** True for the failure {@link #translate} makes of a two-factor refusal. */
  public static boolean isTwoFactorRefusal(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ApplicationFailure af
          && af.getOriginalMessage() != null
          && af.getOriginalMessage().startsWith(TWO_FACTOR_GUIDANCE)) {
        return true;
      }
    }
    return false;
  }

  private static ApplicationFailure copy(ApplicationFailure failure) {
    return ApplicationFailure.newNonRetryableFailureWithCause(
        failure.getOriginalMessage(),
        failure.getType(),
        failure.getCause(),
        AdminTokenAuth.isTwoFactorRefusal(failure)
            ? new Object[] {TWO_FACTOR_DETAIL}
            : new Object[0]);
  }

  private static String authorization(Request request) {
    if (request == null) {
      return null;
    }
    for (var e : request.headers().entrySet()) {
      if ("Authorization".equalsIgnoreCase(e.getKey())) {
        Collection<String> values = e.getValue();
        return values == null || values.isEmpty() ? null : values.iterator().next();
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "AdminTokenAuth[" + credentials + "]";
  }
}
