package io.policyflow.worker;

import io.policyflow.activities.magento.MagentoConfig;
import io.policyflow.activities.magento.MagentoCredentials;
import io.policyflow.activities.magento.MagentoResilienceConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code policyflow.magento.*}: the store and how to authenticate (environment variables in
 * {@code policyflow-worker.properties}).
 *
 * <p>Which authentication, with {@code auth=auto} (the default):
 *
 * <ol>
 *   <li>OAuth 1.0a signing when the integration's four values are set (consumer key, consumer secret, access token,
 *       access token secret);
 *   <li>else {@code Authorization: Bearer} with the access token;
 *   <li>else an admin token from the admin username and password.
 * </ol>
 *
 * {@code auth=oauth1|bearer|admin} picks one explicitly (and requires its settings).
 */
@ConfigurationProperties("policyflow.magento")
public class MagentoProperties {

  /** The authentication choice. */
  public enum Auth {
    AUTO,
    OAUTH1,
    BEARER,
    ADMIN
  }

  private String baseUrl = "http://127.0.0.1:8089/rest/default";
  private String storeCode;
  private Auth auth = Auth.AUTO;
  private String accessToken;
  private String consumerKey;
  private String consumerSecret;
  private String accessTokenSecret;
  private String adminUsername;
  private String adminPassword;
  private Duration connectTimeout = Duration.ofSeconds(5);
  private Duration readTimeout = Duration.ofSeconds(30);
  /** How long {@code /actuator/health} reuses its answer about Magento. */
  private Duration healthCacheTtl = Duration.ofSeconds(30);
  private final Resilience resilience = new Resilience();

  /** The credentials the settings call for; explains what is missing otherwise. */
  public MagentoCredentials credentials() {
    boolean anyOAuth = has(consumerKey) || has(consumerSecret) || has(accessTokenSecret);
    boolean fullOAuth = has(consumerKey) && has(consumerSecret) && has(accessToken) && has(accessTokenSecret);
    Auth chosen = auth == null ? Auth.AUTO : auth;
    if (chosen == Auth.AUTO) {
      if (anyOAuth && !fullOAuth) {
        throw new IllegalStateException("Magento OAuth settings are incomplete: missing " + missingOAuth()
            + ". Set all four of MAGENTO_CONSUMER_KEY, MAGENTO_CONSUMER_SECRET, MAGENTO_ACCESS_TOKEN, "
            + "MAGENTO_ACCESS_TOKEN_SECRET (from the integration's details in the Magento admin).");
      }
      chosen = fullOAuth ? Auth.OAUTH1 : has(accessToken) ? Auth.BEARER
          : has(adminUsername) || has(adminPassword) ? Auth.ADMIN : null;
      if (chosen == null) {
        throw new IllegalStateException("No Magento credentials: set MAGENTO_CONSUMER_KEY, MAGENTO_CONSUMER_SECRET, "
            + "MAGENTO_ACCESS_TOKEN and MAGENTO_ACCESS_TOKEN_SECRET (an integration, OAuth 1.0a), or "
            + "MAGENTO_ACCESS_TOKEN alone (bearer), or MAGENTO_ADMIN_USERNAME and MAGENTO_ADMIN_PASSWORD.");
      }
    }
    return switch (chosen) {
      case OAUTH1 -> {
        if (!fullOAuth) {
          throw new IllegalStateException("MAGENTO_AUTH=oauth1 needs " + missingOAuth());
        }
        yield new MagentoCredentials.OAuth1(consumerKey, consumerSecret, accessToken, accessTokenSecret);
      }
      case BEARER -> {
        if (!has(accessToken)) {
          throw new IllegalStateException("MAGENTO_AUTH=bearer needs MAGENTO_ACCESS_TOKEN");
        }
        yield new MagentoCredentials.Bearer(accessToken);
      }
      case ADMIN -> {
        if (!has(adminUsername) || adminPassword == null || adminPassword.isEmpty()) {
          throw new IllegalStateException("Magento admin-token auth needs MAGENTO_ADMIN_USERNAME and "
              + "MAGENTO_ADMIN_PASSWORD");
        }
        yield new MagentoCredentials.AdminPassword(adminUsername, adminPassword);
      }
      case AUTO -> throw new IllegalStateException("unreachable");
    };
  }

  /**
   * Settings that are set but not used by the chosen authentication (e.g. an admin username beside an access
   * token): worth a warning, since {@code auth=auto} picked something else.
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
   * The longest connect + read timeout allowed: a refund attempt may last 2 minutes (the workflow's start-to-close)
   * and needs room for a few reads before its POST, which must finish inside the attempt.
   */
  static final Duration MAX_REQUEST_TIMEOUT = Duration.ofSeconds(60);

