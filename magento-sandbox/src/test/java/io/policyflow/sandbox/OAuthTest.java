package io.policyflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyflow.sandbox.http.ApiRequest;
import io.policyflow.sandbox.http.ApiResponse;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * OAuth 1.0a contract: a request signed with the integration's four values gets in; each kind of
 * bad one is refused with the status and body Magento 2.4 answers with.
 */
class OAuthTest extends SandboxTestSupport {

  static final String KEY = SandboxConfig.DEFAULT_CONSUMER_KEY;
  static final String SECRET = SandboxConfig.DEFAULT_CONSUMER_SECRET;
  static final String TOKEN = SandboxConfig.DEFAULT_ACCESS_TOKEN;
  static final String TOKEN_SECRET = SandboxConfig.DEFAULT_ACCESS_TOKEN_SECRET;
  static final String HOST = "127.0.0.1:8089";
  static final String ORDERS_QUERY =
      "searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bfield%5D=customer_email"
          + "&searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bvalue%5D="
          + "jane%2Bx%40example.com&searchCriteria%5BpageSize%5D=10&fields=items%5Bentity_id%5D";
  private static final AtomicInteger NONCES = new AtomicInteger();

  @Override
  SandboxConfig.Builder config() {
    return super.config().integrationBearer(false);
  }

  @Test
  void theDefaultCredentialsHaveMagentosLengths() {
    assertThat(List.of(KEY, SECRET, TOKEN_SECRET)).allSatisfy(v -> assertThat(v).hasSize(32));
  }

  @Test
  void aRequestSignedLikeAnIndependentImplementationIsAccepted() {
    // signature computed with Python's urllib.parse.quote + hmac (HMAC-SHA256), not with this code
    String header =
        "OAuth oauth_consumer_key=\"sandboxconsumerkey00000000000001\","
            + "oauth_nonce=\"kllo9940pd9333jh0000000000000001\","
            + "oauth_signature_method=\"HMAC-SHA256\",oauth_timestamp=\"1749988800\","
            + "oauth_token=\"sandbox-token\",oauth_version=\"1.0\","
            + "oauth_signature=\"3R7oyxgMD9e9FocqIek%2BdhK%2Fuv%2Fz3cmr5R54x6dlhQI%3D\"";
    ApiResponse response = handle("GET", "/rest/default/V1/orders", ORDERS_QUERY, header);

    assertThat(response.status()).isEqualTo(200);
    assertThat(body(response)).startsWith("{\"items\":[");
  }

