package io.policyflow.activities.magento;

import feign.RequestTemplate;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs every request with OAuth 1.0a (RFC 5849) using HMAC-SHA256, the way Magento integrations
 * authenticate by default since 2.4.4:
 *
 * <pre>
 * Authorization: OAuth oauth_consumer_key="…",oauth_nonce="…",oauth_signature_method="HMAC-SHA256",
 *                oauth_timestamp="…",oauth_token="…",oauth_version="1.0",oauth_signature="…"
 * </pre>
 *
 * <ul>
 *   <li>Base string (§3.4.1): {@code METHOD & enc(scheme://host[:port]/path) & enc(normalized
 *       parameters)}, the scheme and host lower-cased and the default port dropped; the parameters
 *       are the query parameters of the request (decoded, then re-encoded) and the {@code oauth_*}
 *       protocol parameters, sorted by encoded name and then encoded value (byte order). JSON
 *       bodies are not signed (only form bodies would be).
 *   <li>Encoding (§3.6): UTF-8, everything but {@code A-Z a-z 0-9 - . _ ~} as upper-case {@code
 *       %XX}.
 *   <li>Key (§3.4.2): {@code enc(consumer secret) & enc(access token secret)}; signature =
 *       Base64(HMAC-SHA256).
 * </ul>
 *
 * <p>Compatibility with Magento's verifier ({@code Magento\Framework\Oauth\Helper\Request} and the
 * Zend/Laminas signer it calls):
 *
 * <ul>
 *   <li>it reads query parameters only in the {@code name=value} form, so a bare {@code name}
 *       (Feign's rendering of the empty {@code ?searchCriteria}) is not signed here either, where
 *       RFC 5849 would sign {@code name=};
 *   <li>it decodes them with {@code rawurldecode}: a raw {@code +} stays a plus (this client sends
 *       {@code %2B});
 *   <li>it sorts names in PHP's natural order ({@code strnatcmp}), the same as byte order unless
 *       two names differ in digit runs of different lengths (ten or more filter groups or sort
 *       orders), which this client never sends.
 * </ul>
 *
 * <p>No library is used: ScribeJava and Signpost (unmaintained) offer HMAC-SHA1 only, and Google's
 * google-oauth-client, which has an HMAC-SHA256 signer, brings google-http-client and Guava for a
 * hundred lines. The tests check this class against RFC 5849's base-string example, Twitter's
 * documented HMAC-SHA1 example and HMAC-SHA256 vectors computed independently (Python's {@code
 * urllib} + {@code openssl dgst}).
 */
public final class OAuth1Signer implements MagentoAuth {

