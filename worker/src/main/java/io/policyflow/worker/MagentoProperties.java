package io.policyflow.worker;

import io.policyflow.activities.magento.MagentoConfig;
import io.policyflow.activities.magento.MagentoCredentials;
import io.policyflow.activities.magento.MagentoResilienceConfig;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The store and how to authenticate ({@code policyflow.magento.*}; the environment variables {@code
 * MAGENTO_*} are aliases, see {@code EnvironmentAliases}).
 *
 * <p>Which authentication, with {@code auth=auto} (the default):
 *
 * <ol>
 *   <li>OAuth 1.0a signing when the integration's four values are set (consumer key, consumer
 *       secret, access token, access token secret);
 *   <li>else {@code Authorization: Bearer} with the access token;
 *   <li>else an admin token from the admin username and password.
 * </ol>
 *
 * {@code auth=oauth1|bearer|admin} picks one explicitly (and requires its settings).
 *
 * @param baseUrl The store's REST base (the adapter appends /V1/...), e.g.
 *     https://shop.example.com/rest/default.
 * @param storeCode Store view code appended to the base URL (/rest/STORE) when the base URL has
 *     none.
 * @param auth auto (OAuth 1.0a when the four integration values are set, else bearer, else admin),
 *     oauth1, bearer or admin.
 * @param accessToken The integration's access token; alone, it is sent as a bearer token.
 * @param consumerKey The integration's consumer key (OAuth 1.0a).
 * @param consumerSecret The integration's consumer secret (OAuth 1.0a).
 * @param accessTokenSecret The integration's access token secret (OAuth 1.0a).
 * @param adminUsername Admin login for an admin token (only where Magento_TwoFactorAuth is
 *     disabled).
 * @param adminPassword Admin password for an admin token.
 * @param connectTimeout Connect timeout of every Magento call (connect + read at most 60 s).
 * @param readTimeout Read timeout of every Magento call (connect + read at most 60 s).
 * @param healthCacheTtl How long /actuator/health reuses its answer about Magento.
 * @param resilience The per-host circuit breaker, rate limiter and bulkhead.
 */
