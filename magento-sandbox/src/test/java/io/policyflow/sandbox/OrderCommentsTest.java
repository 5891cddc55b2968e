package io.policyflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class OrderCommentsTest extends SandboxTestSupport {

  @Test
  void postingACommentReturnsTrueAndKeepsTheStatus() {
    SandboxClient.Response response =
        client.post(
            "/V1/orders/11/comments",
            """
                {"statusHistory": {"comment": "Refund of $10.00 issued by refund-bot.",
                 "is_customer_notified": 0, "is_visible_on_front": 0, "status": "complete"}}
                """);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("true");
    JsonNode order = client.get("/V1/orders/11").json();
    assertThat(order.get("status").asText()).isEqualTo("complete");
    assertThat(order.at("/status_histories/0/comment").asText())
        .isEqualTo("Refund of $10.00 issued by refund-bot.");
    assertThat(order.at("/status_histories/0/status").asText()).isEqualTo("complete");

    JsonNode comments = client.get("/V1/orders/11/comments").json();
    assertThat(comments.get("total_count").asInt()).isEqualTo(1);
    assertThat(comments.at("/items/0/parent_id").asInt()).isEqualTo(11);
    assertThat(comments.at("/items/0/created_at").asText()).isEqualTo("2025-06-15 12:00:00");
  }

  @Test
  void withoutStatusTheOrderKeepsItsStatus() {
    assertThat(
            client
                .post("/V1/orders/11/comments", "{\"statusHistory\": {\"comment\": \"note\"}}")
                .body())
        .isEqualTo("true");
    assertThat(client.get("/V1/orders/11").json().get("status").asText()).isEqualTo("complete");
    assertThat(sandbox.store().orderComments("000000101").get(0).get("status"))
        .isEqualTo("complete");
  }

  @Test
  void snakeCaseParameterNameIsAccepted() {
    assertThat(
            client
                .post("/V1/orders/11/comments", "{\"status_history\": {\"comment\": \"note\"}}")
                .status())
        .isEqualTo(200);
  }

  @Test
  void missingStatusHistoryIs400AndUnknownOrder404() {
    SandboxClient.Response missing = client.post("/V1/orders/11/comments", "{}");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().at("/parameters/fieldName").asText()).isEqualTo("statusHistory");

    assertThat(
            client
                .post("/V1/orders/404/comments", "{\"statusHistory\": {\"comment\": \"x\"}}")
                .status())
        .isEqualTo(404);
  }

  @Test
  void oldMagentoBugModeNullsTheStatus() {
    try (MagentoSandbox buggy =
        MagentoSandbox.start(config().commentWithoutStatusBug(true).build())) {
      SandboxClient buggyClient = new SandboxClient(buggy);
      assertThat(
              buggyClient
                  .post("/V1/orders/11/comments", "{\"statusHistory\": {\"comment\": \"note\"}}")
                  .body())
          .isEqualTo("true");
      JsonNode order = buggyClient.get("/V1/orders/11").json();
      assertThat(order.has("status")).isFalse();
      assertThat(order.get("state").asText()).isEqualTo("complete");
    }
  }

  @Test
  void creditMemoCommentCanBeAdded() {
    SandboxClient.Response response =
        client.post(
            "/V1/creditmemo/1/comments",
            """
                {"entity": {"parent_id": 1, "comment": "[refund-bot] conv=x", "is_customer_notified": 0,
                 "is_visible_on_front": 0}}
                """);
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("comment").asText()).isEqualTo("[refund-bot] conv=x");
    assertThat(response.json().get("entity_id").isInt()).isTrue();
    assertThat(client.get("/V1/creditmemo/1/comments").json().get("total_count").asInt())
        .isEqualTo(2);
  }
}