  @Test
  void signedGetAndRefundPassOverHttp() throws Exception {
    String url = sandbox.baseUrl() + "/V1/orders/11";
    HttpResponse<String> get =
        send(HttpRequest.newBuilder(URI.create(url)).GET(), sign("GET", url, Map.of()));
    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(get.body()).contains("\"increment_id\":\"000000101\"");

    String refund = sandbox.baseUrl() + "/V1/order/11/refund";
    HttpResponse<String> posted =
        send(
            HttpRequest.newBuilder(URI.create(refund))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"items\":[{\"order_item_id\":1101,\"qty\":1}],"
                            + "\"arguments\":{\"shipping_amount\":0}}")),
            sign("POST", refund, Map.of()));
    assertThat(posted.statusCode()).isEqualTo(200);
    assertThat(sandbox.store().creditMemosForOrder("000000101")).hasSize(1);
  }

  @Test
  void theQueryIsSignedSoChangingItBreaksTheSignature() {
    String signed = sign("GET", "http://" + HOST + "/rest/default/V1/orders?" + ORDERS_QUERY, null);
    assertThat(handle("GET", "/rest/default/V1/orders", ORDERS_QUERY, signed).status())
        .isEqualTo(200);

    String tampered =
        sign("GET", "http://" + HOST + "/rest/default/V1/orders?" + ORDERS_QUERY, null);
    ApiResponse response =
        handle(
            "GET",
            "/rest/default/V1/orders",
            ORDERS_QUERY.replace("pageSize%5D=10", "pageSize%5D=11"),
            tampered);
    assertRefused(
        response, 401, "{\"message\":\"The signature is invalid. Verify and try again.\"}");
  }

  @Test
  void aBareQueryNameIsNotSignedAsMagentosHelperSkipsIt() {
    // Feign sends the empty search as ?searchCriteria; Magento signs only name=value pairs
    String header = sign("GET", "http://" + HOST + "/rest/default/V1/orders", null);
    assertThat(handle("GET", "/rest/default/V1/orders", "searchCriteria", header).status())
        .isEqualTo(200);
  }

  @Test
  void aWrongSecretIsAnInvalidSignature() {
    String header =
        sign(
            "GET",
            "http://" + HOST + "/rest/default/V1/orders/11",
            null,
            SECRET,
            "x" + TOKEN_SECRET.substring(1));
    assertRefused(
        handle("GET", "/rest/default/V1/orders/11", null, header),
        401,
        "{\"message\":\"The signature is invalid. Verify and try again.\"}");
  }

  @Test
  void theHostIsPartOfTheSignature() {
    String header = sign("GET", "http://localhost:8089/rest/default/V1/orders/11", null);
    assertRefused(
        handle("GET", "/rest/default/V1/orders/11", null, header),
        401,
        "{\"message\":\"The signature is invalid. Verify and try again.\"}");
  }

  @Test
  void unknownConsumerKeys() {
    assertRefused(
        signedWith(Map.of("oauth_consumer_key", "a".repeat(32))),
        401,
        "{\"message\":\"A consumer having the specified key does not exist\"}");
    assertRefused(
        signedWith(Map.of("oauth_consumer_key", "short")),
        401,
        "{\"message\":\"Consumer key is not the correct length\"}");
  }

  @Test
  void badTokens() {
    assertRefused(
        signedWith(Map.of("oauth_token", "b".repeat(32))),
        401,
        "{\"message\":\"Specified token does not exist\"}");
    assertRefused(
        signedWith(Map.of("oauth_token", "bad-token")),
        400,
        "{\"message\":\"The token length is invalid. Check the length and try again.\"}");
  }

  @Test
  void aRepeatedNonceIsRefused() {
    Map<String, String> fixed = Map.of("oauth_nonce", "repeated-nonce-" + NONCES.get());
    assertThat(signedWith(fixed).status()).isEqualTo(200);
    assertRefused(
        signedWith(fixed),
        401,
        "{\"message\":\"The nonce is already being used by the consumer with ID %1\","
            + "\"parameters\":[\"1\"]}");
  }

  @Test
  void aTimestampMoreThanTenMinutesAheadIsRefusedButAnOldOneIsNot() {
    long now = NOW.getEpochSecond();
    String nonceError = "{\"message\":\"An error occurred validating the nonce\"}";
    assertRefused(signedWith(Map.of("oauth_timestamp", Long.toString(now + 601))), 401, nonceError);
    assertRefused(signedWith(Map.of("oauth_timestamp", "0")), 401, nonceError);
    assertRefused(signedWith(Map.of("oauth_timestamp", "soon")), 401, nonceError);
    assertThat(signedWith(Map.of("oauth_timestamp", Long.toString(now + 600))).status())
        .isEqualTo(200);
    assertThat(signedWith(Map.of("oauth_timestamp", Long.toString(now - 86_400))).status())
        .isEqualTo(200);
  }

  @Test
  void missingProtocolParametersAre400() {
    Map<String, String> noNonce = new LinkedHashMap<>();
    noNonce.put("oauth_nonce", null);
    assertRefused(
        signedWith(noNonce),
        400,
        "{\"message\":\"\\\"%fieldName\\\" is required. Enter and try again.\","
            + "\"parameters\":{\"fieldName\":\"oauth_nonce\"}}");
    Map<String, String> noTokenNoSignature = new LinkedHashMap<>();
    noTokenNoSignature.put("oauth_token", null);
    noTokenNoSignature.put("oauth_signature", null);
    ApiResponse both = signedWith(noTokenNoSignature);
    assertThat(both.status()).isEqualTo(400);
    assertThat(body(both))
        .startsWith("{\"message\":\"One or more input exceptions have occurred.\",\"errors\":[")
        .contains("oauth_signature", "oauth_token");
  }

  @Test
  void unsupportedMethodAndVersionAre400() {
    assertRefused(
        signedWith(Map.of("oauth_signature_method", "PLAINTEXT")),
        400,
        "{\"message\":\"Signature method %1 is not supported\",\"parameters\":[\"PLAINTEXT\"]}");
    assertRefused(
        signedWith(Map.of("oauth_version", "2.0")),
        400,
        "{\"message\":\"The \\\"%1\\\" Oauth version isn't supported.\",\"parameters\":[\"2.0\"]}");
    // PHP compares '1.0' != '1' numerically
    assertThat(signedWith(Map.of("oauth_version", "1")).status()).isEqualTo(200);
  }

  @Test
  void hmacSha1IsAlsoSupported() {
    assertThat(signedWith(Map.of("oauth_signature_method", "HMAC-SHA1")).status()).isEqualTo(200);
  }

  @Test
  void withoutTheBearerOptionTheAccessTokenAloneIsTheAcl401() {
    ApiResponse response = handle("GET", "/rest/default/V1/orders/11", null, "Bearer " + TOKEN);
    assertRefused(
        response,
        401,
        "{\"message\":\"The consumer isn't authorized to access %resources.\","
            + "\"parameters\":{\"resources\":\"Magento_Sales::actions_view\"}}");
  }

  @Test
  void tenFilterGroupsAreSignedInNaturalOrder() {
    // Magento sorts ...[filter_groups][2]... before ...[filter_groups][10]...; a byte-order signer
    // would not match here
    StringBuilder query = new StringBuilder();
    for (int g = 0; g < 11; g++) {
      query
          .append(g == 0 ? "" : "&")
          .append("searchCriteria%5Bfilter_groups%5D%5B")
          .append(g)
          .append("%5D%5Bfilters%5D%5B0%5D%5Bfield%5D=entity_id");
    }
    String url = "http://" + HOST + "/rest/default/V1/orders?" + query;
    String natural = sign("GET", url, null, SECRET, TOKEN_SECRET, true);
    assertThat(handle("GET", "/rest/default/V1/orders", query.toString(), natural).status())
        .isEqualTo(200);
    String byteOrder = sign("GET", url, null, SECRET, TOKEN_SECRET, false);
    assertThat(handle("GET", "/rest/default/V1/orders", query.toString(), byteOrder).status())
        .isEqualTo(401);
  }

  // ---- helpers -----------------------------------------------------------------------------

  private ApiResponse signedWith(Map<String, String> overrides) {
    String header = sign("GET", "http://" + HOST + "/rest/default/V1/orders/11", overrides);
    return handle("GET", "/rest/default/V1/orders/11", null, header);
  }

  private ApiResponse handle(String method, String path, String query, String authorization) {
    return sandbox.handle(
        new ApiRequest(
            method,
            path,
            query,
            Map.of("Host", List.of(HOST), "Authorization", List.of(authorization)),
            null));
  }

  private static void assertRefused(ApiResponse response, int status, String body) {
    assertThat(response.status()).isEqualTo(status);
    assertThat(body(response)).isEqualTo(body);
  }

  private static String body(ApiResponse response) {
    return new String(response.bytes(), StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request, String authorization)
      throws Exception {
    return HttpClient.newHttpClient()
        .send(
            request.header("Authorization", authorization).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  static String sign(String method, String url, Map<String, String> overrides) {
    return sign(method, url, overrides, SECRET, TOKEN_SECRET);
  }

  static String sign(
      String method, String url, Map<String, String> overrides, String secret, String tokenSecret) {
    return sign(method, url, overrides, secret, tokenSecret, false);
  }

  /**
   * A plain RFC 5849 signer ({@code URLEncoder} with RFC 3986 fixes), sorting by byte order or by
   * digit-run value; {@code overrides} replace protocol values (null removes one) and are signed.
   */
  static String sign(
      String method,
      String url,
      Map<String, String> overrides,
      String secret,
      String tokenSecret,
      boolean naturalOrder) {
    Map<String, String> oauth = new LinkedHashMap<>();
    oauth.put("oauth_consumer_key", KEY);
    oauth.put("oauth_nonce", "nonce" + NONCES.incrementAndGet());
    oauth.put("oauth_signature_method", "HMAC-SHA256");
    oauth.put("oauth_timestamp", Long.toString(NOW.getEpochSecond()));
    oauth.put("oauth_token", TOKEN);
    oauth.put("oauth_version", "1.0");
    boolean dropSignature = false;
    if (overrides != null) {
      for (Map.Entry<String, String> e : overrides.entrySet()) {
        if (e.getKey().equals("oauth_signature")) {
          dropSignature = true;
        } else if (e.getValue() == null) {
          oauth.remove(e.getKey());
        } else {
          oauth.put(e.getKey(), e.getValue());
        }
      }
    }
    URI uri = URI.create(url);
    List<String[]> params = new ArrayList<>();
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          params.add(
              new String[] {
                enc(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8)),
                enc(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8))
              });
        }
      }
    }
    oauth.forEach((k, v) -> params.add(new String[] {enc(k), enc(v)}));
    params.sort(
        (a, b) ->
            naturalOrder ? naturalKey(a[0]).compareTo(naturalKey(b[0])) : a[0].compareTo(b[0]));
    StringBuilder normalized = new StringBuilder();
    for (String[] p : params) {
      normalized.append(normalized.length() == 0 ? "" : "&").append(p[0]).append('=').append(p[1]);
    }
    String base =
        method
            + "&"
            + enc(uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath())
            + "&"
            + enc(normalized.toString());
    String signature;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      if ("HMAC-SHA1".equals(oauth.get("oauth_signature_method"))) {
        mac = Mac.getInstance("HmacSHA1");
      }
      mac.init(
          new SecretKeySpec(
              (enc(secret) + "&" + enc(tokenSecret)).getBytes(StandardCharsets.UTF_8),
              mac.getAlgorithm()));
      signature =
          Base64.getEncoder().encodeToString(mac.doFinal(base.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    StringBuilder header = new StringBuilder("OAuth ");
    oauth.forEach((k, v) -> header.append(k).append("=\"").append(enc(v)).append("\","));
    if (!dropSignature) {
      header.append("oauth_signature=\"").append(enc(signature)).append('"');
    }
    return header.toString();
  }

  /** Zero-pads digit runs so that string order is numeric order (enough for these tests). */
  private static String naturalKey(String s) {
    return s.replaceAll("(\\d+)", "0000000000$1").replaceAll("0*(\\d{10})", "$1");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }
}
