package io.policyflow.activities.kustomer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.policyflow.activities.kustomer.KustomerStub.CHAT;
import static io.policyflow.activities.kustomer.KustomerStub.JANE;
import static io.policyflow.activities.kustomer.KustomerStub.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.policyflow.activities.kustomer.dto.ConversationUpdate;
import io.policyflow.activities.kustomer.dto.KustomerDocument;
import io.policyflow.activities.kustomer.dto.KustomerList;
import io.policyflow.activities.kustomer.dto.NoteRequest;
import io.policyflow.refund.commerce.CommerceFailures;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every Kustomer call: method, path, headers and body as Kustomer expects them; errors as Temporal
 * failures.
 */
class KustomerClientContractTest {

  @RegisterExtension static WireMockExtension wm = KustomerStub.server();

  KustomerClient kustomer;

  @BeforeEach
  void client() {
    kustomer = KustomerStub.client(wm);
  }

  @Test
  void theEmailLookupPutsTheUrlEncodedEmailInThePathWithTheBearerKey() {
    wm.stubFor(
        get(urlEqualTo("/v1/customers/email=jane.o%2Bshop%40example.com"))
            .willReturn(json(200, "customer-jane.json")));

    KustomerDocument customer =
        kustomer.customerByEmail(KustomerClient.encodeEmail("jane.o+shop@example.com"));

    assertThat(customer.data().id()).isEqualTo(JANE);
    assertThat(customer.data().text("firstName")).isEqualTo("Jane");
    assertThat(customer.data().attributes().at("/custom/magentoCustomerIdNum").asInt())
        .isEqualTo(314);
    wm.verify(
        getRequestedFor(urlEqualTo("/v1/customers/email=jane.o%2Bshop%40example.com"))
            .withHeader("Authorization", equalTo("Bearer " + KustomerStub.KEY))
            .withHeader("Accept", equalTo("application/json")));
  }

  @Test
  void kobjectsArePagedByNumberAndSize() {
    wm.stubFor(
        get(urlEqualTo("/v1/customers/" + JANE + "/klasses/ecomm-order?page=2&pageSize=100"))
            .willReturn(json(200, "kobjects-jane-page2.json")));

    KustomerList page = kustomer.customerKObjects(JANE, "ecomm-order", 2, 100);

    assertThat(page.data())
        .singleElement()
        .satisfies(
            k -> {
              assertThat(k.type()).isEqualTo("kobject");
              assertThat(k.relationshipId("customer")).isEqualTo(JANE);
            });
    assertThat(page.hasNext()).isFalse();
  }

  @Test
  void theHandoffUpdateIsAFlatPatchWithoutNullsAndWithoutTags() {
    wm.stubFor(
        patch(urlEqualTo("/v1/conversations/" + CHAT))
            .willReturn(json(200, "conversation-handed-off.json")));

    KustomerDocument updated =
        kustomer.updateConversation(
            CHAT,
            new ConversationUpdate(
                "open",
                4,
                new ConversationUpdate.Queue("6620aaaa0000000000000002"),
                List.of("5cb000000000000000000001"),
                null,
                Map.of("refundBotStateStr", "handoff")));

    assertThat(updated.data().relationshipId("queue")).isEqualTo("6620aaaa0000000000000002");
    wm.verify(
        patchRequestedFor(urlEqualTo("/v1/conversations/" + CHAT))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(
                equalToJson(
                    """
            {"status": "open", "priority": 4, "queue": {"id": "6620aaaa0000000000000002"},
             "assignedTeams": ["5cb000000000000000000001"], "custom": {"refundBotStateStr": "handoff"}}
            """,
                    false,
                    false)));
  }

  @Test
  void tagsAreABareJsonArrayAndNotesAFlatBody() {
    wm.stubFor(
        post(urlEqualTo("/v1/conversations/" + CHAT + "/tags"))
            .willReturn(json(200, "conversation-handed-off.json")));
    wm.stubFor(
        post(urlEqualTo("/v1/conversations/" + CHAT + "/notes"))
            .willReturn(json(201, "note-created.json")));

    kustomer.appendTags(CHAT, List.of("refund-bot-handoff", "needs-human"));
    KustomerDocument note =
        kustomer.createNote(CHAT, new NoteRequest("Reason: asked for a person"));

    assertThat(note.data().id()).isEqualTo("6632ee000000000000000042");
    wm.verify(
        postRequestedFor(urlEqualTo("/v1/conversations/" + CHAT + "/tags"))
            .withRequestBody(
                equalToJson("[\"refund-bot-handoff\", \"needs-human\"]", false, false)));
    wm.verify(
        postRequestedFor(urlEqualTo("/v1/conversations/" + CHAT + "/notes"))
            .withRequestBody(
                equalToJson("{\"body\": \"Reason: asked for a person\"}", false, false)));
  }

