package io.policyflow.local.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.policyflow.local.LocalStack;
import io.policyflow.sandbox.MagentoSandbox;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A whole conversation over HTTP on the local stack while the Magento sandbox loses the refund's
 * response after committing it (the fault set through {@code POST /__sandbox/faults}, as a
 * developer would with curl): the customer is still told "refunded", and the store holds exactly
 * one credit memo.
 */
class LostRefundResponseFaultTest {

  private static final String TOKEN = "local-stack-faults-token";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static LocalStack stack;
  private static String api;

  @BeforeAll
  static void startStack() {
    stack =
        LocalStack.start(
            Map.of("TEMPORAL_PORT", "0", "SANDBOX_PORT", "0"),
            "--server.port=0",
            "--policyflow.api.token=" + TOKEN);
    api = "http://127.0.0.1:" + stack.apiPort();
  }

  @AfterAll
  static void stopStack() {
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void theCustomerIsRefundedOnceAlthoughTheStoresAnswerWasLost() throws Exception {
    MagentoSandbox sandbox = stack.sandbox();
    String faults = sandbox.baseUrl().replace("/rest/default", "") + "/__sandbox/faults";
    assertThat(
            send(
                    "POST",
                    faults,
                    "{\"method\":\"POST\",\"path\":\"/V1/order/*/refund\","
                        + "\"dropAfterCommit\":true,\"times\":1}",
                    null)
                .statusCode())
        .isEqualTo(201);

    assertThat(
            send(
                    "POST",
                    api + "/v1/refunds",
                    "{\"conversationId\":\"ls-drop\"," + "\"context\":{\"customerName\":\"Jane\"}}",
                    TOKEN)
                .statusCode())
        .isEqualTo(201);
    assertThat(say("m1", "it's jane.doe@example.com")).contains("#000000101");
    assertThat(say("m2", "000000101")).contains("unused and in their original packaging");
    assertThat(say("m3", "yes, never used")).contains("refund $10.00", "Shall I go ahead?");
    String done = say("m4", "yes please");

    if (!done.contains("refunded $10.00")) {
      // the turn outlived the API's turn timeout: a holding reply, the workflow carries on
      awaitStatus("ls-drop", "FOLLOWING_UP");
    }
    JsonNode conversation = get(api + "/v1/refunds/ls-drop", TOKEN);
    assertThat(conversation.get("status").asText()).isEqualTo("FOLLOWING_UP");
    assertThat(conversation.at("/refund/amount").asText()).isEqualTo("10.00");
    assertThat(conversation.toString()).contains("refunded $10.00");

    JsonNode rules = get(faults, null).get("rules");
    assertThat(rules).as("the fault was hit").isEmpty();
    List<Map<String, Object>> memos = sandbox.store().creditMemosForOrder("000000101");
    assertThat(memos).as("exactly one credit memo").hasSize(1);
    assertThat(String.valueOf(memos.get(0).get("entity_id")))
        .isEqualTo(conversation.at("/refund/creditMemoId").asText());
    assertThat(sandbox.store().order("000000101").get("total_refunded").toString()).isEqualTo("10");
  }

  private static String say(String messageId, String text) throws Exception {
    HttpResponse<String> response =
        send(
            "POST",
            api + "/v1/refunds/ls-drop/messages",
            "{\"messageId\":\"" + messageId + "\",\"text\":" + JSON.writeValueAsString(text) + "}",
            TOKEN);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    StringBuilder replies = new StringBuilder();
    JSON.readTree(response.body())
        .get("replies")
        .forEach(r -> replies.append(r.get("text").asText()).append('\n'));
    return replies.toString();
  }

  private static void awaitStatus(String conversationId, String status) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!status.equals(
        get(api + "/v1/refunds/" + conversationId, TOKEN).path("status").asText())) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(conversationId + " did not reach " + status + " within 20 s");
      }
      Thread.sleep(200);
    }
  }

  private static JsonNode get(String url, String token) throws Exception {
    HttpResponse<String> response = send("GET", url, null, token);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static HttpResponse<String> send(String method, String url, String json, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
