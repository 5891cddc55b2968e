package io.policyflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyflow.api.realworkflow.FakeStore;
import io.policyflow.api.realworkflow.RealRefundWorkflow;
import io.policyflow.refund.text.DateText;
import io.policyflow.refund.text.MoneyText;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The API over real HTTP, against the starter's in-process Temporal test server running the real
 * refund workflow on {@code refund-conversations} with a {@link FakeStore} (the customers Jane and
 * Ada, one order each). What the bot says is asserted as the workflow says it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("real-workflow")
@Import(RealRefundWorkflow.class)
class RefundsApiTest {

  static final String TOKEN = "test-token-0123456789";
  static final String PROBLEM_JSON = "application/problem+json";

  @Value("${local.server.port}")
  int port;

  static final String GREETING =
      "Hi! I can help you with a refund. What's the email address you used for your order?";
  static final String JANE_ORDERS = orderList("000000101");

  @Autowired WorkflowClient temporal;

  @Autowired FakeStore store;

  ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(port, TOKEN);
  }

  static String newId() {
    return "c-" + UUID.randomUUID();
  }

  Response open(String conversationId) {
    return api.postJson("/v1/refunds", "{\"conversationId\":\"" + conversationId + "\"}");
  }

  Response say(String conversationId, String messageId, String text) {
    return api.postJson(
        "/v1/refunds/" + conversationId + "/messages",
        "{\"messageId\":\"" + messageId + "\",\"text\":" + ApiClient.quote(text) + "}");
  }

  /** The bot's list of a customer's orders (one order of {@link FakeStore}). */
  static String orderList(String number) {
    return "Here are your most recent orders. Which one would you like a refund for?\n1. #"
        + number
        + " — "
        + DateText.day(FakeStore.PLACED_AT, ZoneOffset.UTC)
        + " — "
        + MoneyText.format(new BigDecimal("59.00"), "EUR")
        + " — Affirm Water Bottle (complete)";
  }

  static List<String> texts(JsonNode messages) {
    List<String> texts = new ArrayList<>();
    messages.forEach(m -> texts.add(m.get("author").asString() + ": " + m.get("text").asString()));
    return texts;
  }

  static void assertProblem(Response response, int status) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.contentType()).as(response.toString()).startsWith(PROBLEM_JSON);
    JsonNode problem = response.json();
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("type").asString()).isNotBlank();
    assertThat(problem.get("title").asString()).isNotBlank();
    assertThat(problem.get("detail").asString()).isNotBlank();
    assertThat(problem.get("instance").asString()).startsWith("/");
  }

  // --- opening

  @Test
  void openingAConversationAnswers201WithLocationThen200WithTheSameConversation() {
    String id = newId();
    Response created =
        api.postJson(
            "/v1/refunds",
            """
        {"conversationId": "%s", "unknownTopLevel": [1, 2],
         "context": {"customerEmail": "ada@example.com", "emailVerified": true, "customerName": "Ada",
                     "locale": "en-GB", "channel": "web", "somethingNew": {"x": 1}}}
        """
                .formatted(id));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.header("Location")).isEqualTo("/v1/refunds/" + id);
    assertThat(created.contentType()).startsWith("application/json");
    JsonNode conversation = created.json();
    assertThat(conversation.get("conversationId").asString()).isEqualTo(id);
    assertThat(conversation.get("workflowId").asString()).isEqualTo("refund-" + id);
    assertThat(conversation.get("status").asString()).isEqualTo("ACTIVE");
    assertThat(conversation.get("awaiting").asString()).isEqualTo("ORDER");
    assertThat(texts(conversation.get("messages")))
        .containsExactly(
            "BOT: Hi Ada! I can help you with a refund.", "BOT: " + orderList("000000102"));
    JsonNode first = conversation.get("messages").get(0);
    assertThat(first.get("seq").asInt()).isEqualTo(1);
    assertThat(first.get("options").isArray()).isTrue();
    assertThat(first.get("options")).isEmpty();
    assertThat(Instant.parse(first.get("at").asString())).isNotNull();
    assertThat(conversation.get("messages").get(1).get("options").get(0).asString())
        .isEqualTo("#000000102");
    for (String absent : List.of("outcome", "order", "refund", "handoff")) {
      assertThat(conversation.has(absent)).as(absent + " present").isTrue();
      assertThat(conversation.get(absent).isNull()).as(absent + " null").isTrue();
    }

    Response again = open(id);
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.header("Location")).isNull();
    assertThat(again.json().get("messages")).isEqualTo(conversation.get("messages"));
  }

  @Test
  void openingWithoutContextWorks() {
    Response created = open(newId());
    assertThat(created.status()).isEqualTo(201);
    assertThat(texts(created.json().get("messages"))).containsExactly("BOT: " + GREETING);
  }

  // --- turns

  @Test
  void aTurnAnswersTheRepliesAndTheConversation() {
    String id = newId();
    open(id);

    Response turn = say(id, "m-1", "it's " + FakeStore.JANE);

    assertThat(turn.status()).as(turn.toString()).isEqualTo(200);
    assertThat(turn.contentType()).startsWith("application/json");
    JsonNode replies = turn.json().get("replies");
    assertThat(texts(replies)).containsExactly("BOT: " + JANE_ORDERS);
    assertThat(replies.get(0).get("seq").asInt()).isEqualTo(3);
    assertThat(replies.get(0).get("options").get(0).asString()).isEqualTo("#000000101");
    JsonNode conversation = turn.json().get("conversation");
    assertThat(texts(conversation.get("messages")))
        .containsExactly(
            "BOT: " + GREETING, "CUSTOMER: it's " + FakeStore.JANE, "BOT: " + JANE_ORDERS);
    assertThat(conversation.get("awaiting").asString()).isEqualTo("ORDER");
    assertThat(conversation.get("workflowId").asString()).isEqualTo("refund-" + id);
  }

  @Test
  void theSameMessageIdAgainGetsTheSameRepliesAndIsRecordedOnce() {
    String id = newId();
    open(id);
    Response first = say(id, "m-1", "it's " + FakeStore.JANE);

    Response second = say(id, "m-1", "it's " + FakeStore.JANE);
    Response sameIdOtherText = say(id, "m-1", "something else");

    assertThat(second.status()).isEqualTo(200);
    assertThat(second.json().get("replies")).isEqualTo(first.json().get("replies"));
    assertThat(sameIdOtherText.json().get("replies")).isEqualTo(first.json().get("replies"));
    List<String> transcript = texts(api.get("/v1/refunds/" + id).json().get("messages"));
    assertThat(transcript)
        .containsExactly(
            "BOT: " + GREETING, "CUSTOMER: it's " + FakeStore.JANE, "BOT: " + JANE_ORDERS);
  }

  @Test
  void textAtTheLimitsIsAccepted() {
    String id = newId();
    open(id);
    String longest = "x".repeat(1999) + "😀"; // 2,000 characters (code points), 2,001 UTF-16 chars
    Response atTheLimit = say(id, "m-long", longest);
    assertThat(atTheLimit.status()).isEqualTo(200);
    assertThat(texts(atTheLimit.json().get("replies")))
        .containsExactly(
            "BOT: I couldn't find an email address in"
                + " that. Could you type the email you used for your order (for example name@example.com)?");
    Response withNewlineAndTab = say(id, "m.2:b_c-d", "line one\n\tline two");
    assertThat(withNewlineAndTab.status()).isEqualTo(200);
    assertThat(texts(withNewlineAndTab.json().get("conversation").get("messages")))
        .contains("CUSTOMER: " + longest, "CUSTOMER: line one\n\tline two");
    assertThat(say(id, "m-" + "x".repeat(126), "max id").status()).isEqualTo(200);
  }

  @Test
  void aSlowTurnIsAnsweredWithAHoldingReplyAndTheOutcomeFollowsInTheTranscript() throws Exception {
    String id = newId();
    open(id);

    String slowTurn = "it's " + FakeStore.SLOW; // the store takes its time to find this customer
    long started = System.nanoTime();
    Response holding = say(id, "m-slow", slowTurn);
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(holding.status()).as(holding.toString()).isEqualTo(200);
    assertThat(took).isBetween(Duration.ofMillis(1800), Duration.ofSeconds(8));
    JsonNode reply = holding.json().get("replies").get(0);
    assertThat(holding.json().get("replies")).hasSize(1);
    assertThat(reply.get("seq").asInt()).isZero();
    assertThat(reply.get("author").asString()).isEqualTo("BOT");
    assertThat(reply.get("text").asString()).startsWith("I'm still working on that");
    assertThat(Instant.parse(reply.get("at").asString())).isNotNull();
    String answer = "BOT: " + orderList("000000103");
    assertThat(texts(holding.json().get("conversation").get("messages")))
        .endsWith("CUSTOMER: " + slowTurn)
        .doesNotContain(answer);

    // the chat backend retries the same message while it still runs: held again, not processed
    // twice
    Response retried = say(id, "m-slow", slowTurn);
    assertThat(retried.json().get("replies").get(0).get("seq").asInt()).isZero();

    store.releaseSlowLookup();
    List<String> transcript = List.of();
    for (int i = 0; i < 100 && !transcript.contains(answer); i++) {
      Thread.sleep(100);
      transcript = texts(api.get("/v1/refunds/" + id).json().get("messages"));
    }
    assertThat(transcript).endsWith("CUSTOMER: " + slowTurn, answer);
    assertThat(transcript.stream().filter(("CUSTOMER: " + slowTurn)::equals)).hasSize(1);

    Response afterwards = say(id, "m-slow", slowTurn);
    assertThat(texts(afterwards.json().get("replies"))).containsExactly(answer);
  }

  // --- reading

  @Test
  void getAnswersTheConversationWithAmountsAsDecimalStringsAndIsoDates() {
    String id = newId();
    open(id);
    say(id, "m-1", "it's " + FakeStore.JANE);
    say(id, "m-2", "#000000101");
    say(id, "m-3", "unused, still in the box");
    Response refunded = say(id, "m-4", "yes");

    Response got = api.get("/v1/refunds/" + id);

    assertThat(texts(refunded.json().get("replies")))
        .singleElement()
        .asString()
        .startsWith(
            "BOT: Done! I've refunded "
                + MoneyText.format(new BigDecimal("54.00"), "EUR")
                + " to your original payment method (check / money order). It will arrive in 3–5 business days, by ");
    assertThat(got.status()).isEqualTo(200);
    assertThat(got.contentType()).startsWith("application/json");
    JsonNode conversation = got.json();
    assertThat(conversation.get("status").asString()).isEqualTo("FOLLOWING_UP");
    assertThat(conversation.get("awaiting").asString()).isEqualTo("NOTHING");
    assertThat(conversation.get("outcome").asString()).isEqualTo("REFUNDED");
    JsonNode order = conversation.get("order");
    assertThat(order.get("number").asString()).isEqualTo("000000101");
    assertThat(order.get("placedAt").asString()).isEqualTo(FakeStore.PLACED_AT.toString());
    assertThat(order.get("total").isString()).as("total is a string").isTrue();
    assertThat(order.get("total").asString()).isEqualTo("59.00");
    assertThat(order.get("currency").asString()).isEqualTo("EUR");
    assertThat(order.get("state").asString()).isEqualTo("complete");
    JsonNode refund = conversation.get("refund");
    assertThat(refund.get("creditMemoId").asString()).isEqualTo(FakeStore.CREDIT_MEMO);
    assertThat(refund.get("amount").isString()).isTrue();
    assertThat(refund.get("amount").asString()).isEqualTo("54.00");
    assertThat(refund.get("currency").asString()).isEqualTo("EUR");
    assertThat(LocalDate.parse(refund.get("expectedBy").asString()))
        .isAfter(
            LocalDate.ofInstant(Instant.parse(refund.get("issuedAt").asString()), ZoneOffset.UTC));
    assertThat(conversation.get("handoff").isNull()).isTrue();
  }

  @Test
  void anUnknownConversationIs404() {
    assertProblem(api.get("/v1/refunds/nobody-here"), 404);
    assertProblem(say("nobody-here", "m-1", "hello"), 404);
    assertThat(api.get("/v1/refunds/nobody-here").json().get("type").asString())
        .contains("conversation-not-found");
  }

  // --- closed conversations

  @Test
  void aCompletedConversationAnswers409ToMessagesAndIsNotStartedAgain() throws Exception {
    String id = newId();
    open(id);
    Response cancelled = say(id, "m-bye", "never mind");
    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(texts(cancelled.json().get("replies")))
        .containsExactly(
            "BOT: All right, I've stopped here and nothing has been refunded. Have a good day!");
    WorkflowStub workflow = temporal.newUntypedWorkflowStub("refund-" + id);
    awaitCompleted(workflow);
    String runId = workflow.describe().getExecution().getRunId();

    assertProblem(say(id, "m-after", "hello?"), 409);

    Response got = api.get("/v1/refunds/" + id);
    assertThat(got.status()).isEqualTo(200);
    assertThat(got.json().get("status").asString()).isEqualTo("CLOSED");

    Response reopened = open(id);
    assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
    assertThat(reopened.header("Location")).isNull();
    assertThat(reopened.json().get("status").asString()).isEqualTo("CLOSED");
    assertThat(texts(reopened.json().get("messages")))
        .endsWith(
            "CUSTOMER: never mind",
            "BOT: All right, I've stopped here and nothing has been refunded. Have a good day!");
    assertThat(workflow.describe().getExecution().getRunId()).isEqualTo(runId);
    assertThat(workflow.describe().getStatus())
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED);
  }

  static void awaitCompleted(WorkflowStub workflow) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      if (workflow.describe().getStatus()
          != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the workflow did not complete");
  }

  // --- bad input

  static Stream<Arguments> invalidOpenings() {
    return Stream.of(
        Arguments.of("{}", "conversationId"),
        Arguments.of("{\"conversationId\": null}", "conversationId"),
        Arguments.of("{\"conversationId\": \"\"}", "conversationId"),
        Arguments.of("{\"conversationId\": \"has space\"}", "conversationId"),
        Arguments.of("{\"conversationId\": \"a/b\"}", "conversationId"),
        Arguments.of("{\"conversationId\": \"é\"}", "conversationId"),
        Arguments.of("{\"conversationId\": \"" + "c".repeat(129) + "\"}", "conversationId"),
        Arguments.of(
            "{\"conversationId\": \"ok\", \"context\": {\"customerName\": \"Ada\\u0007\"}}",
            "context.customerName"),
        Arguments.of(
            "{\"conversationId\": \"ok\", \"context\": {\"customerEmail\": \""
                + "e".repeat(255)
                + "\"}}",
            "context.customerEmail"),
        Arguments.of("{\"conversationId\": \"ok\", \"context\": \"oops\"}", "context"),
        Arguments.of(
            "{\"conversationId\": \"ok\", \"context\": {\"emailVerified\": \"maybe\"}}",
            "context.emailVerified"));
  }

  @ParameterizedTest
  @MethodSource("invalidOpenings")
  void anInvalidOpeningIs400NamingTheField(String body, String field) {
    Response response = api.postJson("/v1/refunds", body);

    assertProblem(response, 400);
    assertThat(response.json().get("detail").asString()).contains(field);
    assertThat(response.json().get("field").asString()).isEqualTo(field);
  }

  static Stream<Arguments> invalidTurns() {
    return Stream.of(
        Arguments.of("{\"text\": \"hi\"}", "messageId"),
        Arguments.of("{\"messageId\": \"\", \"text\": \"hi\"}", "messageId"),
        Arguments.of("{\"messageId\": \"m 1\", \"text\": \"hi\"}", "messageId"),
        Arguments.of("{\"messageId\": \"m#1\", \"text\": \"hi\"}", "messageId"),
        Arguments.of("{\"messageId\": \"" + "m".repeat(129) + "\", \"text\": \"hi\"}", "messageId"),
        Arguments.of("{\"messageId\": \"m-1\"}", "text"),
        Arguments.of("{\"messageId\": \"m-1\", \"text\": \"\"}", "text"),
        Arguments.of("{\"messageId\": \"m-1\", \"text\": \" \\n\\t \"}", "text"),
        Arguments.of("{\"messageId\": \"m-1\", \"text\": \"" + "x".repeat(2001) + "\"}", "text"),
        Arguments.of("{\"messageId\": \"m-1\", \"text\": \"bell\\u0007\"}", "text"),
        Arguments.of("{\"messageId\": \"m-1\", \"text\": \"nul\\u0000\"}", "text"),
        Arguments.of("{\"messageId\": \"m-1\", \"text\": \"cr\\r\\n\"}", "text"),
        Arguments.of("{\"messageId\": \"m-1\", \"text\": \"esc\\u001b[31m\"}", "text"),
        Arguments.of("{\"messageId\": \"m-1\", \"text\": \"c1\\u0085\"}", "text"),
        Arguments.of("{\"messageId\": \"m-1\", \"text\": \"lone \\ud800 surrogate\"}", "text"),
        Arguments.of("{\"messageId\": \"m-1\", \"text\": [\"a\"]}", "text"));
  }

  @ParameterizedTest
  @MethodSource("invalidTurns")
  void anInvalidTurnIs400NamingTheFieldAndLeavesTheConversationAlone(String body, String field) {
    String id = newId();
    JsonNode before = open(id).json().get("messages");

    Response response = api.postJson("/v1/refunds/" + id + "/messages", body);

    assertProblem(response, 400);
    assertThat(response.json().get("detail").asString()).contains(field);
    assertThat(response.json().get("field").asString()).isEqualTo(field);
    assertThat(api.get("/v1/refunds/" + id).json().get("messages")).isEqualTo(before);
  }

  @Test
  void anInvalidConversationIdInThePathIs400() {
    for (String path :
        List.of(
            "/v1/refunds/has%20space", "/v1/refunds/%C3%A9", "/v1/refunds/" + "c".repeat(129))) {
      Response got = api.get(path);
      assertProblem(got, 400);
      assertThat(got.json().get("field").asString()).isEqualTo("conversationId");
      Response posted =
          api.postJson(path + "/messages", "{\"messageId\": \"m-1\", \"text\": \"hi\"}");
      assertProblem(posted, 400);
      assertThat(posted.json().get("detail").asString()).contains("conversationId");
    }
  }

  @Test
  void malformedJsonIs400() {
    String id = newId();
    open(id);
    for (String body :
        List.of("{", "", "not json", "{\"conversationId\": \"x\",}", "[1,2]", "null")) {
      assertProblem(api.postJson("/v1/refunds", body), 400);
      assertProblem(api.postJson("/v1/refunds/" + id + "/messages", body), 400);
    }
    assertThat(api.postJson("/v1/refunds", "{").json().get("type").asString())
        .contains("malformed-request");
  }

  @Test
  void aWrongContentTypeIs415() {
    String id = newId();
    open(id);
    Response plain =
        api.send(
            api.request("/v1/refunds", TOKEN)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"conversationId\": \"x\"}")));
    assertProblem(plain, 415);
    Response form =
        api.send(
            api.request("/v1/refunds/" + id + "/messages", TOKEN)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("messageId=m-1&text=hi")));
    assertProblem(form, 415);
    Response none =
        api.send(
            api.request("/v1/refunds", TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("{\"conversationId\": \"x\"}")));
    assertProblem(none, 415);
  }

  @Test
  void aWrongMethodIs405() {
    Response delete = api.send(api.request("/v1/refunds/c-1", TOKEN).DELETE());
    assertProblem(delete, 405);
    assertThat(delete.header("Allow")).contains("GET");
    Response list = api.get("/v1/refunds");
    assertProblem(list, 405);
    assertThat(list.header("Allow")).contains("POST");
  }

  @Test
  void anUnknownPathIs404() {
    assertProblem(api.get("/v1/nothing-here"), 404);
  }

  @Test
  void errorsAreProblemJsonEvenWhenTheClientAsksForJson() {
    Response response =
        api.send(
            api.request("/v1/refunds/nobody", TOKEN).header("Accept", "application/json").GET());
    assertProblem(response, 404);
  }

  // --- authentication

  @Test
  void v1CallsWithoutTheRightTokenAre401() {
    String id = newId();
    open(id);
    List<Response> responses =
        List.of(
            api.send(api.request("/v1/refunds/" + id, null).GET()),
            api.send(api.request("/v1/refunds/" + id, "wrong-token").GET()),
            api.send(api.request("/v1/refunds/" + id, TOKEN + "x").GET()),
            api.send(
                api.request("/v1/refunds/" + id, null)
                    .header("Authorization", "Basic " + TOKEN)
                    .GET()),
            api.send(
                api.request("/v1/refunds/" + id, null).header("Authorization", "Bearer").GET()),
            api.send(
                api.request("/v1/refunds", null)
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"conversationId\": \"" + newId() + "\"}"))),
            api.send(
                api.request("/v1/refunds/" + id + "/messages", "nope")
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"messageId\": \"m-1\", \"text\": \"hi\"}"))),
            api.send(api.request("/v1/nothing-here", null).GET()),
            api.send(api.request("/v1;jsessionid=x/refunds/" + id, null).GET()));

    for (Response response : responses) {
      assertProblem(response, 401);
      assertThat(response.header("WWW-Authenticate")).as(response.toString()).startsWith("Bearer");
    }
    assertThat(texts(api.get("/v1/refunds/" + id).json().get("messages")))
        .containsExactly("BOT: " + GREETING);
  }

  @Test
  void theSchemeIsCaseInsensitive() {
    String id = newId();
    open(id);
    Response response =
        api.send(
            api.request("/v1/refunds/" + id, null)
                .header("Authorization", "bearer " + TOKEN)
                .GET());
    assertThat(response.status()).isEqualTo(200);
  }

  @Test
  void healthNeedsNoToken() {
    Response health = api.send(api.request("/actuator/health", null).GET());
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().get("status").asString()).isEqualTo("UP");
  }
}
