package io.policyflow.activities.kustomer;

import java.time.Duration;

/**
 * Where Kustomer is and how to talk to it.
 *
 * @param baseUrl the org's API host, e.g. {@code https://acme.api.kustomerapp.com} (or a regional
 *     host); the client appends {@code /v1/...} and {@code /v2.1/...}
 * @param apiKey sent as {@code Authorization: Bearer <key>}
 * @param connectTimeout TCP connect timeout; default 5 s
 * @param readTimeout time allowed for a whole response; default 15 s
 * @param resetFormat how to read {@code x-ratelimit-reset} (Kustomer's format is unconfirmed);
 *     default {@link ResetFormat#AUTO}
 * @param maxRateLimitDelay the longest next-retry delay a 429 may ask for; default 60 s
 */
public record KustomerConfig(
    String baseUrl,
    String apiKey,
    Duration connectTimeout,
    Duration readTimeout,
    ResetFormat resetFormat,
    Duration maxRateLimitDelay) {

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(15);
  public static final Duration DEFAULT_MAX_RATE_LIMIT_DELAY = Duration.ofSeconds(60);

  /** How {@code x-ratelimit-reset} is read. */
  public enum ResetFormat {
    /**
     * Numbers above 10^12 are epoch millis, above 10^9 epoch seconds, else seconds until the reset.
     */
    AUTO,
    SECONDS,
    EPOCH_SECONDS,
    EPOCH_MILLIS
  }

  public KustomerConfig {
    if (baseUrl == null || baseUrl.isBlank()) {
      throw new IllegalArgumentException(
          "Kustomer baseUrl is required (e.g. https://<org>.api.kustomerapp.com; KUSTOMER_BASE_URL)");
    }
    baseUrl = baseUrl.strip();
    if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
      throw new IllegalArgumentException("Kustomer baseUrl must start with http:// or https://");
    }
    while (baseUrl.endsWith("/")) {
      baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
    }
    if (baseUrl.endsWith("/v1")) {
      baseUrl = baseUrl.substring(0, baseUrl.length() - 3);
    }
    if (apiKey == null || apiKey.isBlank()) {
      throw new IllegalArgumentException("Kustomer apiKey is required (KUSTOMER_API_KEY)");
    }
    apiKey = apiKey.strip();
    connectTimeout = positiveOr(connectTimeout, DEFAULT_CONNECT_TIMEOUT);
    readTimeout = positiveOr(readTimeout, DEFAULT_READ_TIMEOUT);
    resetFormat = resetFormat == null ? ResetFormat.AUTO : resetFormat;
    maxRateLimitDelay = positiveOr(maxRateLimitDelay, DEFAULT_MAX_RATE_LIMIT_DELAY);
  }

  public KustomerConfig(String baseUrl, String apiKey) {
    this(baseUrl, apiKey, null, null, null, null);
  }

  /** Never prints the key. */
  @Override
  public String toString() {
    return "KustomerConfig[baseUrl="
        + baseUrl
        + ", apiKey=***, connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + ", resetFormat="
        + resetFormat
        + ", maxRateLimitDelay="
        + maxRateLimitDelay
        + "]";
  }

  private static Duration positiveOr(Duration value, Duration fallback) {
    return value == null || value.isZero() || value.isNegative() ? fallback : value;
  }
}
