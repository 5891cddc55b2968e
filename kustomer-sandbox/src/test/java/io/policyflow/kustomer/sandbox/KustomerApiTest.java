package io.policyflow.kustomer.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.policyflow.kustomer.sandbox.KustomerSandboxConfig.Roles;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The REST side of the simulator: auth, JSON:API shapes, strict bodies, handoff writes. */
class KustomerApiTest {

  static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  static KustomerSandbox sandbox;
  static Api api;

  @BeforeAll
  static void start() {
    sandbox =
        KustomerSandbox.start(
            KustomerSandboxConfig.builder()
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .emitOutboundEvents(false)
                .build());
    api = new Api(sandbox.baseUrl(), KustomerSandboxConfig.DEFAULT_API_KEY);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @BeforeEach
  void reset() {
    sandbox.reset();
  }

  @Test
  void withoutOrWithAWrongKeyEveryRouteIs401WithKustomersErrorShape() {
    Api anonymous = new Api(sandbox.baseUrl(), null);
    Api wrong = new Api(sandbox.baseUrl(), "not-the-key");

    for (Api client : new Api[] {anonymous, wrong}) {
      Api.Response response = client.get("/v1/customers/email=jane.doe%40example.com");
      assertThat(response.status()).as(response.toString()).isEqualTo(401);
      JsonNode error = response.body().get("errors").get(0);
      assertThat(error.get("code").asText()).isEqualTo("unauthorized");
      assertThat(error.get("message").asText()).isNotBlank();
    }
    assertThat(api.get("/v1/auth/tokens/current").body().at("/data/attributes/roles"))
        .extracting(JsonNode::asText)
        .contains(Roles.CUSTOMER_READ, Roles.NOTE_CREATE);
  }

  @Test
  void aKeyWithoutTheRoleIs403() {
    try (KustomerSandbox readOnly =
        KustomerSandbox.start(
            KustomerSandboxConfig.builder().apiKeyRoles(Set.of(Roles.CUSTOMER_READ)).build())) {
      Api client = new Api(readOnly.baseUrl(), KustomerSandboxConfig.DEFAULT_API_KEY);
      assertThat(client.get("/v1/customers/email=jane.doe%40example.com").status()).isEqualTo(200);
      KustomerSandbox.ChatStart chat = readOnly.startChat("jane.doe@example.com", "hello");

      Api.Response note =
          client.post("/v1/conversations/" + chat.conversationId() + "/notes", "{\"body\":\"x\"}");

      assertThat(note.status()).isEqualTo(403);
      assertThat(note.body().at("/errors/0/detail").asText()).contains(Roles.NOTE_CREATE);
    }
  }

  @Test
  void theCustomerIsFoundByUrlEncodedEmailAsAJsonApiDocument() {
    Api.Response response = api.get("/v1/customers/email=Jane.Doe%40Example.com");

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    JsonNode data = response.body().get("data");
    assertThat(data.get("type").asText()).isEqualTo("customer");
    assertThat(data.get("id").asText())
        .isEqualTo(KustomerDemo.JANE_CUSTOMER_ID)
        .matches("[0-9a-f]{24}");
    assertThat(data.at("/attributes/emails/0/email").asText()).isEqualTo("jane.doe@example.com");
    assertThat(data.at("/attributes/firstName").asText()).isEqualTo("Jane");
    assertThat(data.at("/attributes/externalId").asText()).isEqualTo("1");
    assertThat(data.at("/attributes/createdAt").asText())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(data.at("/relationships/ecomm-order/meta/kobject").asBoolean()).isTrue();
    assertThat(response.header("x-ratelimit-limit")).isEqualTo("1000");
    assertThat(response.header("x-ratelimit-remaining")).isEqualTo("999");
    assertThat(response.header("x-ratelimit-reset")).isEqualTo("60");

    assertThat(api.get("/v1/customers/email=nobody%40example.com").status()).isEqualTo(404);
  }

  @Test
  void ordersArePagedKObjectsNewestFirst() {
    String path =
        "/v1/customers/" + KustomerDemo.JANE_CUSTOMER_ID + "/klasses/ecomm-order?page=1&pageSize=5";
    JsonNode first = api.get(path).body();

    assertThat(first.get("data")).hasSize(5);
    assertThat(first.at("/data/0/attributes/custom/orderNumberStr").asText())
        .isEqualTo("000000105");
    assertThat(first.at("/data/1/attributes/custom/orderNumberStr").asText())
        .isEqualTo("000000101");
    assertThat(first.at("/data/1/attributes/custom/totalPriceNum").decimalValue())
        .isEqualByComparingTo("15");
    assertThat(first.at("/data/1/attributes/data/items/0/name").asText())
        .isEqualTo("Affirm Water Bottle");
    assertThat(first.at("/data/1/attributes/externalId").asText()).isEqualTo("11");
    assertThat(first.at("/data/1/relationships/customer/data/id").asText())
        .isEqualTo(KustomerDemo.JANE_CUSTOMER_ID);
    assertThat(first.at("/meta/pageSize").asInt()).isEqualTo(5);
    String next = first.at("/links/next").asText();
    JsonNode second = api.get(next).body();
    assertThat(second.get("data")).hasSize(2);
    assertThat(second.at("/links/next").isNull()).isTrue();

    assertThat(api.get(path.replace("pageSize=5", "pageSize=101")).status()).isEqualTo(400);
    assertThat(api.get(path.replace("ecomm-order", "shopify-orders")).status()).isEqualTo(404);
  }

  @Test
  void aHandoffIsANoteATagAndAnAssignmentWithStatusOpen() {
    String id = sandbox.startChat("jane.doe@example.com", "hi").conversationId();
    String conversation = "/v1/conversations/" + id;

    Api.Response tags = api.post(conversation + "/tags", "[\"refund-bot-handoff\"]");
    Api.Response update =
        api.patch(
            conversation,
            """
        {"status": "open", "queue": {"id": "%s"}, "assignedTeams": ["%s"], "custom": {"refundBotStateStr": "handoff"}}
        """
                .formatted(KustomerDemo.REFUNDS_HUMAN_QUEUE_ID, KustomerDemo.TIER2_TEAM_ID));
    Api.Response note =
        api.post(
            conversation + "/notes", "{\"body\":\"Reason: the customer asked for a person.\"}");

    assertThat(tags.status()).as(tags.toString()).isEqualTo(200);
    assertThat(update.status()).as(update.toString()).isEqualTo(200);
    assertThat(update.body().at("/data/relationships/queue/data/id").asText())
        .isEqualTo(KustomerDemo.REFUNDS_HUMAN_QUEUE_ID);
    assertThat(update.body().at("/data/attributes/tags/0").asText()).matches("[0-9a-f]{24}");
    assertThat(note.status()).as(note.toString()).isEqualTo(201);
    assertThat(note.body().at("/data/type").asText()).isEqualTo("note");
    ConversationSnapshot snapshot = sandbox.conversation(id);
    assertThat(snapshot.tags()).containsExactly("refund-bot-handoff");
    assertThat(snapshot.queueId()).isEqualTo(KustomerDemo.REFUNDS_HUMAN_QUEUE_ID);
    assertThat(snapshot.assignedTeams()).containsExactly(KustomerDemo.TIER2_TEAM_ID);
    assertThat(snapshot.status()).isEqualTo("open");
    assertThat(snapshot.custom()).containsEntry("refundBotStateStr", "handoff");
    assertThat(snapshot.notes())
        .extracting(NoteView::body)
        .containsExactly("Reason: the customer asked for a person.");
  }

  @Test
  void bodiesAreCheckedStrictly() {
    String id = sandbox.startChat("jane.doe@example.com", "hi").conversationId();
    String conversation = "/v1/conversations/" + id;

    assertError(api.post(conversation + "/notes", "{}"), 400, "body");
    assertError(api.post(conversation + "/notes", "{\"body\":\"x\",\"text\":\"y\"}"), 400, "text");
    assertError(
        api.send("POST", conversation + "/notes", "{\"body\":\"x\"}", "text/plain"),
        415,
        "Content-Type");
    assertError(api.post(conversation + "/notes", "{\"body\":"), 400, "JSON");
    assertError(api.post(conversation + "/tags", "{\"tags\":[\"a\"]}"), 400, "array");
    assertError(
        api.patch(conversation, "{\"custom\":{\"refundBotState\":\"x\"}}"), 400, "must end in");
    assertError(api.patch(conversation, "{\"status\":\"closed\"}"), 400, "status");
    assertError(
        api.patch(conversation, "{\"queue\":{\"id\":\"6620aaaa00000000000000ff\"}}"), 400, "Queue");
    assertError(api.patch(conversation, "{\"assignedTeams\":[\"nope\"]}"), 400, "team");
    assertError(
        api.post(
            "/v2.1/chat/outbound/messages",
            """
        {"customerId": "%s", "from": "6600b0b0b0b0b0b0b0b0b0ff", "session": "%s", "body": "hi"}
        """
                .formatted(KustomerDemo.JANE_CUSTOMER_ID, id)),
        400,
        "from");
    assertError(
        api.post(
            "/v2.1/chat/outbound/messages",
            """
        {"customerId": "%s", "from": "%s", "session": "%s"}
        """
                .formatted(KustomerDemo.JANE_CUSTOMER_ID, KustomerDemo.BOT_USER_ID, id)),
        400,
        "body");
    assertError(api.get("/v1/conversations/not-an-id"), 400, "24 hex");
    assertError(api.get("/v1/conversations/6632cc00ffffffffffffffff"), 404, "not found");

    ConversationSnapshot unchanged = sandbox.conversation(id);
    assertThat(unchanged.notes()).isEmpty();
    assertThat(unchanged.tags()).isEmpty();
    assertThat(unchanged.outbound()).isEmpty();
  }

  @Test
  void conversationRoutesAnswerJsonApiErrorObjects() {
    Api.Response missing = api.get("/v1/conversations/6632cc00ffffffffffffffff");

    JsonNode error = missing.body().get("errors").get(0);
    assertThat(error.get("status").asText()).isEqualTo("404");
    assertThat(error.get("title").asText()).isEqualTo("Not Found");
    assertThat(error.get("detail").asText()).contains("Conversation not found");
  }

  @Test
  void theBotSpeaksThroughChatOutboundDraftsOrMessageRecords() {
    String id = sandbox.startChat("jane.doe@example.com", "hi").conversationId();

    Api.Response chat =
        api.post(
            "/v2.1/chat/outbound/messages",
            """
        {"customerId": "%s", "from": "%s", "session": "%s", "body": "Hello from the bot", "auto": true}
        """
                .formatted(KustomerDemo.JANE_CUSTOMER_ID, KustomerDemo.BOT_USER_ID, id));
    Api.Response draft =
        api.post(
            "/v1/customers/" + KustomerDemo.JANE_CUSTOMER_ID + "/drafts",
            """
        {"channel": "email", "conversation": "%s", "app": "postmark",
         "to": [{"email": "jane.doe@example.com", "name": "Jane Doe"}],
         "from": {"email": "support@shop.example", "name": "Shop"}, "subject": "Re: hi", "body": "By email",
         "auto": true, "sendAt": "2026-03-02T10:00:05.000Z"}
        """
                .formatted(id));
    Api.Response record =
        api.post(
            "/v1/conversations/" + id + "/messages",
            """
        {"channel": "chat", "app": "policyflow", "direction": "out", "preview": "A record", "status": "sent", "auto": true}
        """);

    assertThat(chat.status()).as(chat.toString()).isEqualTo(201);
    assertThat(draft.status()).as(draft.toString()).isEqualTo(200);
    assertThat(record.status()).as(record.toString()).isEqualTo(201);
    assertThat(sandbox.outboundMessages(id))
        .extracting(MessageView::via, MessageView::text, MessageView::auto)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("chat-outbound", "Hello from the bot", true),
            org.assertj.core.groups.Tuple.tuple("draft", "By email", true),
            org.assertj.core.groups.Tuple.tuple("message", "A record", true));
    assertThat(sandbox.outboundMessages(id).get(0).senderUserId())
        .isEqualTo(KustomerDemo.BOT_USER_ID);
  }

