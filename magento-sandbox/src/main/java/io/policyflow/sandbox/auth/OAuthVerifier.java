package io.policyflow.sandbox.auth;

import io.policyflow.sandbox.error.ApiException;
import io.policyflow.sandbox.http.ApiRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies OAuth 1.0a-signed requests of the store's one integration, in the order and with the
 * messages of Magento 2.4 ({@code OauthUserContext} → {@code Framework\Oauth\Oauth
 * ::validateAccessTokenRequest}, {@code Integration\Model\Oauth\Token\Provider}, {@code
 * Nonce\Generator}, the Laminas/Zend HMAC signer):
 *
 * <ol>
 *   <li>parameters ({@code Framework\Oauth\Helper\Request}): the {@code oauth_*} names of the
 *       {@code Authorization: OAuth …} header ({@code rawurldecode}d, quotes trimmed), a form
 *       body's parameters when the body is {@code application/x-www-form-urlencoded}, and the
 *       query's {@code name=value} pairs (split on {@code &} and {@code =}: a bare {@code name} or
 *       a value containing {@code =} is not signed; {@code rawurldecode}: a raw {@code +} stays a
 *       plus; a repeated name keeps its last value);
 *   <li>{@code oauth_version}, when sent, must equal {@code 1.0} (PHP's loose {@code !=}: {@code 1}
 *       passes) → 400 {@code The "%1" Oauth version isn't supported.};
 *   <li>required {@code oauth_consumer_key, oauth_signature, oauth_signature_method, oauth_nonce,
 *       oauth_timestamp, oauth_token} → 400 {@code "%fieldName" is required. Enter and try again.}
 *       (aggregated when several are missing);
 *   <li>token length 32 → else 400 {@code The token length is invalid. Check the length and try
 *       again.}; method {@code HMAC-SHA1} or {@code HMAC-SHA256} → else 400 {@code Signature method
 *       %1 is not supported};
 *   <li>consumer key: length 32 → else 401 {@code Consumer key is not the correct length}; known →
 *       else 401 {@code A consumer having the specified key does not exist};
 *   <li>timestamp: {@code (int)} cast, positive and at most 600 s ahead of "now" (past timestamps
 *       are accepted) → else 401 {@code An error occurred validating the nonce} (the
 *       OauthInputException Magento throws there is caught and replaced); nonce new for the
 *       consumer → else 401 {@code The nonce is already being used by the consumer with ID %1}; the
 *       nonce is recorded before the signature is checked, as Magento does;
 *   <li>token known → else 401 {@code Specified token does not exist};
 *   <li>signature: Base64(HMAC) of {@code METHOD&enc(scheme://host[:port]/path)&enc(params)}, names
 *       sorted with PHP's {@code strnatcmp}, key {@code enc(consumer secret)&enc(token secret)},
 *       compared in constant time → else 401 {@code The signature is invalid. Verify and try
 *       again.}
 * </ol>
 *
 * <p>The URL is {@code http://} + the {@code Host} header + the raw path, as Magento's {@code
 * getScheme() . '://' . getHttpHost(false)} (requests without {@code Host}, through {@link
 * io.policyflow.sandbox.MagentoSandbox#handle}, use the sandbox's own address). The sandbox's
 * configured credentials are accepted whatever their length (Magento generates 32 characters; the
 * demo access token {@code sandbox-token} is shorter); other values are judged as Magento judges
 * them. Nonces are remembered for two hours, like Magento's cleanup of old nonces.
 */
public final class OAuthVerifier {

  /** Magento's {@code Helper\Oauth} lengths of keys, tokens and secrets. */
  public static final int CREDENTIAL_LENGTH = 32;

  static final String CONSUMER_ID = "1";
  static final String SIGNATURE_INVALID = "The signature is invalid. Verify and try again.";
  static final String CONSUMER_KEY_LENGTH = "Consumer key is not the correct length";
  static final String CONSUMER_UNKNOWN = "A consumer having the specified key does not exist";
  static final String TOKEN_LENGTH = "The token length is invalid. Check the length and try again.";
  static final String TOKEN_UNKNOWN = "Specified token does not exist";
  static final String NONCE_FAILED = "An error occurred validating the nonce";
  static final String NONCE_USED = "The nonce is already being used by the consumer with ID %1";

  private static final long TIME_DEVIATION_SECONDS = 600;
  private static final Duration NONCE_MEMORY = Duration.ofHours(2);
  private static final Pattern PROTOCOL_PARAMETER = Pattern.compile("oauth_[a-z_-]+");
  private static final Pattern NUMERIC =
      Pattern.compile("\\s*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?\\s*");
  private static final List<String> REQUIRED =
      List.of(
          "oauth_consumer_key",
          "oauth_signature",
          "oauth_signature_method",
          "oauth_nonce",
          "oauth_timestamp",
          "oauth_token");

  private final String consumerKey;
  private final String consumerSecret;
  private final String accessToken;
  private final String accessTokenSecret;
  private final Clock clock;
  private final Supplier<String> ownAuthority;

  /** Nonce → when it was received, oldest first. */
  private final LinkedHashMap<String, Long> nonces = new LinkedHashMap<>();

  /**
   * @param ownAuthority {@code host:port} of the sandbox, for requests without a {@code Host}
   */
  public OAuthVerifier(
      String consumerKey,
      String consumerSecret,
      String accessToken,
      String accessTokenSecret,
      Clock clock,
      Supplier<String> ownAuthority) {
    this.consumerKey = consumerKey;
    this.consumerSecret = consumerSecret;
    this.accessToken = accessToken;
    this.accessTokenSecret = accessTokenSecret;
    this.clock = clock;
    this.ownAuthority = ownAuthority;
  }

  /** Magento treats a request as OAuth when its {@code Authorization} contains {@code oauth }. */
  public static boolean isOAuth(String authorizationHeader) {
    return authorizationHeader != null
        && authorizationHeader.toLowerCase(Locale.ROOT).contains("oauth ");
  }

  /**
   * Checks an OAuth request ({@link #isOAuth} of its header); returns normally when the integration
   * signed it, throws the {@link ApiException} Magento answers with otherwise.
   */
  public void verify(ApiRequest request) {
    Map<String, String> params = parameters(request);
    String version = params.get("oauth_version");
    if (version != null && !phpLooseEquals("1.0", version)) {
      throw new ApiException(
          400, "The \"%1\" Oauth version isn't supported.", ApiException.positional(version));
    }
    List<String> missing = REQUIRED.stream().filter(name -> !params.containsKey(name)).toList();
    if (!missing.isEmpty()) {
      throw ApiException.requiredFields(missing);
    }
    String token = params.get("oauth_token");
    if (!token.equals(accessToken) && token.length() != CREDENTIAL_LENGTH) {
      throw new ApiException(400, TOKEN_LENGTH, null);
    }
    String method = params.get("oauth_signature_method");
    String algorithm = macAlgorithm(method);
    if (algorithm == null) {
      throw new ApiException(
          400, "Signature method %1 is not supported", ApiException.positional(method));
    }
    String key = params.get("oauth_consumer_key");
    if (!key.equals(consumerKey)) {
      throw unauthorized(
          key.length() != CREDENTIAL_LENGTH ? CONSUMER_KEY_LENGTH : CONSUMER_UNKNOWN);
    }
    validateNonce(params.get("oauth_nonce"), params.get("oauth_timestamp"));
    if (!token.equals(accessToken)) {
      throw unauthorized(TOKEN_UNKNOWN);
    }
    Map<String, String> signed = new LinkedHashMap<>(params);
    signed.remove("oauth_signature");
    String expected =
        sign(
            algorithm,
            baseString(request.method(), requestUrl(request), signed),
            consumerSecret,
            accessTokenSecret);
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8),
        params.get("oauth_signature").getBytes(StandardCharsets.UTF_8))) {
      throw unauthorized(SIGNATURE_INVALID);
    }
  }

  private void validateNonce(String nonce, String timestamp) {
    long now = clock.instant().getEpochSecond();
    long seconds = phpIntCast(timestamp);
    if (seconds <= 0 || seconds > now + TIME_DEVIATION_SECONDS) {
      throw unauthorized(NONCE_FAILED);
    }
    synchronized (nonces) {
      Iterator<Map.Entry<String, Long>> oldest = nonces.entrySet().iterator();
      while (oldest.hasNext() && oldest.next().getValue() < now - NONCE_MEMORY.toSeconds()) {
        oldest.remove();
      }
      if (nonces.containsKey(nonce)) {
        throw new ApiException(401, NONCE_USED, ApiException.positional(CONSUMER_ID));
      }
      nonces.put(nonce, now);
    }
  }

  /** The parameters Magento's request helper collects (protocol, form body, query). */
  static Map<String, String> parameters(ApiRequest request) {
    Map<String, String> params = new LinkedHashMap<>();
    String header = request.header("Authorization");
    int at = header.toLowerCase(Locale.ROOT).indexOf("oauth ");
    for (String part : header.substring(at + 6).split(",", -1)) {
      String[] nameAndValue = part.trim().split("=", 2);
      if (nameAndValue.length < 2 || !isProtocolParameter(nameAndValue[0])) {
        continue;
      }
      params.put(rawUrlDecode(nameAndValue[0]), rawUrlDecode(trimQuotes(nameAndValue[1])));
    }
    String contentType = request.header("Content-Type");
    if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
      boolean protocolParamsNotSet = params.isEmpty();
      String form = new String(request.body(), StandardCharsets.UTF_8);
      for (String pair : form.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = urlDecode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : urlDecode(pair.substring(eq + 1));
        if (!isProtocolParameter(name) || protocolParamsNotSet) {
          params.put(name, value);
        }
      }
    }
    String query = request.rawQuery();
    if (query != null && !query.isEmpty()) {
      for (String pair : query.split("&", -1)) {
        String[] data = pair.split("=", -1);
        if (data.length == 2 && !isProtocolParameter(data[0])) {
          params.put(rawUrlDecode(data[0]), rawUrlDecode(data[1]));
        }
      }
    }
    return params;
  }

  /** {@code http://host[:port]/path} as Magento rebuilds it (the query is signed separately). */
  String requestUrl(ApiRequest request) {
    String host = request.header("Host");
    if (host == null || host.isBlank()) {
      host = ownAuthority.get();
    }
    return "http://" + host.trim() + request.rawPath();
  }

  /** Laminas {@code AbstractSignature::getBaseSignatureString}. */
  static String baseString(String method, String url, Map<String, String> params) {
    List<String[]> encoded = new ArrayList<>();
    params.forEach((k, v) -> encoded.add(new String[] {encode(k), encode(v)}));
    encoded.sort((a, b) -> strnatcmp(a[0], b[0]));
    StringBuilder normalized = new StringBuilder();
    for (String[] p : encoded) {
      if (normalized.length() > 0) {
        normalized.append('&');
      }
      normalized.append(p[0]).append('=').append(p[1]);
    }
    return method.toUpperCase(Locale.ROOT)
        + "&"
        + encode(normaliseUrl(url))
        + "&"
        + encode(normalized.toString());
  }

  /** Lower-case host, default port dropped, no query or fragment. */
  static String normaliseUrl(String url) {
    int schemeEnd = url.indexOf("://");
    String scheme = url.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
    String rest = url.substring(schemeEnd + 3);
    int cut = rest.length();
    for (char c : new char[] {'?', '#'}) {
      int i = rest.indexOf(c);
      if (i >= 0 && i < cut) {
        cut = i;
      }
    }
    rest = rest.substring(0, cut);
    int slash = rest.indexOf('/');
    String authority = slash < 0 ? rest : rest.substring(0, slash);
    String path = slash < 0 ? "/" : rest.substring(slash);
    authority = authority.toLowerCase(Locale.ROOT);
    if (("http".equals(scheme) && authority.endsWith(":80"))
        || ("https".equals(scheme) && authority.endsWith(":443"))) {
      authority = authority.substring(0, authority.lastIndexOf(':'));
    }
    return scheme + "://" + authority + path;
  }

  static String sign(String algorithm, String baseString, String consumerSecret, String secret) {
    String key = encode(consumerSecret) + "&" + encode(secret);
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is not available", e);
    }
  }

  /** {@code HMAC-SHA1} → HmacSHA1, {@code HMAC-SHA256} → HmacSHA256, anything else null. */
  static String macAlgorithm(String signatureMethod) {
    return switch (signatureMethod) {
      case "HMAC-SHA1" -> "HmacSHA1";
      case "HMAC-SHA256" -> "HmacSHA256";
      default -> null;
    };
  }

  /** PHP {@code rawurlencode} with {@code ~} kept: RFC 3986 unreserved characters stay. */
  static String encode(String raw) {
    StringBuilder out = new StringBuilder();
    for (byte b : raw.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        out.append(c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)));
        out.append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
    }
    return out.toString();
  }

  /** PHP {@code rawurldecode}: {@code %XX} only, {@code +} stays, malformed escapes kept. */
  static String rawUrlDecode(String s) {
    return percentDecode(s, false);
  }

  /** PHP {@code urldecode} (form bodies): also {@code +} → space. */
  static String urlDecode(String s) {
    return percentDecode(s, true);
  }

  private static String percentDecode(String s, boolean plusIsSpace) {
    byte[] in = s.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[in.length];
    int n = 0;
    for (int i = 0; i < in.length; i++) {
      byte b = in[i];
      if (b == '%' && i + 2 < in.length && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
        out[n++] = (byte) (hex(in[i + 1]) * 16 + hex(in[i + 2]));
        i += 2;
      } else if (b == '+' && plusIsSpace) {
        out[n++] = ' ';
      } else {
        out[n++] = b;
      }
    }
    return new String(out, 0, n, StandardCharsets.UTF_8);
  }

  private static int hex(byte b) {
    return Character.digit((char) b, 16);
  }

  private static boolean isProtocolParameter(String name) {
    return PROTOCOL_PARAMETER.matcher(name).find();
  }

  private static String trimQuotes(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && value.charAt(start) == '"') {
      start++;
    }
    while (end > start && value.charAt(end - 1) == '"') {
      end--;
    }
    return value.substring(start, end);
  }

  /** PHP's {@code (int)} of a string: optional spaces and sign, leading digits, else 0. */
  static long phpIntCast(String value) {
    int i = 0;
    while (i < value.length() && " \t\n\r\u000b\f".indexOf(value.charAt(i)) >= 0) {
      i++;
    }
    int start = i;
    if (i < value.length() && (value.charAt(i) == '+' || value.charAt(i) == '-')) {
      i++;
    }
    int digits = i;
    while (i < value.length() && i - digits < 18 && Character.isDigit(value.charAt(i))) {
      i++;
    }
    if (i == digits) {
      return 0;
    }
    return Long.parseLong(value.substring(start, i));
  }

  /** PHP 8's {@code '1.0' == $value}: numeric strings compare as numbers, others as strings. */
  static boolean phpLooseEquals(String a, String b) {
    if (NUMERIC.matcher(a).matches() && NUMERIC.matcher(b).matches()) {
      return Double.parseDouble(a.trim()) == Double.parseDouble(b.trim());
    }
    return a.equals(b);
  }

  /**
   * PHP's {@code strnatcmp}: runs of digits compare by value (leading zeros make a fractional,
   * digit-by-digit comparison), everything else byte by byte; leading spaces are skipped.
   */
  static int strnatcmp(String a, String b) {
    int ai = 0;
    int bi = 0;
    while (ai < a.length() && Character.isWhitespace(a.charAt(ai))) {
      ai++;
    }
    while (bi < b.length() && Character.isWhitespace(b.charAt(bi))) {
      bi++;
    }
    while (true) {
      if (ai >= a.length() || bi >= b.length()) {
        return ai >= a.length() ? (bi >= b.length() ? 0 : -1) : 1;
      }
      char ca = a.charAt(ai);
      char cb = b.charAt(bi);
      if (isDigit(ca) && isDigit(cb)) {
        boolean fractional = ca == '0' || cb == '0';
        int result;
        if (fractional) {
          result = compareLeft(a, ai, b, bi);
        } else {
          result = compareRight(a, ai, b, bi);
        }
        if (result != 0) {
          return result;
        }
        // equal runs: skip them
        while (ai < a.length() && isDigit(a.charAt(ai))) {
          ai++;
        }
        while (bi < b.length() && isDigit(b.charAt(bi))) {
          bi++;
        }
        continue;
      }
      if (ca != cb) {
        return ca < cb ? -1 : 1;
      }
      ai++;
      bi++;
    }
  }

  /** Integer runs: the longer run is bigger; at equal length the first different digit decides. */
  private static int compareRight(String a, int ai, String b, int bi) {
    int bias = 0;
    while (true) {
      boolean da = ai < a.length() && isDigit(a.charAt(ai));
      boolean db = bi < b.length() && isDigit(b.charAt(bi));
      if (!da && !db) {
        return bias;
      }
      if (!da) {
        return -1;
      }
      if (!db) {
        return 1;
      }
      if (bias == 0 && a.charAt(ai) != b.charAt(bi)) {
        bias = a.charAt(ai) < b.charAt(bi) ? -1 : 1;
      }
      ai++;
      bi++;
    }
  }

  /** Runs with a leading zero: digit by digit, the first difference decides. */
  private static int compareLeft(String a, int ai, String b, int bi) {
    while (true) {
      boolean da = ai < a.length() && isDigit(a.charAt(ai));
      boolean db = bi < b.length() && isDigit(b.charAt(bi));
      if (!da && !db) {
        return 0;
      }
      if (!da) {
        return -1;
      }
      if (!db) {
        return 1;
      }
      if (a.charAt(ai) != b.charAt(bi)) {
        return a.charAt(ai) < b.charAt(bi) ? -1 : 1;
      }
      ai++;
      bi++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static ApiException unauthorized(String message) {
    return new ApiException(401, message, null);
  }
}