  /** The adapter's configuration. */
  public MagentoConfig toConfig() {
    MagentoConfig config = new MagentoConfig(baseUrl, credentials(), connectTimeout, readTimeout, storeCode);
    if (config.connectTimeout().plus(config.readTimeout()).compareTo(MAX_REQUEST_TIMEOUT) > 0) {
      throw new IllegalStateException("MAGENTO_CONNECT_TIMEOUT + MAGENTO_READ_TIMEOUT must be at most "
          + MAX_REQUEST_TIMEOUT.toSeconds() + " s: the refund activity allows 2 minutes per attempt and never starts "
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

  public String getBaseUrl() {
    return baseUrl;
  }

  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public String getStoreCode() {
    return storeCode;
  }

  public void setStoreCode(String storeCode) {
    this.storeCode = storeCode;
  }

  public Auth getAuth() {
    return auth;
  }

  public void setAuth(Auth auth) {
    this.auth = auth;
  }

  public String getAccessToken() {
    return accessToken;
  }

  public void setAccessToken(String accessToken) {
    this.accessToken = accessToken;
  }

  public String getConsumerKey() {
    return consumerKey;
  }

  public void setConsumerKey(String consumerKey) {
    this.consumerKey = consumerKey;
  }

  public String getConsumerSecret() {
    return consumerSecret;
  }

  public void setConsumerSecret(String consumerSecret) {
    this.consumerSecret = consumerSecret;
  }

  public String getAccessTokenSecret() {
    return accessTokenSecret;
  }

  public void setAccessTokenSecret(String accessTokenSecret) {
    this.accessTokenSecret = accessTokenSecret;
  }

  public String getAdminUsername() {
    return adminUsername;
  }

  public void setAdminUsername(String adminUsername) {
    this.adminUsername = adminUsername;
  }

  public String getAdminPassword() {
    return adminPassword;
  }

  public void setAdminPassword(String adminPassword) {
    this.adminPassword = adminPassword;
  }

  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  public Duration getReadTimeout() {
    return readTimeout;
  }

  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  public Duration getHealthCacheTtl() {
    return healthCacheTtl;
  }

  public void setHealthCacheTtl(Duration healthCacheTtl) {
    this.healthCacheTtl = healthCacheTtl;
  }

  public Resilience getResilience() {
    return resilience;
  }

  /**
   * {@code policyflow.magento.resilience.*}: the per-host circuit breaker, rate limiter and bulkhead (no retry:
   * Temporal retries). Defaults suit one store and one worker; with N workers the store sees up to N times the rate
   * and concurrency.
   */
  public static class Resilience {
    private float failureRateThreshold = 50;
    private int slidingWindowSize = 20;
    private int minimumNumberOfCalls = 10;
    private Duration waitInOpenState = Duration.ofSeconds(30);
    private int permittedCallsInHalfOpenState = 3;
    private int rateLimitPerSecond = 20;
    private Duration rateLimitWait = Duration.ofMillis(500);
    private int maxConcurrentCalls = 10;
    private Duration bulkheadWait = Duration.ofMillis(500);

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

    public float getFailureRateThreshold() {
      return failureRateThreshold;
    }

    public void setFailureRateThreshold(float failureRateThreshold) {
      this.failureRateThreshold = failureRateThreshold;
    }

    public int getSlidingWindowSize() {
      return slidingWindowSize;
    }

    public void setSlidingWindowSize(int slidingWindowSize) {
      this.slidingWindowSize = slidingWindowSize;
    }

    public int getMinimumNumberOfCalls() {
      return minimumNumberOfCalls;
    }

    public void setMinimumNumberOfCalls(int minimumNumberOfCalls) {
      this.minimumNumberOfCalls = minimumNumberOfCalls;
    }

    public Duration getWaitInOpenState() {
      return waitInOpenState;
    }

    public void setWaitInOpenState(Duration waitInOpenState) {
      this.waitInOpenState = waitInOpenState;
    }

    public int getPermittedCallsInHalfOpenState() {
      return permittedCallsInHalfOpenState;
    }

    public void setPermittedCallsInHalfOpenState(int permittedCallsInHalfOpenState) {
      this.permittedCallsInHalfOpenState = permittedCallsInHalfOpenState;
    }

    public int getRateLimitPerSecond() {
      return rateLimitPerSecond;
    }

    public void setRateLimitPerSecond(int rateLimitPerSecond) {
      this.rateLimitPerSecond = rateLimitPerSecond;
    }

    public Duration getRateLimitWait() {
      return rateLimitWait;
    }

    public void setRateLimitWait(Duration rateLimitWait) {
      this.rateLimitWait = rateLimitWait;
    }

    public int getMaxConcurrentCalls() {
      return maxConcurrentCalls;
    }

    public void setMaxConcurrentCalls(int maxConcurrentCalls) {
      this.maxConcurrentCalls = maxConcurrentCalls;
    }

    public Duration getBulkheadWait() {
      return bulkheadWait;
    }

    public void setBulkheadWait(Duration bulkheadWait) {
      this.bulkheadWait = bulkheadWait;
    }
  }
}