  @Test
  void theKeyCheckReadsTheCurrentToken() {
    wm.stubFor(
        get(urlEqualTo("/v1/auth/tokens/current"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"data\":{\"type\":\"token\",\"id\":\"6600cccc0000000000000001\",\"attributes\":{\"name\":\"bot\","
                            + "\"roles\":[\"org.permission.customer.read\"],\"lastTokenChars\":\"-key\"}}}")));

    assertThat(kustomer.currentToken().data().attributes().at("/roles/0").asText())
        .isEqualTo("org.permission.customer.read");
  }

  // ---- errors
  // ------------------------------------------------------------------------------------------------

  @Test
  void notFoundIsNonRetryableInBothErrorShapesAndTheEmailIsMasked() {
    wm.stubFor(
        get(urlEqualTo("/v1/customers/email=nobody%40example.com"))
            .willReturn(json(404, "error-404-customer.json")));
    wm.stubFor(
        get(urlEqualTo("/v1/conversations/6632cc00dd00ee00ff000999"))
            .willReturn(json(404, "error-404-jsonapi.json")));

    ApplicationFailure customer =
        catchThrowableOfType(
            ApplicationFailure.class,
            () -> kustomer.customerByEmail(KustomerClient.encodeEmail("nobody@example.com")));
    ApplicationFailure conversation =
        catchThrowableOfType(
            ApplicationFailure.class, () -> kustomer.conversation("6632cc00dd00ee00ff000999"));

    assertThat(customer.getType()).isEqualTo(CommerceFailures.NOT_FOUND);
    assertThat(customer.isNonRetryable()).isTrue();
    assertThat(customer.getOriginalMessage())
        .contains("GET /v1/customers/email=***", "not_found: Customer not found.")
        .doesNotContain("nobody");
    assertThat(conversation.getType()).isEqualTo(CommerceFailures.NOT_FOUND);
    assertThat(conversation.getOriginalMessage())
        .contains("Conversation not found: 6632cc00dd00ee00ff000999");
  }

  @Test
  void aWrongKeyOrAMissingRoleIsNonRetryableUnauthorizedWithoutTheKey() {
    wm.stubFor(
        get(urlEqualTo("/v1/conversations/" + CHAT)).willReturn(json(401, "error-401.json")));
    wm.stubFor(
        post(urlEqualTo("/v1/conversations/" + CHAT + "/notes"))
            .willReturn(json(403, "error-403.json")));

    ApplicationFailure unauthorized =
        catchThrowableOfType(ApplicationFailure.class, () -> kustomer.conversation(CHAT));
    ApplicationFailure forbidden =
        catchThrowableOfType(
            ApplicationFailure.class, () -> kustomer.createNote(CHAT, new NoteRequest("x")));

    assertThat(unauthorized.getType()).isEqualTo(CommerceFailures.UNAUTHORIZED);
    assertThat(unauthorized.isNonRetryable()).isTrue();
    assertThat(unauthorized.getOriginalMessage()).doesNotContain(KustomerStub.KEY);
    assertThat(forbidden.getType()).isEqualTo(CommerceFailures.UNAUTHORIZED);
    assertThat(forbidden.getOriginalMessage())
        .contains("org.permission.note.create", "lacks a role");
  }

  @Test
  void aBadRequestIsNonRetryable() {
    wm.stubFor(
        patch(urlEqualTo("/v1/conversations/" + CHAT))
            .willReturn(json(400, "error-400-custom.json")));

    ApplicationFailure failure =
        catchThrowableOfType(
            ApplicationFailure.class,
            () ->
                kustomer.updateConversation(
                    CHAT,
                    new ConversationUpdate(
                        "open", null, null, null, null, Map.of("refundBotState", "handoff"))));

    assertThat(failure.getType()).isEqualTo(CommerceFailures.BAD_REQUEST);
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(failure.getOriginalMessage())
        .contains("bad_request: Invalid custom attribute 'refundBotState'");
  }

  @Test
  void a429IsRetryableAfterXRateLimitResetInSeconds() {
    wm.stubFor(
        get(urlEqualTo("/v1/conversations/" + CHAT))
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("x-ratelimit-limit", "1000")
                    .withHeader("x-ratelimit-remaining", "0")
                    .withHeader("x-ratelimit-reset", "17")
                    .withBody(KustomerStub.fixture("error-429.json"))));

