package io.policyflow.local.kustomer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.policyflow.kustomer.sandbox.ConversationSnapshot;
import io.policyflow.kustomer.sandbox.Delivery;
import io.policyflow.kustomer.sandbox.KustomerDemo;
import io.policyflow.kustomer.sandbox.KustomerSandbox;
import io.policyflow.kustomer.sandbox.KustomerSandboxConfig;
import io.policyflow.kustomer.sandbox.MessageView;
import io.policyflow.kustomer.sandbox.NoteView;
import io.policyflow.kustomer.sandbox.RecordedRequest;
import io.policyflow.refund.workflow.RefundWorkflow;
import io.policyflow.sandbox.MagentoSandbox;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A whole Kustomer conversation on the local stack: the Kustomer simulator calls the API's webhook
 * as Kustomer would, the worker looks the customer and orders up in Kustomer, reads and refunds the
 * order in the Magento sandbox, and answers, hands off and ends through Kustomer.
 */
class KustomerLocalStackTest {

  private static final String TOKEN = "kustomer-local-stack-token";
  private static final String JANE = KustomerDemo.JANE_EMAIL;
  private static KustomerLocalStack stack;
  private static KustomerSandbox kustomer;
  private static MagentoSandbox magento;
  private static WorkflowClient temporal;

  @BeforeAll
  static void startStack() {
    stack =
        KustomerLocalStack.start(
            Map.of("TEMPORAL_PORT", "0", "SANDBOX_PORT", "0"),
            KustomerSandboxConfig.builder().build(),
            "--server.port=0",
            "--policyflow.api.token=" + TOKEN);
    kustomer = stack.kustomer();
    magento = stack.stack().sandbox();
    temporal = stack.stack().context().getBean(WorkflowClient.class);
  }

