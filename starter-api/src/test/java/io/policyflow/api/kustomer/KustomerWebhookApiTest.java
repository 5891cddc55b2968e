package io.policyflow.api.kustomer;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyflow.refund.client.RefundConversations;
import io.policyflow.refund.conversation.ConversationView;
import io.policyflow.refund.conversation.Message;
import io.policyflow.refund.workflow.RefundWorkflow;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowStub;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code POST /v1/webhooks/kustomer} over real HTTP: the starter's in-process Temporal test server
 * runs {@link RecordingRefundWorkflow}, and a stub Kustomer answers the routing lookups (the refund
 * bot's queue is {@link #BOT_QUEUE}).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.temporal.test-server.enabled=true",
      "policyflow.codec.allow-plaintext=true",
      "spring.temporal.workers[0].task-queue=refund-conversations",
      "spring.temporal.workers[0].workflow-classes[0]=io.policyflow.api.kustomer.RecordingRefundWorkflow",
      "policyflow.api.token=" + KustomerWebhookApiTest.API_TOKEN,
      "policyflow.api.turn-timeout=3s",
      "policyflow.kustomer.api-key=" + KustomerStubServer.KEY,
      "policyflow.kustomer.webhook.secret=" + KustomerWebhookApiTest.SECRET,
      "policyflow.kustomer.webhook.routing.queue-id=" + KustomerWebhookApiTest.BOT_QUEUE,
    })
class KustomerWebhookApiTest {

  static final String API_TOKEN = "api-token-for-kustomer-tests";
  static final String SECRET = "kustomer-webhook-token-for-tests";
  static final String BOT_QUEUE = "6620aaaa0000000000000001";
  static final String OTHER_QUEUE = "6620aaaa0000000000000009";
  static final KustomerStubServer kustomer = new KustomerStubServer();

  @DynamicPropertySource
  static void kustomerUrl(DynamicPropertyRegistry registry) {
    registry.add("policyflow.kustomer.base-url", kustomer::url);
  }

  @AfterAll
  static void stopKustomer() {
    kustomer.close();
  }

  @Value("${local.server.port}")
  int port;

  @Autowired WorkflowClient temporal;

  Webhooks webhooks;

  @BeforeEach
  void client() {
    webhooks = new Webhooks(port, SECRET);
  }

  String routedConversation() {
    String id = Webhooks.newId();
    kustomer.conversation(id, BOT_QUEUE);
    return id;
  }

  List<String> transcript(String conversationId) {
    ConversationView view = new RefundConversations(temporal).view(conversationId);
    return view.messages().stream().map(m -> m.author() + " " + m.text()).toList();
  }

  boolean exists(String conversationId) {
    try {
      temporal
          .newUntypedWorkflowStub(
              RefundWorkflow.workflowId(conversationId), Optional.empty(), Optional.empty())
          .describe();
      return true;
    } catch (WorkflowNotFoundException e) {
      return false;
    }
  }

  /**
   * The receive signals the run got, from its history (not from what the workflow chose to record).
   */
  long signalsReceived(String conversationId) {
    return temporal.fetchHistory(RefundWorkflow.workflowId(conversationId)).getEvents().stream()
        .filter(e -> e.hasWorkflowExecutionSignaledEventAttributes())
        .filter(
            e -> e.getWorkflowExecutionSignaledEventAttributes().getSignalName().equals("receive"))
        .count();
  }

