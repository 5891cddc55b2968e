package io.policyflow.activities.magento;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where Magento is and how to talk to it.
 *
 * @param baseUrl the REST root without {@code /V1}, e.g. {@code http://127.0.0.1:8089/rest/default}
 *     (with the store code) or {@code https://shop.example.com/rest} together with {@code
 *     storeCode}
 * @param credentials OAuth 1.0a integration, bearer token or admin username/password (see {@link
 *     MagentoCredentials})
 * @param connectTimeout TCP connect timeout; default 5 s
 * @param readTimeout time allowed for a whole response; default 30 s. Keep it well below the refund
 *     activity's start-to-close timeout (2 min) so that two attempts never overlap.
 * @param storeCode optional store view code appended to {@code baseUrl} ({@code default}, {@code
 *     all}, ...): {@code /rest/<store>/V1/...}
 */
public record MagentoConfig(
    String baseUrl,
    MagentoCredentials credentials,
    Duration connectTimeout,
    Duration readTimeout,
    String storeCode) {

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

  public MagentoConfig {
    if (baseUrl == null || baseUrl.isBlank()) {
      throw new IllegalArgumentException(
          "Magento baseUrl is required (e.g. https://shop.example.com/rest/default)");
    }
    if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
      throw new IllegalArgumentException("Magento baseUrl must start with http:// or https://");
    }
    Objects.requireNonNull(credentials, "Magento credentials are required");
    connectTimeout = positiveOr(connectTimeout, DEFAULT_CONNECT_TIMEOUT);
    readTimeout = positiveOr(readTimeout, DEFAULT_READ_TIMEOUT);
    storeCode = storeCode == null || storeCode.isBlank() ? null : storeCode.strip();
  }

  /**
   * Bearer-token configuration (the sandbox, or a store that accepts integration tokens as bearer
   * tokens).
   */
  public MagentoConfig(
      String baseUrl,
      String accessToken,
      Duration connectTimeout,
      Duration readTimeout,
      String storeCode) {
    this(
        baseUrl,
        new MagentoCredentials.Bearer(accessToken),
        connectTimeout,
        readTimeout,
        storeCode);
  }

  public MagentoConfig(String baseUrl, String accessToken) {
    this(baseUrl, accessToken, null, null, null);
  }

  /**
   * The URL the client appends {@code /V1/...} to: {@code baseUrl} plus {@code /storeCode} when
   * set.
   */
  public String apiUrl() {
    String root = baseUrl.strip();
    while (root.endsWith("/")) {
      root = root.substring(0, root.length() - 1);
    }
    return storeCode == null ? root : root + "/" + storeCode;
  }

  /**
   * {@code host} or {@code host:port} of the store: the name of its circuit breaker, rate limiter
   * and bulkhead.
   */
  public String host() {
    return hostOf(apiUrl());
  }

  static String hostOf(String url) {
    URI uri = URI.create(url);
    String host =
        uri.getHost() == null ? "unknown" : uri.getHost().toLowerCase(java.util.Locale.ROOT);
    return uri.getPort() < 0 ? host : host + ":" + uri.getPort();
  }

  /** Never prints a secret. */
  @Override
  public String toString() {
    return "MagentoConfig[baseUrl="
        + baseUrl
        + ", credentials="
        + credentials
        + ", connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + ", storeCode="
        + storeCode
        + "]";
  }

  private static Duration positiveOr(Duration value, Duration fallback) {
    return value == null || value.isZero() || value.isNegative() ? fallback : value;
  }
}
