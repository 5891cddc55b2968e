package io.policyflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The API's limits and protections over real HTTP ({@code docs/limits.md}): id and text rules,
 * strict JSON types, the body size cap, and problem+json for what Tomcat refuses itself and for
 * {@code /error}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LimitsApiTest {

  static final String TOKEN = RefundsApiTest.TOKEN;
  static final int MAX_BODY = 64 * 1024;

  @Value("${local.server.port}")
  int port;

  ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(port, TOKEN);
  }

  static String newId() {
    return "l-" + UUID.randomUUID();
  }

  static void assertProblem(
      int status, String contentType, JsonNode problem, int expected, String type) {
    assertThat(status).as(problem.toString()).isEqualTo(expected);
    assertThat(contentType).startsWith("application/problem+json");
    assertThat(problem.get("status").asInt()).isEqualTo(expected);
    assertThat(problem.get("type").asString()).isEqualTo(type);
    assertThat(problem.get("title").asString()).isNotBlank();
    assertThat(problem.get("detail").asString()).isNotBlank();
  }

  static void assertProblem(Response response, int status, String type) {
    assertProblem(response.status(), response.contentType(), response.json(), status, type);
  }

  static void assertProblem(RawHttp.Answer answer, int status, String type) {
    assertThat(answer.body()).doesNotContain("<html", "<!doctype", "Apache Tomcat");
    assertProblem(answer.status(), answer.contentType(), answer.json(), status, type);
  }

  static void assertInvalidField(Response response, String field) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("type").asString()).startsWith("urn:policyflow:problem:");
    assertThat(response.json().get("field").asString()).isEqualTo(field);
  }

  Response say(String conversationId, String messageId, String text) {
    return api.postJson(
        "/v1/refunds/" + conversationId + "/messages",
        "{\"messageId\":\"" + messageId + "\",\"text\":" + ApiClient.quote(text) + "}");
  }

  String head(String method, String path) {
    return method
        + " "
        + path
        + " HTTP/1.1\r\nHost: 127.0.0.1:"
        + port
        + "\r\nAuthorization: Bearer "
        + TOKEN
        + "\r\n";
  }

  // --- ids

  @ParameterizedTest
  @ValueSource(strings = {".", ".."})
  void aDotSegmentIsNeitherAConversationIdNorAMessageId(String id) {
    assertInvalidField(
        api.postJson("/v1/refunds", "{\"conversationId\":\"" + id + "\"}"), "conversationId");
    String conversation = newId();
    JsonNode before =
        api.postJson("/v1/refunds", "{\"conversationId\":\"" + conversation + "\"}")
            .json()
            .get("messages");

    assertInvalidField(say(conversation, id, "hello"), "messageId");
    assertThat(api.get("/v1/refunds/" + conversation).json().get("messages")).isEqualTo(before);
  }

  @Test
  void idsWithDotsThatAreNotDotSegmentsStillWork() {
    String id = "..." + UUID.randomUUID();
    Response created = api.postJson("/v1/refunds", "{\"conversationId\":\"" + id + "\"}");

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(say(id, "...", "hello").status()).isEqualTo(200);
    assertThat(api.get("/v1/refunds/" + id).status()).isEqualTo(200);
  }

  // --- texts

  static Stream<String> invisibleTexts() {
    return Stream.of(
        "\u200B",
        "\u200B\u200C\u200D\u200E\u200F",
        "\uFEFF",
        " \u2060 \n\t",
        "\u3164",
        "\u2800",
        "\u0301");
  }

  @ParameterizedTest
  @MethodSource("invisibleTexts")
  void aTextWithNoVisibleCharacterIs400AndLeavesTheTranscriptAlone(String text) {
    String id = newId();
    JsonNode before =
        api.postJson("/v1/refunds", "{\"conversationId\":\"" + id + "\"}").json().get("messages");

    Response response = say(id, "m-1", text);

    assertInvalidField(response, "text");
    assertThat(response.json().get("detail").asString()).contains("visible character");
    assertThat(api.get("/v1/refunds/" + id).json().get("messages")).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u202E",
        "\u2066\u2069",
        "refund \u202Edneifer",
        "order \u2067123\u2069 please",
        "\u202A\u202B\u202C\u202D"
      })
  void aTextWithABidiOverrideEmbeddingOrIsolateIs400(String text) {
    String id = newId();
    api.postJson("/v1/refunds", "{\"conversationId\":\"" + id + "\"}");

    Response response = say(id, "m-1", text);

    assertInvalidField(response, "text");
    assertThat(response.json().get("detail").asString()).contains("bidirectional");
  }

  @Test
  void rightToLeftTextWithItsMarksJoinersAndEmojiIsAccepted() {
    String id = newId();
    api.postJson("/v1/refunds", "{\"conversationId\":\"" + id + "\"}");

    for (String text :
        List.of(
            "\u200Fשלום, הזמנה 101",
            "مرحبا\u200E 101",
            "👩\u200D👩\u200D👧",
            "ok\u200B",
            "e\u0301")) {
      Response response = say(id, "m-" + UUID.randomUUID(), text);
      assertThat(response.status()).as(text + ": " + response).isEqualTo(200);
      assertThat(response.json().at("/replies/0/text").asString()).isEqualTo("You said: " + text);
    }
  }

  @Test
  void aNameOfInvisibleOrBidiCharactersIs400() {
    for (String name : List.of("\u200B\u200B", "Ada\u202E", "\u2066Ada\u2069")) {
      Response response =
          api.postJson(
              "/v1/refunds",
              "{\"conversationId\":\""
                  + newId()
                  + "\",\"context\":"
                  + "{\"customerName\":"
                  + ApiClient.quote(name)
                  + "}}");
      assertInvalidField(response, "context.customerName");
    }
  }

  // --- strict JSON types

  static Stream<Arguments> wronglyTypedOpenings() {
    return Stream.of(
        Arguments.of("{\"conversationId\": 42}", "conversationId"),
        Arguments.of("{\"conversationId\": 4.2}", "conversationId"),
        Arguments.of("{\"conversationId\": true}", "conversationId"),
        Arguments.of(
            "{\"conversationId\": \"%s\", \"context\": {\"customerName\": 7}}",
            "context.customerName"),
        Arguments.of(
            "{\"conversationId\": \"%s\", \"context\": {\"customerEmail\": false}}",
            "context.customerEmail"),
        Arguments.of(
            "{\"conversationId\": \"%s\", \"context\": {\"emailVerified\": \"true\"}}",
            "context.emailVerified"),
        Arguments.of(
            "{\"conversationId\": \"%s\", \"context\": {\"emailVerified\": 1}}",
            "context.emailVerified"),
        Arguments.of(
            "{\"conversationId\": \"%s\", \"context\": {\"emailVerified\": \"\"}}",
            "context.emailVerified"));
  }

  @ParameterizedTest
  @MethodSource("wronglyTypedOpenings")
  void aNumberOrABooleanIsNotTakenForAStringNorAStringForABoolean(String body, String field) {
    String id = newId();

    Response response = api.postJson("/v1/refunds", body.formatted(id));

    assertInvalidField(response, field);
    assertThat(response.json().get("type").asString())
        .isEqualTo("urn:policyflow:problem:malformed-request");
    assertThat(api.get("/v1/refunds/" + id).status()).isEqualTo(404);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"messageId\": \"m-1\", \"text\": 123}",
        "{\"messageId\": \"m-1\", \"text\": false}",
        "{\"messageId\": 7, \"text\": \"hi\"}",
        "{\"messageId\": \"m-1\", \"text\": 1.5e3}"
      })
  void aTurnWithANumberOrABooleanForAStringIs400(String body) {
    String id = newId();
    JsonNode before =
        api.postJson("/v1/refunds", "{\"conversationId\":\"" + id + "\"}").json().get("messages");

    Response response = api.postJson("/v1/refunds/" + id + "/messages", body);

    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.json().get("type").asString())
        .isEqualTo("urn:policyflow:problem:malformed-request");
    assertThat(response.json().get("field").asString()).isIn("text", "messageId");
    assertThat(api.get("/v1/refunds/" + id).json().get("messages")).isEqualTo(before);
  }

  // --- body size

  /** An opening padded with an unknown field to exactly {@code size} bytes. */
  static byte[] opening(String id, int size) {
    String start = "{\"conversationId\":\"" + id + "\",\"padding\":\"";
    String end = "\"}";
    return (start + "x".repeat(size - start.length() - end.length()) + end)
        .getBytes(StandardCharsets.UTF_8);
  }

  Response post(String path, byte[] body) {
    return api.send(
        api.request(path, TOKEN)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  @Test
  void aBodyOfExactlyTheCapIsTakenAndOneByteMoreIs413() {
    String taken = newId();
    String refused = newId();

    assertThat(post("/v1/refunds", opening(taken, MAX_BODY)).status()).isEqualTo(201);
    Response tooLarge = post("/v1/refunds", opening(refused, MAX_BODY + 1));

    assertProblem(tooLarge, 413, "urn:policyflow:problem:payload-too-large");
    assertThat(tooLarge.json().get("detail").asString()).contains("65536 bytes");
    assertThat(api.get("/v1/refunds/" + refused).status()).isEqualTo(404);
  }

  @Test
  void aDeclared5MbBodyIs413BeforeItIsSent() {
    // Expect: 100-continue: the server answers at once, without asking for the body (and it is
    // never sent)
    RawHttp.Answer answer =
        RawHttp.send(
            port,
            head("POST", "/v1/refunds")
                + "Content-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: "
                + (5 * 1024 * 1024)
                + "\r\n");

    assertProblem(answer, 413, "urn:policyflow:problem:payload-too-large");
    assertThat(answer.interim()).as("100 Continue before the refusal").isZero();
  }

  @Test
  void aChunkedBodyOverTheCapIs413AndNothingOfItIsUsed() {
    String id = newId();

    RawHttp.Answer answer =
        RawHttp.send(
            port,
            head("POST", "/v1/refunds")
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n",
            RawHttp.chunked(opening(id, MAX_BODY + 6000)));

    assertProblem(answer, 413, "urn:policyflow:problem:payload-too-large");
    assertThat(api.get("/v1/refunds/" + id).status()).isEqualTo(404);
  }

  @Test
  void aChunkedBodyWithinTheCapIsReadAsUsual() {
    String id = newId();

    RawHttp.Answer answer =
        RawHttp.send(
            port,
            head("POST", "/v1/refunds")
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n",
            RawHttp.chunked(opening(id, 60_000)));

    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    assertThat(answer.json().get("conversationId").asString()).isEqualTo(id);
  }

  @Test
  void theCapAppliesBeforeAuthenticationAndOnPathsWithoutAHandler() {
    Response anonymous =
        api.send(
            api.request("/v1/refunds", null)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(opening(newId(), MAX_BODY + 1))));
    Response nowhere = post("/nothing-here", opening(newId(), MAX_BODY + 1));

    assertProblem(anonymous, 413, "urn:policyflow:problem:payload-too-large");
    assertProblem(nowhere, 413, "urn:policyflow:problem:payload-too-large");
  }

  @Test
  void theKustomerWebhookHasItsOwnLargerCap() {
    // 100 KB: over the API's cap, within the webhook's (1 MB); the webhook is off here, so 404
    Response response = post("/v1/webhooks/kustomer", opening("k", 100_000));

    assertProblem(response, 404, "urn:policyflow:problem:webhook-not-configured");
  }

  // --- Tomcat's own errors and /error

  @Test
  void anOversizedHeaderIsAProblemNotTomcatsPage() {
    RawHttp.Answer answer =
        RawHttp.send(port, head("GET", "/v1/refunds/x") + "X-Big: " + "a".repeat(20_000) + "\r\n");

    assertProblem(answer, 400, "urn:policyflow:problem:malformed-request");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/v1/refunds/%zz",
        "/v1/refunds/%",
        "/v1/refunds/%C3%28",
        "/v1/../../etc/passwd",
        "/playground/%zz"
      })
  void aBadlyEncodedOrEscapingUriIsAProblemNotTomcatsPage(String path) {
    RawHttp.Answer answer = RawHttp.send(port, head("GET", path));

    assertProblem(answer, 400, "urn:policyflow:problem:malformed-request");
  }

  @Test
  void theErrorPageAskedForDirectlyIs404() {
    for (Response response :
        List.of(
            api.get("/error"),
            api.send(api.request("/error", null).GET()),
            api.postJson("/error", "{}"),
            api.send(api.request("/error", null).header("Accept", "text/html").GET()))) {
      assertProblem(response, 404, "about:blank");
    }
  }

  /** The cap is a setting. */
  @Nested
  @SpringBootTest(
      webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
      properties = "policyflow.api.max-body-size=1KB")
  @ActiveProfiles("test")
  class Configured {

    @Value("${local.server.port}")
    int port;

    @Test
    void policyflowApiMaxBodySizeSetsTheCap() {
      ApiClient client = new ApiClient(port, TOKEN);
      Response within =
          client.send(
              client
                  .request("/v1/refunds", TOKEN)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(opening(newId(), 1024))));
      Response over =
          client.send(
              client
                  .request("/v1/refunds", TOKEN)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(opening(newId(), 1025))));

      assertThat(within.status()).as(within.toString()).isEqualTo(201);
      assertProblem(over, 413, "urn:policyflow:problem:payload-too-large");
      assertThat(over.json().get("detail").asString()).contains("1024 bytes");
    }
  }
}
