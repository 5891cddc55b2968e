package io.policyflow.api;

import static io.policyflow.api.RefundsApiTest.assertProblem;
import static io.policyflow.api.RefundsApiTest.texts;
import static org.assertj.core.api.Assertions.assertThat;

import io.policyflow.api.realworkflow.FakeStore;
import io.policyflow.api.realworkflow.RealRefundWorkflow;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The per-conversation turn rate, over HTTP against the real workflow, with 2 turns at once and one
 * more every 10 minutes: the third new turn is 429 with {@code Retry-After} and never reaches the
 * conversation; a retry of an admitted turn is answered; the playground's turns count against the
 * same conversation.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "policyflow.api.turn-rate.burst=2",
      "policyflow.api.turn-rate.refill-every=10m",
      "policyflow.playground.enabled=true",
      "server.address=127.0.0.1"
    })
@ActiveProfiles("real-workflow")
@Import(RealRefundWorkflow.class)
class TurnRateLimitApiTest {

  @Value("${local.server.port}")
  int port;

  @Test
  void aTurnPastTheBurstIs429WithRetryAfterAndARetryOfAnAdmittedTurnIsStillAnswered() {
    ApiClient api = new ApiClient(port, RefundsApiTest.TOKEN);
    String id = RefundsApiTest.newId();
    api.postJson("/v1/refunds", "{\"conversationId\":\"" + id + "\"}");
    assertThat(say(api, id, "m-1", "it's " + FakeStore.JANE).status()).isEqualTo(200);
    Response second = say(api, id, "m-2", "#000000101");
    assertThat(second.status()).isEqualTo(200);

    Response limited = say(api, id, "m-3", "unused");

    assertProblem(limited, 429);
    assertThat(limited.json().get("type").asString())
        .isEqualTo("urn:policyflow:problem:too-many-messages");
    assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(590L, 600L);
    Response retried = say(api, id, "m-2", "#000000101");
    assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
    assertThat(retried.json().get("replies")).isEqualTo(second.json().get("replies"));
    assertThat(texts(api.get("/v1/refunds/" + id).json().get("messages")))
        .doesNotContain("CUSTOMER: unused");
    assertThat(say(api, RefundsApiTest.newId(), "m-1", "hi").status())
        .as("another conversation")
        .isNotEqualTo(429);
  }

  @Test
  void thePlaygroundsTurnsCountAgainstTheSameConversation() {
    ApiClient api = new ApiClient(port, RefundsApiTest.TOKEN);
    String id = RefundsApiTest.newId();
    api.postJson("/v1/refunds", "{\"conversationId\":\"" + id + "\"}");
    assertThat(say(api, id, "m-1", "it's " + FakeStore.JANE).status()).isEqualTo(200);
    assertThat(say(api, id, "m-2", "#000000101").status()).isEqualTo(200);

    Response limited =
        api.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://localhost:"
                            + port
                            + "/playground/api/conversations/"
                            + id
                            + "/messages"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"messageId\":\"m-3\",\"text\":\"unused\"}")));

    assertProblem(limited, 429);
    assertThat(limited.header("Retry-After")).isNotBlank();
  }

  private static Response say(ApiClient api, String conversationId, String messageId, String text) {
    return api.postJson(
        "/v1/refunds/" + conversationId + "/messages",
        "{\"messageId\":\"" + messageId + "\",\"text\":" + ApiClient.quote(text) + "}");
  }
}
