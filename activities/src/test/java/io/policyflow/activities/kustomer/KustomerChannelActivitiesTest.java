package io.policyflow.activities.kustomer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.policyflow.activities.kustomer.KustomerStub.BOT;
import static io.policyflow.activities.kustomer.KustomerStub.CHAT;
import static io.policyflow.activities.kustomer.KustomerStub.JANE;
import static io.policyflow.activities.kustomer.KustomerStub.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.policyflow.activities.kustomer.KustomerChannelConfig.OutboundMode;
import io.policyflow.refund.channel.ChannelEvent;
import io.policyflow.refund.channel.ChannelFailures;
import io.policyflow.refund.conversation.Author;
import io.policyflow.refund.conversation.HandoffView;
import io.policyflow.refund.conversation.Message;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bot messages and handoffs as Kustomer calls. */
class KustomerChannelActivitiesTest {

  @RegisterExtension static WireMockExtension wm = KustomerStub.server();

  static final String HUMANS = "6620aaaa0000000000000002";
  static final String TEAM = "5cb000000000000000000001";
  static final Message GREETING =
      new Message(
          1,
          Author.BOT,
          "Hi! I can help you with a refund. What's the email address you used for your order?",
          List.of(),
          Instant.parse("2024-05-03T08:40:13Z"));
  static final Message QUESTION =
      new Message(
          4,
          Author.BOT,
          "Were the items unused?",
          List.of("Yes, unused", "No, they've been used"),
          Instant.parse("2024-05-03T08:40:20Z"));

  KustomerChannelActivities channel(KustomerChannelConfig config) {
    return new KustomerChannelActivities(KustomerStub.client(wm), config, KustomerStub.CLOCK);
  }

  KustomerChannelConfig handoffConfig() {
    return new KustomerChannelConfig(
        OutboundMode.AUTO,
        BOT,
        null,
        null,
        null,
        null,
        null,
        null,
        true,
        List.of("refund-bot-handoff"),
        HUMANS,
        List.of(TEAM),
        null,
        4,
        "refundBotStateStr",
        0);
  }

