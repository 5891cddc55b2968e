package io.policyflow.sandbox;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * How a {@link MagentoSandbox} runs. Build with {@link #builder()}; every field has a default.
 *
 * @param port TCP port, {@code 0} for a random free one (default 0)
 * @param bindAddress address to bind (default {@code 127.0.0.1}; {@code 0.0.0.0} in containers)
 * @param accessToken the integration access token accepted as {@code Authorization: Bearer ...} and
 *     as {@code oauth_token} of OAuth 1.0a-signed requests (default {@code sandbox-token})
 * @param consumerKey the integration's consumer key, for OAuth 1.0a (default {@value
 *     #DEFAULT_CONSUMER_KEY})
 * @param consumerSecret the integration's consumer secret (default {@value
 *     #DEFAULT_CONSUMER_SECRET})
 * @param accessTokenSecret the integration's access token secret (default {@value
 *     #DEFAULT_ACCESS_TOKEN_SECRET})
 * @param integrationBearer the access token alone works as a bearer token, as with Magento's "Allow
 *     OAuth Access Tokens to be used as standalone Bearer tokens" = Yes (default {@code true});
 *     {@code false} is a stock 2.4.4+ store, where only signed requests get in
 * @param fixture a JSON data file in Magento response shape, or {@code null} for the demo data
 * @param clock "now" for created/updated dates and for the demo data's relative dates (default
 *     system UTC)
 * @param adminUsername admin user for {@code POST /V1/integration/admin/token} (default {@code
 *     admin})
 * @param adminPassword its password (default {@code admin123})
 * @param twoFactorAuth Magento_TwoFactorAuth enabled (default {@code true}): the admin token route
 *     then refuses with the 2FA message, as a stock 2.4 store does
 * @param commentWithoutStatusBug reproduce magento/magento2#34180: an order comment posted without
 *     {@code status} nulls the order's status (default {@code false})
 * @param inputLimitEnabled "Web API input limits" on: default page size when absent, and 400 above
 *     the maximum page size (default {@code false}, as in Magento)
 * @param maxPageSize maximum {@code searchCriteria[pageSize]} in input-limit mode (default 300)
 * @param defaultPageSize page size used in input-limit mode when none is sent (default 20)
 * @param strictInvoiceRefundCheck invoice refunds need a refund-capable (online) payment method
 *     even when {@code isOnline=false}, as Magento's invoice validator does for e.g. checkmo
 *     (default {@code true}; {@code false}: only {@code isOnline=true} needs an online method)
 * @param faultControl serve the unauthenticated fault-injection endpoint {@code /__sandbox/faults}
 *     (default {@code true}; the Java API {@code MagentoSandbox#faults()} works either way)
 */
public record SandboxConfig(
    int port,
    String bindAddress,
    String accessToken,
    String consumerKey,
    String consumerSecret,
    String accessTokenSecret,
    boolean integrationBearer,
    Path fixture,
    Clock clock,
    String adminUsername,
    String adminPassword,
    boolean twoFactorAuth,
    boolean commentWithoutStatusBug,
    boolean inputLimitEnabled,
    int maxPageSize,
    int defaultPageSize,
    boolean strictInvoiceRefundCheck,
    boolean faultControl) {

  public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
  public static final String DEFAULT_ACCESS_TOKEN = "sandbox-token";
  // 32 characters, as Magento generates them
  public static final String DEFAULT_CONSUMER_KEY = "sandboxconsumerkey00000000000001";
  public static final String DEFAULT_CONSUMER_SECRET = "sandboxconsumersecret00000000001";
  public static final String DEFAULT_ACCESS_TOKEN_SECRET = "sandboxtokensecret00000000000001";
  public static final String DEFAULT_ADMIN_USERNAME = "admin";
  public static final String DEFAULT_ADMIN_PASSWORD = "admin123";

  public SandboxConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    bindAddress = blankToDefault(bindAddress, DEFAULT_BIND_ADDRESS);
    accessToken = blankToDefault(accessToken, DEFAULT_ACCESS_TOKEN);
    consumerKey = blankToDefault(consumerKey, DEFAULT_CONSUMER_KEY);
    consumerSecret = blankToDefault(consumerSecret, DEFAULT_CONSUMER_SECRET);
    accessTokenSecret = blankToDefault(accessTokenSecret, DEFAULT_ACCESS_TOKEN_SECRET);
    clock = clock == null ? Clock.systemUTC() : clock;
    adminUsername = blankToDefault(adminUsername, DEFAULT_ADMIN_USERNAME);
    adminPassword = adminPassword == null ? DEFAULT_ADMIN_PASSWORD : adminPassword;
    if (maxPageSize <= 0) {
      throw new IllegalArgumentException("maxPageSize must be positive");
    }
    if (defaultPageSize <= 0) {
      throw new IllegalArgumentException("defaultPageSize must be positive");
    }
  }

  /** All defaults: random port, loopback, demo data, token {@code sandbox-token}, 2FA on. */
  public static SandboxConfig defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder pre-filled with this configuration. */
  public Builder toBuilder() {
    return new Builder()
        .port(port)
        .bindAddress(bindAddress)
        .accessToken(accessToken)
        .consumerKey(consumerKey)
        .consumerSecret(consumerSecret)
        .accessTokenSecret(accessTokenSecret)
        .integrationBearer(integrationBearer)
        .fixture(fixture)
        .clock(clock)
        .adminUsername(adminUsername)
        .adminPassword(adminPassword)
        .twoFactorAuth(twoFactorAuth)
        .commentWithoutStatusBug(commentWithoutStatusBug)
        .inputLimitEnabled(inputLimitEnabled)
        .maxPageSize(maxPageSize)
        .defaultPageSize(defaultPageSize)
        .strictInvoiceRefundCheck(strictInvoiceRefundCheck)
        .faultControl(faultControl);
  }

  private static String blankToDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }

  /** Fluent builder for {@link SandboxConfig}. */
  public static final class Builder {
    private int port;
    private String bindAddress = DEFAULT_BIND_ADDRESS;
    private String accessToken = DEFAULT_ACCESS_TOKEN;
    private String consumerKey = DEFAULT_CONSUMER_KEY;
    private String consumerSecret = DEFAULT_CONSUMER_SECRET;
    private String accessTokenSecret = DEFAULT_ACCESS_TOKEN_SECRET;
    private boolean integrationBearer = true;
    private Path fixture;
    private Clock clock = Clock.systemUTC();
    private String adminUsername = DEFAULT_ADMIN_USERNAME;
    private String adminPassword = DEFAULT_ADMIN_PASSWORD;
    private boolean twoFactorAuth = true;
    private boolean commentWithoutStatusBug;
    private boolean inputLimitEnabled;
    private int maxPageSize = 300;
    private int defaultPageSize = 20;
    private boolean strictInvoiceRefundCheck = true;
    private boolean faultControl = true;

    private Builder() {}

    public Builder port(int port) {
      this.port = port;
      return this;
    }

    public Builder bindAddress(String bindAddress) {
      this.bindAddress = bindAddress;
      return this;
    }

    public Builder accessToken(String accessToken) {
      this.accessToken = accessToken;
      return this;
    }

    public Builder consumerKey(String consumerKey) {
      this.consumerKey = consumerKey;
      return this;
    }

    public Builder consumerSecret(String consumerSecret) {
      this.consumerSecret = consumerSecret;
      return this;
    }

    public Builder accessTokenSecret(String accessTokenSecret) {
      this.accessTokenSecret = accessTokenSecret;
      return this;
    }

    public Builder integrationBearer(boolean integrationBearer) {
      this.integrationBearer = integrationBearer;
      return this;
    }

    public Builder fixture(Path fixture) {
      this.fixture = fixture;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public Builder adminUsername(String adminUsername) {
      this.adminUsername = adminUsername;
      return this;
    }

    public Builder adminPassword(String adminPassword) {
      this.adminPassword = adminPassword;
      return this;
    }

    public Builder twoFactorAuth(boolean twoFactorAuth) {
      this.twoFactorAuth = twoFactorAuth;
      return this;
    }

    public Builder commentWithoutStatusBug(boolean commentWithoutStatusBug) {
      this.commentWithoutStatusBug = commentWithoutStatusBug;
      return this;
    }

    public Builder inputLimitEnabled(boolean inputLimitEnabled) {
      this.inputLimitEnabled = inputLimitEnabled;
      return this;
    }

    public Builder maxPageSize(int maxPageSize) {
      this.maxPageSize = maxPageSize;
      return this;
    }

    public Builder defaultPageSize(int defaultPageSize) {
      this.defaultPageSize = defaultPageSize;
      return this;
    }

    public Builder strictInvoiceRefundCheck(boolean strictInvoiceRefundCheck) {
      this.strictInvoiceRefundCheck = strictInvoiceRefundCheck;
      return this;
    }

    public Builder faultControl(boolean faultControl) {
      this.faultControl = faultControl;
      return this;
    }

    public SandboxConfig build() {
      return new SandboxConfig(
          port,
          bindAddress,
          accessToken,
          consumerKey,
          consumerSecret,
          accessTokenSecret,
          integrationBearer,
          fixture,
          clock,
          adminUsername,
          adminPassword,
          twoFactorAuth,
          commentWithoutStatusBug,
          inputLimitEnabled,
          maxPageSize,
          defaultPageSize,
          strictInvoiceRefundCheck,
          faultControl);
    }
  }
}
