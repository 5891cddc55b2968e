package io.policyflow.api;

import static io.policyflow.api.RefundsApiTest.assertProblem;
import static io.policyflow.api.RefundsApiTest.texts;
import static org.assertj.core.api.Assertions.assertThat;

import io.policyflow.api.realworkflow.FakeStore;
import io.policyflow.api.realworkflow.RealRefundWorkflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * A conversation at its length limit, over HTTP against the real workflow with a policy that takes
 * 2 customer messages: the turn past the cap is answered with the bot's last sentence, the next new
 * message is 409 {@code conversation-full}, a repeated one is still answered.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = RealRefundWorkflow.MAX_CUSTOMER_MESSAGES + "=2")
@ActiveProfiles("real-workflow")
@Import(RealRefundWorkflow.class)
class ConversationFullApiTest {

  static final String FULL =
      "BOT: This conversation has reached its length limit, so I've passed it to a member of"
          + " our support team, who can see everything so far and will reply here.";

  @Value("${local.server.port}")
  int port;

  @Test
  void theTurnPastTheCapGetsTheLastSentenceAndTheNextNewMessageIs409ConversationFull() {
    ApiClient api = new ApiClient(port, RefundsApiTest.TOKEN);
    String id = RefundsApiTest.newId();
    api.postJson("/v1/refunds", "{\"conversationId\":\"" + id + "\"}");
    assertThat(say(api, id, "m-1", "it's " + FakeStore.JANE).status()).isEqualTo(200);
    assertThat(say(api, id, "m-2", "#000000101").status()).isEqualTo(200);

    Response past = say(api, id, "m-3", "unused");

    assertThat(past.status()).as(past.toString()).isEqualTo(200);
    assertThat(texts(past.json().get("replies"))).containsExactly(FULL);
    JsonNode conversation = past.json().get("conversation");
    assertThat(conversation.get("status").asString()).isEqualTo("HANDED_OFF");
    assertThat(conversation.at("/handoff/reason").asString()).contains("size limit");

    Response refused = say(api, id, "m-4", "hello?");

    assertProblem(refused, 409);
    assertThat(refused.json().get("type").asString())
        .isEqualTo("urn:policyflow:problem:conversation-full");
    assertThat(refused.json().get("detail").asString())
        .contains("length limit")
        .doesNotContain("hello?");
    Response repeated = say(api, id, "m-3", "unused");
    assertThat(repeated.status()).isEqualTo(200);
    assertThat(repeated.json().get("replies")).isEqualTo(past.json().get("replies"));
    assertThat(texts(api.get("/v1/refunds/" + id).json().get("messages")))
        .filteredOn(line -> line.startsWith("CUSTOMER: "))
        .containsExactly("CUSTOMER: it's " + FakeStore.JANE, "CUSTOMER: #000000101");
  }

  private static Response say(ApiClient api, String conversationId, String messageId, String text) {
    return api.postJson(
        "/v1/refunds/" + conversationId + "/messages",
        "{\"messageId\":\"" + messageId + "\",\"text\":" + ApiClient.quote(text) + "}");
  }
}