    ApplicationFailure failure =
        catchThrowableOfType(ApplicationFailure.class, () -> kustomer.conversation(CHAT));

    assertThat(failure.getType()).isEqualTo(KustomerErrors.RATE_LIMITED);
    assertThat(failure.isNonRetryable()).isFalse();
    assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(17));
    assertThat(failure.getOriginalMessage()).contains("too_many_requests: Rate limit exceeded");
  }

  @Test
  void a429PrefersRetryAfterAndReadsAnEpochReset() {
    wm.stubFor(
        get(urlEqualTo("/v1/conversations/" + CHAT))
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Retry-After", "3")
                    .withHeader("x-ratelimit-reset", "17")));
    wm.stubFor(
        get(urlEqualTo("/v1/customers/" + JANE))
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader(
                        "x-ratelimit-reset",
                        Long.toString(KustomerStub.NOW.plusSeconds(25).getEpochSecond()))));
    wm.stubFor(
        get(urlEqualTo("/v1/customers/email=x%40example.com"))
            .willReturn(aResponse().withStatus(429).withHeader("x-ratelimit-reset", "3600")));

    // each in a fresh client: the first 429 also closes the client's rate-limit gate
    assertThat(
            catchThrowableOfType(
                    ApplicationFailure.class, () -> KustomerStub.client(wm).conversation(CHAT))
                .getNextRetryDelay())
        .isEqualTo(Duration.ofSeconds(3));
    assertThat(
            catchThrowableOfType(
                    ApplicationFailure.class, () -> KustomerStub.client(wm).customer(JANE))
                .getNextRetryDelay())
        .isEqualTo(Duration.ofSeconds(25));
    assertThat(
            catchThrowableOfType(
                    ApplicationFailure.class,
                    () -> KustomerStub.client(wm).customerByEmail("x%40example.com"))
                .getNextRetryDelay())
        .as("capped")
        .isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void aSpentBudgetMakesTheNextCallWaitForTheResetWithoutHittingKustomer() {
    wm.stubFor(
        get(urlEqualTo("/v1/conversations/" + CHAT))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("x-ratelimit-remaining", "0")
                    .withHeader("x-ratelimit-reset", "30")
                    .withBody(KustomerStub.fixture("conversation-chat.json"))));

    kustomer.conversation(CHAT);
    ApplicationFailure waiting =
        catchThrowableOfType(ApplicationFailure.class, () -> kustomer.conversation(CHAT));

    assertThat(waiting.getType()).isEqualTo(KustomerErrors.RATE_LIMITED);
    assertThat(waiting.isNonRetryable()).isFalse();
    assertThat(waiting.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(30));
    wm.verify(1, getRequestedFor(urlEqualTo("/v1/conversations/" + CHAT)));
  }

  @Test
  void serverErrorsAndDroppedConnectionsAreRetryable() {
    wm.stubFor(
        get(urlEqualTo("/v1/conversations/" + CHAT))
            .willReturn(
                aResponse()
                    .withStatus(503)
                    .withHeader("Retry-After", "2")
                    .withBody("<html>upstream unavailable</html>")));
    wm.stubFor(
        get(urlEqualTo("/v1/customers/" + JANE))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    ApplicationFailure unavailable =
        catchThrowableOfType(ApplicationFailure.class, () -> kustomer.conversation(CHAT));
    ApplicationFailure dropped =
        catchThrowableOfType(ApplicationFailure.class, () -> kustomer.customer(JANE));

    assertThat(unavailable.getType()).isEqualTo(KustomerErrors.UNAVAILABLE);
    assertThat(unavailable.isNonRetryable()).isFalse();
    assertThat(unavailable.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(2));
    assertThat(unavailable.getOriginalMessage()).contains("HTTP 503");
    assertThat(dropped.getType()).isEqualTo(KustomerErrors.UNAVAILABLE);
    assertThat(dropped.isNonRetryable()).isFalse();
  }

  @Test
  void theConfigNeedsAUrlAndAKeyAndNeverPrintsTheKey() {
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class, () -> new KustomerConfig(" ", "k")))
        .hasMessageContaining("KUSTOMER_BASE_URL");
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class,
                () -> new KustomerConfig("https://acme.api.kustomerapp.com", null)))
        .hasMessageContaining("KUSTOMER_API_KEY");
    KustomerConfig config =
        new KustomerConfig("https://acme.api.kustomerapp.com/v1/", "secret-key");
    assertThat(config.baseUrl()).isEqualTo("https://acme.api.kustomerapp.com");
    assertThat(config.toString()).doesNotContain("secret-key");
  }
}
