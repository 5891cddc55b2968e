package io.policyflow.api.codec;

import static io.policyflow.api.codec.CodecTesting.API_TOKEN;
import static io.policyflow.api.codec.CodecTesting.BINARY_ENCRYPTED_B64;
import static io.policyflow.api.codec.CodecTesting.EMAIL;
import static io.policyflow.api.codec.CodecTesting.EMAIL_JSON;
import static io.policyflow.api.codec.CodecTesting.JSON;
import static io.policyflow.api.codec.CodecTesting.PLAIN_PAYLOADS;
import static io.policyflow.api.codec.CodecTesting.TOKEN;
import static io.policyflow.api.codec.CodecTesting.UI_ORIGIN;
import static io.policyflow.api.codec.CodecTesting.b64;
import static io.policyflow.api.codec.CodecTesting.basic;
import static io.policyflow.api.codec.CodecTesting.unb64;
import static org.assertj.core.api.Assertions.assertThat;

import io.policyflow.api.Response;
import io.policyflow.api.codec.CodecTesting.Http;
import io.policyflow.codec.CodecAuth;
import io.policyflow.codec.RemoteCodecHandler;
import io.temporal.client.WorkflowClient;
import io.temporal.common.converter.DataConverter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.convention.TestBean;
import tools.jackson.databind.JsonNode;