@ConfigurationProperties("policyflow.magento")
@Validated
public record MagentoProperties(
    @DefaultValue("http://127.0.0.1:8089/rest/default") @NotBlank String baseUrl,
    String storeCode,
    @DefaultValue("auto") Auth auth,
    String accessToken,
    String consumerKey,
    String consumerSecret,
    String accessTokenSecret,
    String adminUsername,
    String adminPassword,
    @DefaultValue("5s") @DurationMin(nanos = 1) Duration connectTimeout,
    @DefaultValue("30s") @DurationMin(nanos = 1) Duration readTimeout,
    @DefaultValue("30s") Duration healthCacheTtl,
    @DefaultValue @Valid Resilience resilience) {

  /** The authentication choice. */
  public enum Auth {
    AUTO,
    OAUTH1,
    BEARER,
    ADMIN
  }

  /** The credentials the settings call for; explains what is missing otherwise. */
  public MagentoCredentials credentials() {
    boolean anyOAuth = has(consumerKey) || has(consumerSecret) || has(accessTokenSecret);
    boolean fullOAuth =
        has(consumerKey) && has(consumerSecret) && has(accessToken) && has(accessTokenSecret);
    Auth chosen = auth == null ? Auth.AUTO : auth;
    if (chosen == Auth.AUTO) {
      if (anyOAuth && !fullOAuth) {
        throw new IllegalStateException(
            "Magento OAuth settings are incomplete: missing "
                + missingOAuth()
                + ". Set all four of MAGENTO_CONSUMER_KEY, MAGENTO_CONSUMER_SECRET, MAGENTO_ACCESS_TOKEN, "
                + "MAGENTO_ACCESS_TOKEN_SECRET (from the integration's details in the Magento admin).");
      }
      chosen =
          fullOAuth
              ? Auth.OAUTH1
              : has(accessToken)
                  ? Auth.BEARER
                  : has(adminUsername) || has(adminPassword) ? Auth.ADMIN : null;
      if (chosen == null) {
        throw new IllegalStateException(
            "No Magento credentials: set MAGENTO_CONSUMER_KEY, MAGENTO_CONSUMER_SECRET, "
                + "MAGENTO_ACCESS_TOKEN and MAGENTO_ACCESS_TOKEN_SECRET (an integration, OAuth 1.0a), or "
                + "MAGENTO_ACCESS_TOKEN alone (bearer), or MAGENTO_ADMIN_USERNAME and MAGENTO_ADMIN_PASSWORD.");
      }
    }
    return switch (chosen) {
      case OAUTH1 -> {
        if (!fullOAuth) {
          throw new IllegalStateException("MAGENTO_AUTH=oauth1 needs " + missingOAuth());
        }
        yield new MagentoCredentials.OAuth1(
            consumerKey, consumerSecret, accessToken, accessTokenSecret);
      }
      case BEARER -> {
        if (!has(accessToken)) {
          throw new IllegalStateException("MAGENTO_AUTH=bearer needs MAGENTO_ACCESS_TOKEN");
        }
        yield new MagentoCredentials.Bearer(accessToken);
      }
      case ADMIN -> {
        if (!has(adminUsername) || adminPassword == null || adminPassword.isEmpty()) {
          throw new IllegalStateException(
              "Magento admin-token auth needs MAGENTO_ADMIN_USERNAME and "
                  + "MAGENTO_ADMIN_PASSWORD");
        }
        yield new MagentoCredentials.AdminPassword(adminUsername, adminPassword);
      }
      case AUTO -> throw new IllegalStateException("unreachable");
    };
  }

  /**
   * Settings that are set but not used by the chosen authentication (e.g. an admin username beside
   * an access token): worth a warning, since {@code auth=auto} picked something else.
   */
  public List<String> ignoredCredentialSettings(MagentoCredentials chosen) {
    List<String> ignored = new ArrayList<>();
    if (!(chosen instanceof MagentoCredentials.OAuth1)) {
      if (has(consumerKey)) {
        ignored.add("MAGENTO_CONSUMER_KEY");
      }
      if (has(consumerSecret)) {
        ignored.add("MAGENTO_CONSUMER_SECRET");
      }
      if (has(accessTokenSecret)) {
        ignored.add("MAGENTO_ACCESS_TOKEN_SECRET");
      }
    }
    if (chosen instanceof MagentoCredentials.AdminPassword && has(accessToken)) {
      ignored.add("MAGENTO_ACCESS_TOKEN");
    }
    if (!(chosen instanceof MagentoCredentials.AdminPassword)) {
      if (has(adminUsername)) {
        ignored.add("MAGENTO_ADMIN_USERNAME");
      }
      if (adminPassword != null && !adminPassword.isEmpty()) {
        ignored.add("MAGENTO_ADMIN_PASSWORD");
      }
    }
    return ignored;
  }

  /**
   * The longest connect + read timeout allowed: a refund attempt may last 2 minutes (the workflow's
   * start-to-close) and needs room for a few reads before its POST, which must finish inside the
   * attempt.
   */
  static final Duration MAX_REQUEST_TIMEOUT = Duration.ofSeconds(60);

  /** The adapter's configuration. */
  public MagentoConfig toConfig() {
    MagentoConfig config =
        new MagentoConfig(baseUrl, credentials(), connectTimeout, readTimeout, storeCode);
    if (config.connectTimeout().plus(config.readTimeout()).compareTo(MAX_REQUEST_TIMEOUT) > 0) {
      throw new IllegalStateException(
          "MAGENTO_CONNECT_TIMEOUT + MAGENTO_READ_TIMEOUT must be at most "
              + MAX_REQUEST_TIMEOUT.toSeconds()
              + " s: the refund activity allows 2 minutes per attempt and never starts "
              + "a refund that could outlast it");
    }
    return config;
  }

  private String missingOAuth() {
    List<String> missing = new ArrayList<>();
    if (!has(consumerKey)) {
      missing.add("MAGENTO_CONSUMER_KEY");
    }
    if (!has(consumerSecret)) {
      missing.add("MAGENTO_CONSUMER_SECRET");
    }
    if (!has(accessToken)) {
      missing.add("MAGENTO_ACCESS_TOKEN");
    }
    if (!has(accessTokenSecret)) {
      missing.add("MAGENTO_ACCESS_TOKEN_SECRET");
    }
    return String.join(", ", missing);
  }

  private static boolean has(String value) {
    return value != null && !value.isBlank();
  }

  /**
   * The per-host circuit breaker, rate limiter and bulkhead (no retry: Temporal retries). Defaults
   * suit one store and one worker; with N workers the store sees up to N times the rate and
   * concurrency.
   *
   * @param failureRateThreshold Failure rate (percent, over the sliding window) that opens the
   *     circuit breaker.
   * @param slidingWindowSize Calls in the circuit breaker's sliding window.
   * @param minimumNumberOfCalls Calls before the failure rate counts.
   * @param waitInOpenState How long the circuit stays open before trying again.
   * @param permittedCallsInHalfOpenState Trial calls while half open.
   * @param rateLimitPerSecond Calls per second to the store.
   * @param rateLimitWait How long a call waits for the rate limiter before failing (Temporal
   *     retries it).
   * @param maxConcurrentCalls Calls in flight to the store at once.
   * @param bulkheadWait How long a call waits for the bulkhead before failing (Temporal retries
   *     it).
   */
  public record Resilience(
      @DefaultValue("50") @Positive @Max(100) float failureRateThreshold,
      @DefaultValue("20") @Positive int slidingWindowSize,
      @DefaultValue("10") @Positive int minimumNumberOfCalls,
      @DefaultValue("30s") @DurationMin(nanos = 1) Duration waitInOpenState,
      @DefaultValue("3") @Positive int permittedCallsInHalfOpenState,
      @DefaultValue("20") @Positive int rateLimitPerSecond,
      @DefaultValue("500ms") @DurationMin(nanos = 0) Duration rateLimitWait,
      @DefaultValue("10") @Positive int maxConcurrentCalls,
      @DefaultValue("500ms") @DurationMin(nanos = 0) Duration bulkheadWait) {

    public MagentoResilienceConfig toConfig() {
      return MagentoResilienceConfig.builder()
          .failureRateThreshold(failureRateThreshold)
          .slidingWindowSize(slidingWindowSize)
          .minimumNumberOfCalls(minimumNumberOfCalls)
          .waitInOpenState(waitInOpenState)
          .permittedCallsInHalfOpenState(permittedCallsInHalfOpenState)
          .rateLimit(rateLimitPerSecond, Duration.ofSeconds(1))
          .rateLimitWait(rateLimitWait)
          .maxConcurrentCalls(maxConcurrentCalls)
          .bulkheadWait(bulkheadWait)
          .build();
    }
  }

  /** Never shows a token, secret or password. */
  @Override
  public String toString() {
    return "MagentoProperties[baseUrl="
        + baseUrl
        + ", storeCode="
        + storeCode
        + ", auth="
        + auth
        + ", accessToken="
        + shown(accessToken)
        + ", consumerKey="
        + shown(consumerKey)
        + ", consumerSecret="
        + shown(consumerSecret)
        + ", accessTokenSecret="
        + shown(accessTokenSecret)
        + ", adminUsername="
        + adminUsername
        + ", adminPassword="
        + shown(adminPassword)
        + ", connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + ", healthCacheTtl="
        + healthCacheTtl
        + ", resilience="
        + resilience
        + "]";
  }

  private static String shown(String secret) {
    return has(secret) ? "<set>" : "<none>";
  }
}
