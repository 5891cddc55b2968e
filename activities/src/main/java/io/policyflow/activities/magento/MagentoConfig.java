package io.policyflow.activities.magento;

import java.time.Duration;

/**
 * Where Magento is and how to talk to it.
 *
 * @param baseUrl the REST root without {@code /V1}, e.g. {@code http://127.0.0.1:8089/rest/default} (with the
 *     store code) or {@code https://shop.example.com/rest} together with {@code storeCode}
 * @param accessToken sent as {@code Authorization: Bearer <token>} (an integration token with "standalone
 *     bearer" enabled, or an admin token)
 * @param connectTimeout TCP connect timeout; default 5 s
 * @param readTimeout time allowed for a whole response; default 30 s
 * @param storeCode optional store view code appended to {@code baseUrl} ({@code default}, {@code all}, ...)
 */
public record MagentoConfig(
    String baseUrl, String accessToken, Duration connectTimeout, Duration readTimeout, String storeCode) {

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

  public MagentoConfig {
    if (baseUrl == null || baseUrl.isBlank()) {
      throw new IllegalArgumentException("Magento baseUrl is required (e.g. https://shop.example.com/rest/default)");
    }
    if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
      throw new IllegalArgumentException("Magento baseUrl must start with http:// or https://");
    }
    if (accessToken == null || accessToken.isBlank()) {
      throw new IllegalArgumentException("Magento accessToken is required");
    }
    connectTimeout = positiveOr(connectTimeout, DEFAULT_CONNECT_TIMEOUT);
    readTimeout = positiveOr(readTimeout, DEFAULT_READ_TIMEOUT);
    storeCode = storeCode == null || storeCode.isBlank() ? null : storeCode.strip();
  }

  public MagentoConfig(String baseUrl, String accessToken) {
    this(baseUrl, accessToken, null, null, null);
  }

  /** The URL the client appends {@code /V1/...} to: {@code baseUrl} plus {@code /storeCode} when set. */
  public String apiUrl() {
    String root = baseUrl.strip();
    while (root.endsWith("/")) {
      root = root.substring(0, root.length() - 1);
    }
    return storeCode == null ? root : root + "/" + storeCode;
  }

  /** Never prints the token. */
  @Override
  public String toString() {
    return "MagentoConfig[baseUrl=" + baseUrl + ", accessToken=***, connectTimeout=" + connectTimeout
        + ", readTimeout=" + readTimeout + ", storeCode=" + storeCode + "]";
  }

  private static Duration positiveOr(Duration value, Duration fallback) {
    return value == null || value.isZero() || value.isNegative() ? fallback : value;
  }
}