  @Test
  void aChatMessageIsAnAutomatedChatOutboundMessageAsTheBotUser() {
    wm.stubFor(
        get(urlEqualTo("/v1/conversations/" + CHAT))
            .willReturn(json(200, "conversation-chat.json")));
    wm.stubFor(
        post(urlEqualTo("/v2.1/chat/outbound/messages"))
            .willReturn(json(201, "message-created.json")));
    KustomerChannelActivities channel = channel(KustomerChannelConfig.chat(BOT));

    channel.deliver(ChannelEvent.message(CHAT, GREETING));
    channel.deliver(ChannelEvent.message(CHAT, QUESTION));

    List<LoggedRequest> sent =
        wm.findAll(postRequestedFor(urlEqualTo("/v2.1/chat/outbound/messages")));
    assertThat(sent).hasSize(2);
    wm.verify(
        postRequestedFor(urlEqualTo("/v2.1/chat/outbound/messages"))
            .withRequestBody(
                equalToJson(
                    """
        {"customerId": "%s", "from": "%s", "session": "%s", "auto": true,
         "body": "Hi! I can help you with a refund. What's the email address you used for your order?"}
        """
                        .formatted(JANE, BOT, CHAT),
                    false,
                    false)));
    wm.verify(
        postRequestedFor(urlEqualTo("/v2.1/chat/outbound/messages"))
            .withRequestBody(
                matchingJsonPath(
                    "$.body",
                    com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                        "Were the items unused?\n\n• Yes, unused\n• No, they've been used"))));
    wm.verify(1, getRequestedFor(urlEqualTo("/v1/conversations/" + CHAT)));
  }

  @Test
  void anEmailConversationGetsAScheduledDraftToTheCustomersAddress() {
    String id = KustomerStub.EMAIL_CONVERSATION;
    wm.stubFor(
        get(urlEqualTo("/v1/conversations/" + id))
            .willReturn(json(200, "conversation-email.json")));
    wm.stubFor(
        get(urlEqualTo("/v1/customers/" + JANE)).willReturn(json(200, "customer-jane.json")));
    wm.stubFor(
        post(urlEqualTo("/v1/customers/" + JANE + "/drafts"))
            .willReturn(json(200, "draft-created.json")));
    KustomerChannelActivities channel =
        channel(
            new KustomerChannelConfig(
                OutboundMode.AUTO,
                BOT,
                null,
                null,
                "postmark",
                "support@shop.example",
                "Shop Support",
                Duration.ofSeconds(5),
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                0));

    channel.deliver(ChannelEvent.message(id, GREETING));

    wm.verify(
        postRequestedFor(urlEqualTo("/v1/customers/" + JANE + "/drafts"))
            .withRequestBody(
                equalToJson(
                    """
        {"channel": "email", "conversation": "%s", "app": "postmark",
         "to": [{"email": "jane@example.com", "name": "Jane Doe"}],
         "from": {"email": "support@shop.example", "name": "Shop Support"},
         "subject": "Re: My bottle arrived broken",
         "body": "Hi! I can help you with a refund. What's the email address you used for your order?",
         "auto": true, "sendAt": "2024-05-03T08:41:05.000Z"}
        """
                        .formatted(id),
                    false,
                    false)));
  }

  @Test
  void anotherChannelGetsAMessageRecord() {
    String id = KustomerStub.WHATSAPP_CONVERSATION;
    wm.stubFor(
        get(urlEqualTo("/v1/conversations/" + id))
            .willReturn(json(200, "conversation-whatsapp.json")));
    wm.stubFor(
        post(urlEqualTo("/v1/conversations/" + id + "/messages"))
            .willReturn(json(201, "message-created.json")));

    channel(KustomerChannelConfig.chat(BOT)).deliver(ChannelEvent.message(id, GREETING));

    wm.verify(
        postRequestedFor(urlEqualTo("/v1/conversations/" + id + "/messages"))
            .withRequestBody(
                equalToJson(
                    """
        {"channel": "whatsapp", "app": "policyflow", "direction": "out", "status": "sent", "auto": true,
         "preview": "Hi! I can help you with a refund. What's the email address you used for your order?"}
        """,
                    false,
                    false)));
  }

  @Test
  void customerAndAgentLinesAreNeverEchoed() {
    channel(KustomerChannelConfig.chat(BOT))
        .deliver(
            ChannelEvent.message(
                CHAT,
                new Message(
                    2, Author.CUSTOMER, "my email is jane@example.com", List.of(), Instant.EPOCH)));

    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void aHandoffTagsAssignsOpensAndLeavesANoteWithTheSummary() {
    wm.stubFor(
        post(urlEqualTo("/v1/conversations/" + CHAT + "/tags"))
            .willReturn(json(200, "conversation-handed-off.json")));
    wm.stubFor(
        patch(urlEqualTo("/v1/conversations/" + CHAT))
            .willReturn(json(200, "conversation-handed-off.json")));
    wm.stubFor(
        post(urlEqualTo("/v1/conversations/" + CHAT + "/notes"))
            .willReturn(json(201, "note-created.json")));
    String summary =
        """
        Reason: The customer asked for a person.
        Conversation: 6632cc00dd00ee00ff000111 (workflow refund-6632cc00dd00ee00ff000111)
        Customer: Jane Doe <jane@example.com> (customer id 314)
        Order: #000001042, placed 28 Apr 2024, total €59.00, paid €59.00, already refunded €0.00, state complete
        Transcript:
        BOT: Hi! ...""";

    channel(handoffConfig())
        .deliver(
            ChannelEvent.handoff(
                CHAT,
                new HandoffView(
                    "The customer asked for a person.",
                    summary,
                    Instant.parse("2024-05-03T08:45:00Z"))));

    List<String> calls =
        new java.util.ArrayList<>(
            wm.getAllServeEvents().stream()
                .map(e -> e.getRequest().getMethod() + " " + e.getRequest().getUrl())
                .toList());
    java.util.Collections.reverse(calls); // WireMock lists the newest first
    assertThat(calls)
        .containsExactly(
            "POST /v1/conversations/" + CHAT + "/tags",
            "PATCH /v1/conversations/" + CHAT,
            "POST /v1/conversations/" + CHAT + "/notes");
    wm.verify(
        postRequestedFor(urlEqualTo("/v1/conversations/" + CHAT + "/tags"))
            .withRequestBody(equalToJson("[\"refund-bot-handoff\"]")));
    wm.verify(
        patchRequestedFor(urlEqualTo("/v1/conversations/" + CHAT))
            .withRequestBody(
                equalToJson(
                    """
        {"status": "open", "priority": 4, "queue": {"id": "%s"}, "assignedTeams": ["%s"],
         "custom": {"refundBotStateStr": "handoff"}}
        """
                        .formatted(HUMANS, TEAM))));
    String note =
        wm.findAll(postRequestedFor(urlEqualTo("/v1/conversations/" + CHAT + "/notes")))
            .get(0)
            .getBodyAsString();
    assertThat(note)
        .contains(
            "Refund bot handoff at 2024-05-03T08:45:00.000Z",
            "Reason: The customer asked for a person.",
            "#000001042",
            "€59.00",
            "jane@example.com",
            "Transcript:");
  }

  @Test
  void aLongSummaryIsCutToTheNoteLimit() {
    KustomerChannelActivities channel =
        channel(
            new KustomerChannelConfig(
                OutboundMode.MESSAGE,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                500));

    String note = channel.note(new HandoffView("r", "x".repeat(5000), Instant.EPOCH));

    assertThat(note).hasSize(500).endsWith("the whole transcript is in the workflow's view)");
  }

  @Test
  void anUnknownConversationIsRejectedForGood() {
    wm.stubFor(
        get(urlEqualTo("/v1/conversations/" + CHAT))
            .willReturn(json(404, "error-404-jsonapi.json")));

    ApplicationFailure failure =
        catchThrowableOfType(
            ApplicationFailure.class,
            () ->
                channel(KustomerChannelConfig.chat(BOT))
                    .deliver(ChannelEvent.message(CHAT, GREETING)));

    assertThat(failure.getType()).isEqualTo(ChannelFailures.REJECTED);
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(failure.getOriginalMessage()).contains("HTTP 404");
  }

  @Test
  void aRateLimitedPostIsRetriedByTemporalAfterTheReset() {
    wm.stubFor(
        get(urlEqualTo("/v1/conversations/" + CHAT))
            .willReturn(json(200, "conversation-chat.json")));
    wm.stubFor(
        post(urlEqualTo("/v2.1/chat/outbound/messages"))
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("x-ratelimit-limit", "120")
                    .withHeader("x-ratelimit-remaining", "0")
                    .withHeader("x-ratelimit-reset", "9")
                    .withBody(KustomerStub.fixture("error-429.json"))));

    ApplicationFailure failure =
        catchThrowableOfType(
            ApplicationFailure.class,
            () ->
                channel(KustomerChannelConfig.chat(BOT))
                    .deliver(ChannelEvent.message(CHAT, GREETING)));

    assertThat(failure.getType()).isEqualTo(KustomerErrors.RATE_LIMITED);
    assertThat(failure.isNonRetryable()).isFalse();
    assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(9));
  }

  @Test
  void chatNeedsTheBotUserAndDraftsASender() {
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class, () -> KustomerChannelConfig.chat(" ")))
        .hasMessageContaining("KUSTOMER_BOT_USER_ID");
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class,
                () ->
                    new KustomerChannelConfig(
                        OutboundMode.DRAFT,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        0)))
        .hasMessageContaining("email-from");
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class,
                () ->
                    new KustomerChannelConfig(
                        OutboundMode.MESSAGE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "refundBotState",
                        0)))
        .hasMessageContaining("ending in Str");
  }

  @Test
  void aMalformedEventIsRejected() {
    ApplicationFailure failure =
        catchThrowableOfType(
            ApplicationFailure.class,
            () ->
                channel(KustomerChannelConfig.chat(BOT))
                    .deliver(new ChannelEvent(CHAT, "message", null, null)));

    assertThat(failure.getType()).isEqualTo(ChannelFailures.REJECTED);
    wm.verify(0, getRequestedFor(anyUrl()));
  }
}
