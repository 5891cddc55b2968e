package io.policyflow.api;

import static io.policyflow.api.RefundsApiTest.assertProblem;
import static io.policyflow.api.RefundsApiTest.texts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A conversation that is closed while its run still goes on: the {@code reply} validator refuses a
 * new turn, which the API answers 409, and a repeated closing message is still answered. The real
 * workflow ends its run as soon as the conversation closes, so this window cannot be produced with
 * it on demand: the stand-in {@link EchoRefundWorkflow} keeps its run going after "close".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ClosedButRunningApiTest {

  @Value("${local.server.port}")
  int port;

  @Test
  void aMessageToAClosedConversationIs409ButItsLastMessageIsStillAnswered() {
    ApiClient api = new ApiClient(port, RefundsApiTest.TOKEN);
    String id = RefundsApiTest.newId();
    api.postJson("/v1/refunds", "{\"conversationId\":\"" + id + "\"}");
    Response closing = say(api, id, "m-close", "close");
    assertThat(closing.status()).isEqualTo(200);

    Response refused = say(api, id, "m-after", "hello?");

    assertProblem(refused, 409);
    assertThat(refused.json().get("type").asString()).contains("conversation-closed");
    Response repeated = say(api, id, "m-close", "close");
    assertThat(repeated.status()).isEqualTo(200);
    assertThat(repeated.json().get("replies")).isEqualTo(closing.json().get("replies"));
    assertThat(texts(api.get("/v1/refunds/" + id).json().get("messages")))
        .doesNotContain("CUSTOMER: hello?");
  }

  private static Response say(ApiClient api, String conversationId, String messageId, String text) {
    return api.postJson(
        "/v1/refunds/" + conversationId + "/messages",
        "{\"messageId\":\"" + messageId + "\",\"text\":" + ApiClient.quote(text) + "}");
  }
}