/**
 * The codec server over real HTTP (the standalone API app, the "test" profile with the in-process
 * Temporal test server), configured with the key ring {@code k1}, the codec token and the default
 * CORS origin.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CodecServerTest {

  static final String BEARER = "Bearer " + TOKEN;
  static final String PROBLEM_JSON = "application/problem+json";

  @TestBean(name = "policyflowCodecSettings", methodName = "ringK1")
  CodecSettings settings;

  static CodecSettings ringK1() {
    return CodecTesting.settings(CodecTesting.K1, null, TOKEN);
  }

  @Value("${local.server.port}")
  int port;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  static void assertProblem(Response response, int status) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.header("Content-Type")).as(response.toString()).startsWith(PROBLEM_JSON);
    JsonNode problem = response.json();
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("type").asString()).isNotBlank();
    assertThat(problem.get("title").asString()).isNotBlank();
    assertThat(problem.get("detail").asString()).isNotBlank();
    assertThat(problem.get("instance").asString()).startsWith("/codec");
  }

  static void assertUnauthorized(Response response) {
    assertProblem(response, 401);
    assertThat(response.header("WWW-Authenticate")).isEqualTo(CodecAuth.WWW_AUTHENTICATE);
  }

  // --- encode / decode

  @Test
  void encodeThenDecodeRoundTripsARealTemporalPayloadWithoutLeakingThePlaintext() {
    Response encoded = http.post("/codec/encode", PLAIN_PAYLOADS, BEARER);

    assertThat(encoded.status()).as(encoded.toString()).isEqualTo(200);
    assertThat(encoded.header("Content-Type")).startsWith("application/json");
    assertThat(encoded.header("Cache-Control")).isEqualTo("no-store");
    JsonNode payload = encoded.json().get("payloads").get(0);
    assertThat(encoded.json().get("payloads")).hasSize(1);
    assertThat(payload.get("metadata").get("encoding").asString()).isEqualTo(BINARY_ENCRYPTED_B64);
    assertThat(unb64(payload.get("metadata").get("encryption-key-id").asString())).isEqualTo("k1");
    assertThat(encoded.body())
        .doesNotContain(EMAIL)
        .doesNotContain("jane.doe")
        .doesNotContain(b64(EMAIL_JSON))
        .doesNotContain(b64(EMAIL).replace("=", ""))
        .doesNotContain(CodecTesting.JSON_PLAIN_B64.replace("=", ""));
    assertThat(unb64(payload.get("data").asString())).doesNotContain(EMAIL);

    Response decoded = http.post("/codec/decode", encoded.body(), BEARER);

    assertThat(decoded.status()).as(decoded.toString()).isEqualTo(200);
    assertThat(decoded.header("Content-Type")).startsWith("application/json");
    assertThat(decoded.header("Cache-Control")).isEqualTo("no-store");
    assertThat(decoded.json()).isEqualTo(JSON.readTree(PLAIN_PAYLOADS));
    assertThat(unb64(decoded.json().get("payloads").get(0).get("data").asString()))
        .isEqualTo(EMAIL_JSON);
  }

  @Test
  void encodingTwiceGivesDifferentCiphertexts() {
    String first = http.post("/codec/encode", PLAIN_PAYLOADS, BEARER).body();
    String second = http.post("/codec/encode", PLAIN_PAYLOADS, BEARER).body();
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void decodePassesPayloadsThatAreNotEncryptedThrough() {
    Response decoded = http.post("/codec/decode", PLAIN_PAYLOADS, BEARER);
    assertThat(decoded.status()).as(decoded.toString()).isEqualTo(200);
    assertThat(decoded.json()).isEqualTo(JSON.readTree(PLAIN_PAYLOADS));
  }

  @Test
  void anEmptyPayloadListIsFine() {
    Response decoded = http.post("/codec/decode", "{\"payloads\":[]}", BEARER);
    assertThat(decoded.status()).as(decoded.toString()).isEqualTo(200);
    assertThat(decoded.json().path("payloads").size()).isZero();
  }

  // --- auth

  @Test
  void withoutCredentialsEveryCodecCallIs401WithTheBasicChallenge() {
    assertUnauthorized(http.post("/codec/encode", PLAIN_PAYLOADS, null));
    assertUnauthorized(http.post("/codec/decode", PLAIN_PAYLOADS, null));
    assertUnauthorized(http.get("/codec", null));
    assertUnauthorized(http.get("/codec/unknown", null));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Bearer wrong-codec-token-0123456789abcdef",
        "Bearer " + API_TOKEN,
        "Bearer",
        "Token " + TOKEN,
        TOKEN,
        "Basic bm90LWJhc2U2NA%%"
      })
  void aWrongTokenIs401AndNeverEchoesThePayload(String authorization) {
    Response response = http.post("/codec/encode", PLAIN_PAYLOADS, authorization);
    assertUnauthorized(response);
    assertThat(response.body()).doesNotContain(b64(EMAIL_JSON)).doesNotContain(TOKEN);
  }

  @Test
  void basicAuthWithTheTokenAsPasswordWorksAndAWrongPasswordDoesNot() {
    Response signedIn = http.get("/codec", basic("anyone", TOKEN));
    assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
    assertThat(signedIn.header("Content-Type")).startsWith("application/json");
    assertThat(signedIn.json()).isEqualTo(JSON.readTree("{\"status\":\"ok\"}"));

    Response encoded = http.post("/codec/encode", PLAIN_PAYLOADS, basic("", TOKEN));
    assertThat(encoded.status()).as(encoded.toString()).isEqualTo(200);
    Response decoded = http.post("/codec/decode", encoded.body(), basic("ui-user", TOKEN));
    assertThat(decoded.status()).as(decoded.toString()).isEqualTo(200);
    assertThat(decoded.json()).isEqualTo(JSON.readTree(PLAIN_PAYLOADS));

    assertUnauthorized(http.get("/codec", basic("anyone", "not-the-token-0123456789abcdef012345")));
    assertUnauthorized(http.get("/codec", basic(TOKEN, "")));
  }

  @Test
  void theBearerTokenOpensTheStatusPage() {
    Response status = http.get("/codec", BEARER);
    assertThat(status.status()).as(status.toString()).isEqualTo(200);
    assertThat(status.json().get("status").asString()).isEqualTo("ok");
  }

  @Test
  void theCodecTokenDoesNotOpenTheApiAndTheApiTokenIsNotNeededForTheCodec() {
    HttpRequest.Builder api = http.request("/v1/refunds/c-1").header("Authorization", BEARER).GET();
    Response refused = http.send(api);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
    assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer");

    assertThat(http.post("/codec/encode", PLAIN_PAYLOADS, BEARER).status()).isEqualTo(200);
  }

  // --- bad requests

  @ParameterizedTest
  @ValueSource(
      strings = {
        "this is not json",
        "[1, 2]",
        "{}",
        "{\"payloads\": \"jane.doe@example.com\"}",
        "{\"payloads\": [{\"data\": \"jane.doe@example.com!!\"}]}",
        "{\"payloads\": [{\"metadata\": {\"encoding\": 42}, \"data\": []}]}",
        "{\"payloads\": [",
        ""
      })
  void aGarbageBodyIs400ProblemThatDoesNotEchoTheBody(String body) {
    for (String path : List.of("/codec/encode", "/codec/decode")) {
      Response response = http.post(path, body, BEARER);
      assertProblem(response, 400);
      assertThat(response.json().get("type").asString())
          .isEqualTo(CodecController.MALFORMED_CODEC_REQUEST.toString());
      assertThat(response.body()).doesNotContain("jane.doe");
    }
  }

  @Test
  void tamperedCiphertextIs400UndecodableWithoutPayloadData() {
    JsonNode encoded = http.post("/codec/encode", PLAIN_PAYLOADS, BEARER).json();
    String data = encoded.get("payloads").get(0).get("data").asString();
    byte[] bytes = Base64.getDecoder().decode(data);
    bytes[bytes.length - 1] ^= 1;
    String tampered = encoded.toString().replace(data, Base64.getEncoder().encodeToString(bytes));

    Response response = http.post("/codec/decode", tampered, BEARER);

    assertProblem(response, 400);
    assertThat(response.json().get("type").asString())
        .isEqualTo(CodecController.UNDECODABLE_PAYLOAD.toString());
    assertThat(response.json().get("detail").asString()).contains("k1");
    assertThat(response.body()).doesNotContain(data.substring(0, 16));
  }

  @Test
  void anotherContentTypeIs415AndAGetOnAnOperationIs405() {
    Response text =
        http.send(
            http.request("/codec/decode")
                .header("Content-Type", "text/plain")
                .header("Authorization", BEARER)
                .POST(HttpRequest.BodyPublishers.ofString(PLAIN_PAYLOADS)));
    assertProblem(text, 415);
    assertProblem(http.get("/codec/decode", BEARER), 405);
  }

  @Test
  void aStreamedBodyOverTheLimitIs413() {
    int limit = RemoteCodecHandler.DEFAULT_MAX_REQUEST_BYTES;
    byte[] huge =
        ("{\"payloads\":[{\"data\":\"" + "A".repeat(limit) + "\"}]}")
            .getBytes(StandardCharsets.UTF_8);
    // no Content-Length (chunked): the server reads at most limit + 1 bytes, then refuses
    Response response =
        http.send(
            http.request("/codec/decode")
                .header("Content-Type", "application/json")
                .header("Authorization", BEARER)
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(huge))));

    assertProblem(response, 413);
    assertThat(response.json().get("type").asString())
        .isEqualTo(CodecController.CODEC_REQUEST_TOO_LARGE.toString());
  }

  @Test
  void aDeclaredContentLengthOverTheLimitIs413BeforeTheBodyIsSent() throws IOException {
    long declared = RemoteCodecHandler.DEFAULT_MAX_REQUEST_BYTES + 1L;
    String raw;
    // raw HTTP: announce the body, wait for the answer, never send it (Tomcat closes after a
    // refused expectation)
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(5000);
      socket
          .getOutputStream()
          .write(
              ("POST /codec/decode HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      + "Content-Type: application/json\r\nAuthorization: "
                      + BEARER
                      + "\r\n"
                      + "Expect: 100-continue\r\nContent-Length: "
                      + declared
                      + "\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(raw)
        .contains(
            "HTTP/1.1 413",
            "application/problem+json",
            CodecController.CODEC_REQUEST_TOO_LARGE.toString(),
            "request body is " + declared + " bytes");
  }

  // --- CORS

  @Test
  void aPreflightFromTheUiPassesWithoutCredentials() {
    for (String path : List.of("/codec/decode", "/codec/encode")) {
      Response preflight = http.preflight(path, UI_ORIGIN);

      assertThat(preflight.status()).as(preflight.toString()).isEqualTo(200);
      assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(UI_ORIGIN);
      assertThat(preflight.header("Access-Control-Allow-Credentials")).isEqualTo("true");
      assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST");
      assertThat(preflight.header("Access-Control-Allow-Headers").toLowerCase())
          .contains("content-type", "x-namespace", "authorization");
      assertThat(preflight.header("Access-Control-Max-Age")).isEqualTo("600");
      assertThat(preflight.header("WWW-Authenticate")).isNull();
    }
  }

  @Test
  void aPreflightFromAnotherOriginGetsNoCorsHeaders() {
    for (String origin :
        List.of("http://evil.example", "http://localhost:8234", "https://localhost:8233")) {
      Response preflight = http.preflight("/codec/decode", origin);
      assertThat(preflight.status()).as(preflight.toString()).isEqualTo(403);
      assertThat(preflight.header("Access-Control-Allow-Origin")).as(origin).isNull();
      assertThat(preflight.header("Access-Control-Allow-Credentials")).as(origin).isNull();
    }
  }

  @Test
  void theUisActualCallGetsTheCorsHeadersAndOtherOriginsDoNot() {
    Response fromUi =
        http.send(
            http.request("/codec/decode")
                .header("Origin", UI_ORIGIN)
                .header("Content-Type", "application/json")
                .header("X-Namespace", "default")
                .header("Authorization", basic("ui", TOKEN))
                .POST(HttpRequest.BodyPublishers.ofString(PLAIN_PAYLOADS)));
    assertThat(fromUi.status()).as(fromUi.toString()).isEqualTo(200);
    assertThat(fromUi.header("Access-Control-Allow-Origin")).isEqualTo(UI_ORIGIN);
    assertThat(fromUi.header("Access-Control-Allow-Credentials")).isEqualTo("true");

    Response unauthorizedFromUi =
        http.send(
            http.request("/codec/decode")
                .header("Origin", UI_ORIGIN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(PLAIN_PAYLOADS)));
    assertUnauthorized(unauthorizedFromUi);
    assertThat(unauthorizedFromUi.header("Access-Control-Allow-Origin")).isEqualTo(UI_ORIGIN);

    Response fromElsewhere =
        http.send(
            http.request("/codec/decode")
                .header("Origin", "http://evil.example")
                .header("Content-Type", "application/json")
                .header("Authorization", BEARER)
                .POST(HttpRequest.BodyPublishers.ofString(PLAIN_PAYLOADS)));
    assertThat(fromElsewhere.status()).isEqualTo(403);
    assertThat(fromElsewhere.header("Access-Control-Allow-Origin")).isNull();
    assertThat(fromElsewhere.body()).doesNotContain(b64(EMAIL_JSON));
  }

  @Test
  void corsIsOnlyOnCodecPaths() {
    Response preflight = http.preflight("/v1/refunds", UI_ORIGIN);
    assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
  }

  // --- the API's Temporal client

  @Autowired
  @Qualifier("mainDataConverter")
  DataConverter mainDataConverter;

  @Autowired WorkflowClient workflowClient;

  @Test
  void theApisTemporalClientUsesTheMainDataConverterOfApiApplication() {
    assertThat(workflowClient.getOptions().getDataConverter()).isSameAs(mainDataConverter);
  }
}