  @Test
  void theOrgBudgetAndThePerCustomerCreateLimitAnswer429WithRateLimitHeaders() {
    try (KustomerSandbox small =
        KustomerSandbox.start(
            KustomerSandboxConfig.builder()
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .orgRateLimitPerMinute(3)
                .createLimitPerCustomerPerMinute(1)
                .resetFormat(KustomerSandboxConfig.ResetFormat.EPOCH_SECONDS)
                .emitOutboundEvents(false)
                .build())) {
      Api client = new Api(small.baseUrl(), KustomerSandboxConfig.DEFAULT_API_KEY);
      String id = small.startChat("jane.doe@example.com", "hi").conversationId();

      assertThat(client.post("/v1/conversations/" + id + "/notes", "{\"body\":\"one\"}").status())
          .isEqualTo(201);
      Api.Response perCustomer =
          client.post("/v1/conversations/" + id + "/notes", "{\"body\":\"two\"}");
      assertThat(perCustomer.status()).isEqualTo(429);
      assertThat(perCustomer.body().at("/errors/0/code").asText()).isEqualTo("too_many_requests");
      assertThat(perCustomer.header("x-ratelimit-remaining")).isEqualTo("0");
      assertThat(perCustomer.header("Retry-After")).isNull();

      client.get("/v1/customers/" + KustomerDemo.JANE_CUSTOMER_ID);
      Api.Response org = client.get("/v1/customers/" + KustomerDemo.JANE_CUSTOMER_ID);
      assertThat(org.status()).isEqualTo(429);
      assertThat(org.header("x-ratelimit-limit")).isEqualTo("3");
      assertThat(org.header("x-ratelimit-reset"))
          .isEqualTo(Long.toString(NOW.plusSeconds(60).getEpochSecond()));
      assertThat(small.notes(id)).extracting(NoteView::body).containsExactly("one");
    }
  }

  @Test
  void forcedThrottlesAndFaultsHitTheNextCallsOnly() {
    sandbox.throttleNext(1, Duration.ofSeconds(7));
    Api.Response throttled = api.get("/v1/customers/" + KustomerDemo.JANE_CUSTOMER_ID);
    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.header("x-ratelimit-reset")).isEqualTo("7");
    sandbox.failNext(1, 503);
    assertThat(api.get("/v1/customers/" + KustomerDemo.JANE_CUSTOMER_ID).status()).isEqualTo(503);
    assertThat(api.get("/v1/customers/" + KustomerDemo.JANE_CUSTOMER_ID).status()).isEqualTo(200);
    assertThat(sandbox.requests())
        .extracting(RecordedRequest::status)
        .containsExactly(429, 503, 200);
  }

  private static void assertError(Api.Response response, int status, String mention) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    JsonNode error = response.body().get("errors").get(0);
    String text =
        error.has("message") ? error.get("message").asText() : error.get("detail").asText();
    assertThat(text + " " + error).containsIgnoringCase(mention);
  }
}