  public static final String SIGNATURE_METHOD = "HMAC-SHA256";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] NONCE_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

  private final MagentoCredentials.OAuth1 credentials;
  private final Supplier<String> nonces;
  private final Clock clock;

  public OAuth1Signer(MagentoCredentials.OAuth1 credentials, Clock clock) {
    this(credentials, OAuth1Signer::randomNonce, clock);
  }

  /** With a fixed nonce source and clock, for tests. */
  public OAuth1Signer(MagentoCredentials.OAuth1 credentials, Supplier<String> nonces, Clock clock) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.nonces = Objects.requireNonNull(nonces, "nonces");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void apply(RequestTemplate template) {
    String header =
        authorization(
            template.method(),
            absoluteUrl(template),
            nonces.get(),
            clock.instant().getEpochSecond());
    template.removeHeader("Authorization");
    template.headerLiteral("Authorization", header);
  }

  @Override
  public String scheme() {
    return "oauth1";
  }

  /** The {@code Authorization} header for this request (its query parameters are signed). */
  public String authorization(String method, String url, String nonce, long timestampSeconds) {
    Map<String, String> oauth = protocolParameters(nonce, timestampSeconds);
    List<Map.Entry<String, String>> params = new ArrayList<>(oauth.entrySet());
    String signature =
        sign(
            baseString(method, url, params),
            credentials.consumerSecret(),
            credentials.accessTokenSecret());
    StringBuilder header = new StringBuilder("OAuth ");
    oauth.forEach(
        (k, v) ->
            header.append(percentEncode(k)).append("=\"").append(percentEncode(v)).append("\","));
    header.append("oauth_signature=\"").append(percentEncode(signature)).append('"');
    return header.toString();
  }

  /** {@code oauth_*} parameters in the order they are written (signature excluded). */
  Map<String, String> protocolParameters(String nonce, long timestampSeconds) {
    Map<String, String> oauth = new LinkedHashMap<>();
    oauth.put("oauth_consumer_key", credentials.consumerKey());
    oauth.put("oauth_nonce", nonce);
    oauth.put("oauth_signature_method", SIGNATURE_METHOD);
    oauth.put("oauth_timestamp", Long.toString(timestampSeconds));
    oauth.put("oauth_token", credentials.accessToken());
    oauth.put("oauth_version", "1.0");
    return oauth;
  }

  /**
   * The signature base string (RFC 5849 §3.4.1).
   *
   * @param url the request URL; its query parameters are part of the signed parameters
   * @param otherParameters decoded name/value pairs to sign beside the query: the {@code oauth_*}
   *     parameters (without {@code oauth_signature}) and, for form-encoded bodies only, the body
   *     parameters
   */
  public static String baseString(
      String method, String url, List<Map.Entry<String, String>> otherParameters) {
    URI uri = URI.create(url);
    List<String[]> encoded = new ArrayList<>();
    for (Map.Entry<String, String> p : queryParameters(uri.getRawQuery())) {
      encoded.add(new String[] {percentEncode(p.getKey()), percentEncode(p.getValue())});
    }
    for (Map.Entry<String, String> p : otherParameters) {
      encoded.add(
          new String[] {
            percentEncode(p.getKey()), percentEncode(p.getValue() == null ? "" : p.getValue())
          });
    }
    encoded.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
    StringBuilder normalized = new StringBuilder();
    for (String[] p : encoded) {
      if (normalized.length() > 0) {
        normalized.append('&');
      }
      normalized.append(p[0]).append('=').append(p[1]);
    }
    return method.toUpperCase(Locale.ROOT)
        + "&"
        + percentEncode(baseUri(uri))
        + "&"
        + percentEncode(normalized.toString());
  }

  /**
   * {@code scheme://host[:port]/path}: lower-case scheme and host, no default port, no query
   * (§3.4.1.2).
   */
  static String baseUri(URI uri) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort =
        port < 0
            || ("http".equals(scheme) && port == 80)
            || ("https".equals(scheme) && port == 443);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path;
  }

  /**
   * Decoded query parameters, in order. A bare {@code name} (no {@code =}) is left out, as
   * Magento's verifier does (RFC 5849 would sign it as {@code name=}): Feign sends the empty search
   * as {@code ?searchCriteria}.
   */
  static List<Map.Entry<String, String>> queryParameters(String rawQuery) {
    List<Map.Entry<String, String>> params = new ArrayList<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return params;
    }
    for (String part : rawQuery.split("&")) {
      int eq = part.indexOf('=');
      if (eq < 0) {
        continue;
      }
      params.add(
          Map.entry(percentDecode(part.substring(0, eq)), percentDecode(part.substring(eq + 1))));
    }
    return params;
  }

  /** Base64(HMAC-SHA256(key = enc(consumerSecret) & enc(tokenSecret), baseString)). */
  public static String sign(String baseString, String consumerSecret, String tokenSecret) {
    return hmac("HmacSHA256", baseString, consumerSecret, tokenSecret);
  }

  /**
   * The same with HMAC-SHA1 (only to check the base string against published HMAC-SHA1 examples).
   */
  static String signSha1(String baseString, String consumerSecret, String tokenSecret) {
    return hmac("HmacSHA1", baseString, consumerSecret, tokenSecret);
  }

  private static String hmac(
      String algorithm, String baseString, String consumerSecret, String tokenSecret) {
    String key =
        percentEncode(consumerSecret) + "&" + percentEncode(tokenSecret == null ? "" : tokenSecret);
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is not available", e);
    }
  }

  /** RFC 5849 §3.6 percent-encoding (= RFC 3986 unreserved characters kept). */
  public static String percentEncode(String raw) {
    return SearchCriteria.encode(raw);
  }

  /** 32 random letters and digits (Magento stores nonces in a 32-character column). */
  public static String randomNonce() {
    char[] nonce = new char[32];
    for (int i = 0; i < nonce.length; i++) {
      nonce[i] = NONCE_CHARS[RANDOM.nextInt(NONCE_CHARS.length)];
    }
    return new String(nonce);
  }

  /**
   * The URL the request will go to: Feign applies the target (the store's REST root) after the
   * interceptors.
   */
  static String absoluteUrl(RequestTemplate template) {
    String url = template.url();
    if (url.startsWith("http://") || url.startsWith("https://")) {
      return url;
    }
    if (template.feignTarget() == null) {
      throw new IllegalStateException("Cannot sign a request without its target URL: " + url);
    }
    String base = template.feignTarget().url();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return base + (url.startsWith("/") ? url : "/" + url);
  }

  /**
   * Percent-decoding only, like PHP's {@code rawurldecode} in Magento's verifier: a raw {@code +}
   * stays {@code +}.
   */
  private static String percentDecode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "OAuth1Signer[" + credentials + "]";
  }
}
