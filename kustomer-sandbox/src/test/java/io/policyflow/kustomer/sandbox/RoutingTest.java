package io.policyflow.kustomer.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.policyflow.kustomer.sandbox.KustomerSandboxConfig.Roles;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The request pipeline's order (key, route, role, body) and which error shape each path answers.
 */
class RoutingTest {

  static KustomerSandbox sandbox;
  static Api api;

  @BeforeAll
  static void start() {
    sandbox =
        KustomerSandbox.start(KustomerSandboxConfig.builder().emitOutboundEvents(false).build());
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
  void anUnknownRouteUnderAConversationIsAJsonApi404AndElsewhereKustomersPrimaryShape() {
    String id = sandbox.startChat(KustomerDemo.JANE_EMAIL, "hi").conversationId();

    JsonNode underConversation =
        api.get("/v1/conversations/" + id + "/attachments").body().at("/errors/0");
    Api.Response elsewhere = api.get("/v1/attachments/" + id);
    Api.Response control = new Api(sandbox.baseUrl(), null).get("/sandbox/attachments");

    assertThat(underConversation.get("status").asText()).isEqualTo("404");
    assertThat(underConversation.get("detail").asText())
        .startsWith("Route not found: GET /v1/conversations/");
    assertThat(elsewhere.status()).isEqualTo(404);
    assertThat(elsewhere.body().at("/errors/0/message").asText())
        .isEqualTo("Route not found: GET /v1/attachments/" + id);
    assertThat(control.status()).isEqualTo(404);
    assertThat(control.body().at("/errors/0/code").asText()).isEqualTo("not_found");
  }

  @Test
  void theKeyIsCheckedBeforeTheRouteAndTheRoleBeforeTheBody() {
    Api anonymous = new Api(sandbox.baseUrl(), null);
    assertThat(anonymous.get("/v1/no-such-route").status()).isEqualTo(401);

    try (KustomerSandbox readOnly =
        KustomerSandbox.start(
            KustomerSandboxConfig.builder()
                .apiKeyRoles(Set.of(Roles.CUSTOMER_READ))
                .emitOutboundEvents(false)
                .build())) {
      Api client = new Api(readOnly.baseUrl(), KustomerSandboxConfig.DEFAULT_API_KEY);
      String id = readOnly.startChat(KustomerDemo.JANE_EMAIL, "hi").conversationId();

      Api.Response note = client.post("/v1/conversations/" + id + "/notes", "{\"unknown\": 1}");
      Api.Response draft =
          client.post("/v1/customers/" + KustomerDemo.JANE_CUSTOMER_ID + "/drafts", "{}");

      assertThat(note.status()).isEqualTo(403);
      assertThat(draft.status()).isEqualTo(403);
      assertThat(draft.body().at("/errors/0/message").asText()).contains(Roles.MESSAGE_CREATE);
      assertThat(client.get("/v1/auth/tokens/current").status())
          .as("a route needing no role")
          .isEqualTo(200);
    }
  }

  @Test
  void aBodyOver400KbIs413AndIsRecordedWithoutItsBody() {
    String id = sandbox.startChat(KustomerDemo.JANE_EMAIL, "hi").conversationId();

    Api.Response response =
        api.post(
            "/v1/conversations/" + id + "/notes", "{\"body\": \"" + "x".repeat(401 * 1024) + "\"}");

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.body().at("/errors/0/code").asText()).isEqualTo("payload_too_large");
    assertThat(sandbox.requests())
        .singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(413))
        .satisfies(r -> assertThat(r.body()).isEmpty());
    assertThat(sandbox.notes(id)).isEmpty();
  }
}