  static void assertProblem(Webhooks.Response response, int status, String typeEnding) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.json().get("type").asString()).endsWith(typeEnding);
    assertThat(response.json().get("detail").asString()).isNotBlank();
  }

  // ---- messages

  @Test
  void aCustomerMessageStartsTheConversationWithKustomersMessageIdAndNoApiToken() {
    String conversation = routedConversation();
    String message = Webhooks.newId();

    Webhooks.Response response =
        webhooks.deliver(
            Webhooks.messageCreate(
                conversation, message, "in", "My bottle arrived broken, order 000001042"));

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.json().get("outcome").asString()).isEqualTo("signalled");
    assertThat(response.json().get("workflowId").asString()).isEqualTo("refund-" + conversation);
    awaitUntil(() -> transcript(conversation).size() == 3);
    assertThat(transcript(conversation))
        .containsExactly(
            "BOT start push=true channel=chat locale=en_us",
            "CUSTOMER " + message + ": My bottle arrived broken, order 000001042",
            "BOT signals=1");
    assertThat(kustomer.requests).contains("GET /v1/conversations/" + conversation);
  }

  @Test
  void aRedeliveryIsAnsweredOnceAndALaterMessageJoinsWithoutAskingKustomer() {
    String conversation = routedConversation();
    String message = Webhooks.newId();
    String body = Webhooks.messageCreate(conversation, message, "in", "hello");

    Webhooks.Response first = webhooks.deliver(body);
    Webhooks.Response redelivered = webhooks.deliver(body, Instant.now().plusSeconds(1));
    Webhooks.Response next =
        webhooks.deliver(Webhooks.messageCreate(conversation, "m-2", "in", "jane@example.com"));

    assertThat(first.json().get("outcome").asString()).isEqualTo("signalled");
    assertThat(redelivered.json().get("outcome").asString())
        .as("signed anew, same message id")
        .isEqualTo("duplicate");
    assertThat(next.json().get("outcome").asString()).isEqualTo("joined");
    awaitUntil(() -> transcript(conversation).contains("BOT signals=2"));
    assertThat(transcript(conversation))
        .containsExactly(
            "BOT start push=true channel=chat locale=en_us",
            "CUSTOMER " + message + ": hello",
            "CUSTOMER m-2: jane@example.com",
            "BOT signals=2");
    assertThat(kustomer.requests).containsOnlyOnce("GET /v1/conversations/" + conversation);
  }

  @Test
  void oneSignatureInAnyEncodingIsOneDelivery() {
    String conversation = routedConversation();
    String body = Webhooks.messageCreate(conversation, Webhooks.newId(), "in", "hello");
    String other =
        "{\"name\":\"kustomer.customer.update\",\"data\":{\"type\":\"customer\",\"id\":\""
            + Webhooks.newId()
            + "\"}}";
    String timestamp = Long.toString(Instant.now().getEpochSecond());

    List<String> outcomes = new ArrayList<>();
    for (String delivery : List.of(body, other)) {
      String hex = webhooks.sign(timestamp + "." + delivery);
      String base64 = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex));
      for (String signature : List.of(hex, hex.toUpperCase(), "sha256=" + hex, base64)) {
        Webhooks.Response response = webhooks.send(delivery, signature, timestamp);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        outcomes.add(response.json().get("outcome").asString());
      }
    }

    assertThat(outcomes)
        .containsExactly(
            "signalled",
            "duplicate",
            "duplicate",
            "duplicate",
            "ignored",
            "duplicate",
            "duplicate",
            "duplicate");
    awaitUntil(() -> transcript(conversation).contains("BOT signals=1"));
    assertThat(signalsReceived(conversation)).isEqualTo(1);
  }

  @Test
  void tenParallelCopiesOfOneDeliverySignalExactlyOnce() throws Exception {
    String conversation = routedConversation();
    String message = Webhooks.newId();
    String body = Webhooks.messageCreate(conversation, message, "in", "hello");
    String timestamp = Long.toString(Instant.now().getEpochSecond());
    String signature = webhooks.sign(timestamp + "." + body);
    ExecutorService pool = Executors.newFixedThreadPool(10);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Webhooks.Response>> copies = new ArrayList<>();

    try {
      for (int i = 0; i < 10; i++) {
        copies.add(
            pool.submit(
                () -> {
                  start.await();
                  return webhooks.send(body, signature, timestamp);
                }));
      }
      start.countDown();
      List<String> answers = new ArrayList<>();
      for (Future<Webhooks.Response> copy : copies) {
        Webhooks.Response response = copy.get(30, TimeUnit.SECONDS);
        answers.add(
            response.status() == 200
                ? response.json().get("outcome").asString()
                : response.status() + " " + response.json().get("type").asString());
      }

      assertThat(answers).containsOnlyOnce("signalled");
      assertThat(answers)
          .allMatch(
              a ->
                  a.equals("signalled")
                      || a.equals("duplicate")
                      || a.equals("503 urn:policyflow:problem:webhook-in-progress"),
              "signalled, duplicate or in progress");
    } finally {
      pool.shutdownNow();
    }
    awaitUntil(() -> transcript(conversation).contains("BOT signals=1"));
    assertThat(signalsReceived(conversation)).isEqualTo(1);
    assertThat(transcript(conversation)).containsOnlyOnce("CUSTOMER " + message + ": hello");
  }

  @Test
  void aDeliveryThatFailedBeforeItsSignalGetsThroughWhenKustomerDeliversItAgain() {
    String conversation = Webhooks.newId();
    kustomer.conversations.put(
        conversation,
        new KustomerStubServer.Answer(
            503,
            "{\"errors\":[{\"code\":\"unavailable\",\"message\":\"Service unavailable\"}]}",
            Map.of()));
    String message = Webhooks.newId();
    String body = Webhooks.messageCreate(conversation, message, "in", "hello");

    Webhooks.Response failed = webhooks.deliver(body);
    kustomer.conversation(conversation, BOT_QUEUE);
    Webhooks.Response redelivered = webhooks.deliver(body, Instant.now().plusSeconds(1));

    assertProblem(failed, 503, "kustomer-unavailable");
    assertThat(redelivered.status()).as(redelivered.toString()).isEqualTo(200);
    assertThat(redelivered.json().get("outcome").asString()).isEqualTo("signalled");
    awaitUntil(() -> transcript(conversation).contains("BOT signals=1"));
    assertThat(transcript(conversation)).contains("CUSTOMER " + message + ": hello");
  }

  @Test
  void aDifferentMessageWithTheSameShapeAndTimestampIsNotADuplicate() {
    String conversation = routedConversation();
    String first = Webhooks.newId();
    String second = Webhooks.newId();
    Instant at = Instant.now();

    Webhooks.Response one =
        webhooks.deliver(Webhooks.messageCreate(conversation, first, "in", "hello"), at);
    Webhooks.Response two =
        webhooks.deliver(Webhooks.messageCreate(conversation, second, "in", "hello"), at);

    assertThat(one.json().get("outcome").asString()).isEqualTo("signalled");
    assertThat(two.json().get("outcome").asString()).isEqualTo("joined");
    awaitUntil(() -> transcript(conversation).contains("BOT signals=2"));
    assertThat(transcript(conversation))
        .contains("CUSTOMER " + first + ": hello", "CUSTOMER " + second + ": hello");
  }

  @Test
  void theSameSignedDeliveryReplayedWithinTheWindowIsAnsweredWithoutTemporal() {
    String conversation = routedConversation();
    String body = Webhooks.messageCreate(conversation, Webhooks.newId(), "in", "hello");
    String timestamp = Long.toString(Instant.now().getEpochSecond());
    String signature = webhooks.sign(timestamp + "." + body);

    Webhooks.Response first = webhooks.send(body, signature, timestamp);
    Webhooks.Response replayed = webhooks.send(body, signature, timestamp);

    assertThat(first.json().get("outcome").asString()).isEqualTo("signalled");
    assertThat(replayed.status()).isEqualTo(200);
    assertThat(replayed.json().get("outcome").asString()).isEqualTo("duplicate");
    awaitUntil(() -> transcript(conversation).contains("BOT signals=1"));
  }

  @Test
  void anOldDeliveryReplayedLaterIsRefusedAsStaleAndChangesNothing() {
    String conversation = routedConversation();
    String body = Webhooks.messageCreate(conversation, Webhooks.newId(), "in", "hello");

    Webhooks.Response stale = webhooks.deliver(body, Instant.now().minus(Duration.ofMinutes(10)));
    Webhooks.Response future = webhooks.deliver(body, Instant.now().plus(Duration.ofMinutes(10)));

    assertProblem(stale, 401, "webhook-signature");
    assertThat(stale.json().get("reason").asString()).isEqualTo("stale");
    assertProblem(future, 401, "webhook-signature");
    assertThat(exists(conversation)).isFalse();
  }

  @Test
  void unsignedWronglySignedOrMalformedDeliveriesAre4xxAndChangeNothing() {
    String conversation = routedConversation();
    String body = Webhooks.messageCreate(conversation, Webhooks.newId(), "in", "hello");
    String now = Long.toString(Instant.now().getEpochSecond());
    Webhooks wrongSecret = new Webhooks(port, "not-the-secret");

    assertProblem(webhooks.send(body, null, now), 401, "webhook-signature");
    assertProblem(webhooks.send(body, null, null), 401, "webhook-signature");
    assertProblem(wrongSecret.deliver(body), 401, "webhook-signature");
    assertProblem(
        webhooks.send(body, webhooks.sign(now + "." + body), "yesterday"),
        401,
        "webhook-signature");
    assertProblem(webhooks.send(body, "sha256=zz", now), 401, "webhook-signature");
    assertProblem(
        webhooks.send(body.replace("hello", "hellO"), webhooks.sign(now + "." + body), now),
        401,
        "webhook-signature");
    assertProblem(
        webhooks.deliver("{\"name\": \"kustomer.message.create\""), 400, "webhook-payload");
    assertProblem(
        webhooks.deliver("{\"name\": \"kustomer.message.create\", \"data\": []}"),
        400,
        "webhook-payload");
    Webhooks.Response badId =
        webhooks.deliver(Webhooks.messageCreate("../refunds", Webhooks.newId(), "in", "hi"));
    assertProblem(badId, 400, "invalid-field");
    assertThat(badId.json().get("field").asString())
        .isEqualTo("data.relationships.conversation.data.id");
    assertProblem(
        webhooks.deliver(
            "{\"name\":\"kustomer.message.create\",\"data\":{\"type\":\"message\","
                + "\"id\":\"m-x\",\"attributes\":{\"x\":\""
                + "a".repeat(1_100_000)
                + "\"}}}"),
        413,
        "payload-too-large");

    assertThat(exists(conversation)).isFalse();
  }

  @Test
  void aConversationOutsideTheBotsQueueIsIgnored() {
    String conversation = Webhooks.newId();
    kustomer.conversation(conversation, OTHER_QUEUE);
    String unknown = Webhooks.newId();

    Webhooks.Response other =
        webhooks.deliver(Webhooks.messageCreate(conversation, Webhooks.newId(), "in", "hi"));
    Webhooks.Response gone =
        webhooks.deliver(Webhooks.messageCreate(unknown, Webhooks.newId(), "in", "hi"));

    assertThat(other.status()).isEqualTo(200);
    assertThat(other.json().get("outcome").asString()).isEqualTo("ignored");
    assertThat(gone.json().get("outcome").asString()).isEqualTo("ignored");
    assertThat(exists(conversation)).isFalse();
    assertThat(exists(unknown)).isFalse();
  }

  @Test
  void outboundMessagesAndOtherEventsAreIgnored() {
    String conversation = routedConversation();

    Webhooks.Response outbound =
        webhooks.deliver(
            Webhooks.messageCreate(
                conversation, Webhooks.newId(), "out", "Hi! I can help you with a refund."));
    Webhooks.Response reopened =
        webhooks.deliver(Webhooks.conversationUpdate(conversation, "done", "open"));
    Webhooks.Response other =
        webhooks.deliver(
            "{\"name\":\"kustomer.customer.update\",\"data\":{\"type\":\"customer\",\"id\":\"6630aa11bb22cc33dd44ee55\"}}");

    for (Webhooks.Response response : List.of(outbound, reopened, other)) {
      assertThat(response.status()).as(response.toString()).isEqualTo(200);
      assertThat(response.json().get("outcome").asString()).isEqualTo("ignored");
    }
    assertThat(exists(conversation)).isFalse();
  }

  @Test
  void whenKustomerCannotBeAskedKustomerIsToldToDeliverAgain() {
    String limited = Webhooks.newId();
    kustomer.conversations.put(
        limited,
        new KustomerStubServer.Answer(
            429,
            "{\"errors\":[{\"code\":\"too_many_requests\",\"message\":\"Rate limit exceeded\"}]}",
            Map.of("x-ratelimit-remaining", "0", "x-ratelimit-reset", "12")));

    Webhooks.Response response =
        webhooks.deliver(Webhooks.messageCreate(limited, Webhooks.newId(), "in", "hi"));

    assertProblem(response, 503, "kustomer-unavailable");
    assertThat(response.header("Retry-After")).isEqualTo("12");
    assertThat(exists(limited)).isFalse();
  }

  // ---- agent closes

  @Test
  void anAgentClosingTheConversationEndsTheRunAndLaterMessagesChangeNothing() throws Exception {
    String conversation = routedConversation();
    webhooks.deliver(Webhooks.messageCreate(conversation, "m-1", "in", "I want a person"));

    Webhooks.Response closed =
        webhooks.deliver(Webhooks.conversationUpdate(conversation, "open", "done"));

    assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
    assertThat(closed.json().get("outcome").asString()).isEqualTo("agent-closed");
    WorkflowStub run =
        temporal.newUntypedWorkflowStub(
            RefundWorkflow.workflowId(conversation), Optional.empty(), Optional.empty());
    ConversationView last =
        run.getResult(10, java.util.concurrent.TimeUnit.SECONDS, ConversationView.class);
    assertThat(last.messages())
        .extracting(Message::text)
        .contains("CLOSED by Kustomer user 6600b0b0b0b0b0b0b0b0b002: closed in Kustomer");
    assertThat(run.describe().getStatus())
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED);

    Webhooks.Response after =
        webhooks.deliver(Webhooks.messageCreate(conversation, "m-2", "in", "hello?"));
    Webhooks.Response closedAgain =
        webhooks.deliver(Webhooks.conversationUpdate(conversation, "open", "done"));
    assertThat(after.json().get("outcome").asString()).isEqualTo("closed");
    assertThat(closedAgain.json().get("outcome").asString()).isEqualTo("ignored");
  }

  // ---- the bearer token elsewhere

  @Test
  void everyOtherV1PathStillNeedsTheBearerToken() {
    Webhooks.Response refunds = webhooks.send(webhooks.request("/v1/refunds/anything").GET());
    Webhooks.Response traversal =
        webhooks.send(webhooks.request("/v1/webhooks/%2e%2e/refunds/anything").GET());
    Webhooks.Response pathParameter =
        webhooks.send(webhooks.request("/v1/webhooks;x=1/../refunds/anything").GET());
    Webhooks.Response webhookWithToken =
        webhooks.send(
            webhooks
                .request("/v1/webhooks/kustomer")
                .header("Authorization", "Bearer " + API_TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

    assertThat(refunds.status()).isEqualTo(401);
    assertThat(traversal.status()).as(traversal.toString()).isIn(400, 401);
    assertThat(pathParameter.status()).as(pathParameter.toString()).isIn(400, 401);
    assertProblem(webhookWithToken, 401, "webhook-signature");
  }

  static void awaitUntil(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (true) {
      try {
        if (condition.getAsBoolean()) {
          return;
        }
      } catch (RuntimeException notYet) {
        // the run may not be there yet
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 15 s");
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