  @AfterAll
  static void stopStack() {
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void theBotAnswersInKustomerAndAskingForAPersonHandsOffUntilAnAgentCloses() {
    KustomerSandbox.ChatStart chat =
        kustomer.startChat(JANE, "Hi! I need a refund, my email is " + JANE);
    String id = chat.conversationId();
    assertThat(chat.status()).as("the webhook answered").isEqualTo(200);

    awaitOutbound(id, text -> text.contains("#000000102"));
    List<MessageView> greeting = kustomer.outboundMessages(id);
    assertThat(greeting.get(0).text()).contains("I can help you with a refund");
    assertThat(greeting)
        .allSatisfy(
            m -> {
              assertThat(m.via()).isEqualTo("chat-outbound");
              assertThat(m.auto()).isTrue();
              assertThat(m.senderUserId()).isEqualTo(KustomerDemo.BOT_USER_ID);
            });
    assertThat(last(id))
        .contains("#000000101", "#000000102", "Affirm Water Bottle")
        .doesNotContain("#000000100");

    kustomer.customerWrites(id, "000000102");
    awaitOutbound(
        id, text -> text.contains("Argus All-Weather Tank") && !text.contains("#000000101"));
    kustomer.customerWrites(id, "I want to talk to a real person");

    awaitUntil(
        () ->
            !kustomer.notes(id).isEmpty()
                && kustomer.outboundTexts(id).stream()
                    .anyMatch(t -> t.contains("passing you to a member of our support team")));
    ConversationSnapshot handedOff = kustomer.conversation(id);
    assertThat(handedOff.tags()).contains("refund-bot-handoff");
    assertThat(handedOff.queueId()).isEqualTo(KustomerDemo.REFUNDS_HUMAN_QUEUE_ID);
    assertThat(handedOff.assignedTeams()).containsExactly(KustomerDemo.TIER2_TEAM_ID);
    assertThat(handedOff.status()).isEqualTo("open");
    assertThat(handedOff.custom()).containsEntry("refundBotStateStr", "handoff");
    assertThat(handedOff.notes())
        .singleElement()
        .extracting(NoteView::body)
        .asString()
        .contains(
            "Reason: The customer asked for a person.",
            "#000000102",
            "jane.doe@example.com",
            "Transcript:",
            "I want to talk to a real person");
    assertThat(magento.store().orderComments("000000102"))
        .anySatisfy(
            comment ->
                assertThat(String.valueOf(comment.get("comment")))
                    .contains("handed conversation " + id + " to an agent"));

    int said = kustomer.outboundMessages(id).size();
    kustomer.customerWrites(id, "hello? anyone?");
    sleep(Duration.ofSeconds(1));
    assertThat(kustomer.outboundMessages(id)).as("the bot stops speaking").hasSize(said);

    List<Delivery> closed = kustomer.agentCloses(id);
    assertThat(closed).singleElement().satisfies(d -> assertThat(d.lastStatus()).isEqualTo(200));
    awaitUntil(
        () ->
            temporal
                    .newUntypedWorkflowStub(
                        RefundWorkflow.workflowId(id), Optional.empty(), Optional.empty())
                    .describe()
                    .getStatus()
                == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED);
    JsonNode view = api("/v1/refunds/" + id);
    assertThat(view.get("status").asText()).isEqualTo("CLOSED");
    assertThat(view.get("outcome").asText()).isEqualTo("HANDED_OFF");
    assertThat(view.get("messages").toString()).contains("closed the conversation");
    assertThat(kustomer.outboundMessages(id)).hasSize(said);
  }

  @Test
  void aRefundIsMadeInMagentoByOrderNumberOnceDespiteRedeliveriesAndRateLimits() {
    KustomerSandbox.ChatStart chat = kustomer.startChat(JANE, "hello, it's " + JANE);
    String id = chat.conversationId();
    awaitOutbound(id, text -> text.contains("#000000101"));

    kustomer.customerWrites(id, "000000101");
    awaitOutbound(id, text -> text.contains("unused and in their original packaging"));
    kustomer.customerWrites(id, "yes, never used");
    awaitOutbound(id, text -> text.contains("Shall I go ahead?"));
    assertThat(last(id)).contains("refund $10.00");

    kustomer.throttleNext(1, Duration.ofSeconds(1));
    KustomerSandbox.ChatStart yes = kustomer.customerWrites(id, "yes please");
    awaitOutbound(id, text -> text.contains("refunded $10.00"));
    assertThat(last(id)).contains("3–5 business days");
    assertThat(kustomer.requests())
        .extracting(RecordedRequest::status)
        .as("a 429 was retried")
        .contains(429);

    Delivery delivery =
        kustomer.deliveries().stream()
            .filter(d -> yes.messageId().equals(d.subjectId()))
            .findFirst()
            .orElseThrow();
    int said = kustomer.outboundMessages(id).size();
    Delivery again = kustomer.redeliver(delivery.id());
    assertThat(again.lastStatus()).isEqualTo(200);
    sleep(Duration.ofSeconds(1));
    assertThat(kustomer.outboundMessages(id)).as("a redelivery is answered once").hasSize(said);
    List<Map<String, Object>> memos = magento.store().creditMemosForOrder("000000101");
    assertThat(memos).hasSize(1);
    assertThat(new java.math.BigDecimal(String.valueOf(memos.get(0).get("grand_total"))))
        .isEqualByComparingTo("10");
    assertThat(api("/v1/refunds/" + id).get("status").asText()).isEqualTo("FOLLOWING_UP");
  }

  // ---- helpers

  private static String last(String conversationId) {
    List<String> texts = kustomer.outboundTexts(conversationId);
    return texts.get(texts.size() - 1);
  }

  private static void awaitOutbound(
      String conversationId, java.util.function.Predicate<String> text) {
    awaitUntil(
        () -> !kustomer.outboundTexts(conversationId).isEmpty() && text.test(last(conversationId)));
  }

  private static JsonNode api(String path) {
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + stack.stack().apiPort() + path))
                      .header("Authorization", "Bearer " + TOKEN)
                      .timeout(Duration.ofSeconds(10))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      return new ObjectMapper().readTree(response.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void awaitUntil(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    AssertionError last = null;
    while (System.nanoTime() < deadline) {
      try {
        if (condition.getAsBoolean()) {
          return;
        }
      } catch (RuntimeException | AssertionError notYet) {
        last = notYet instanceof AssertionError a ? a : new AssertionError(notYet);
      }
      sleep(Duration.ofMillis(100));
    }
    AssertionError timeout =
        new AssertionError(
            "condition not met within 20 s; Kustomer conversations: "
                + kustomer.conversations().stream()
                    .map(c -> c.id() + " " + c.outbound().stream().map(MessageView::text).toList())
                    .toList());
    if (last != null) {
      timeout.addSuppressed(last);
    }
    throw timeout;
  }
}
