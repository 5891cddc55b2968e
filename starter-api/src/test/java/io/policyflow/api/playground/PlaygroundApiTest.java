package io.policyflow.api.playground;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyflow.api.RawHttp;
import io.policyflow.api.Response;
import io.policyflow.api.realworkflow.FakeStore;
import io.policyflow.api.realworkflow.RealRefundWorkflow;
import io.policyflow.refund.client.RefundWorkflowNames;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The playground on a loopback-bound server (the local stack's mode), over real HTTP, against the
 * starter's in-process Temporal test server running the real refund workflow (with a {@link
 * FakeStore}) and fake local tools.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "policyflow.api.turn-timeout=3s",
      "policyflow.playground.enabled=true",
      "policyflow.playground.temporal-ui-url=http://localhost:8233/",
      "server.address=127.0.0.1"
    })
@ActiveProfiles("real-workflow")
@Import({PlaygroundApiTest.FakeLocalTools.class, RealRefundWorkflow.class})
class PlaygroundApiTest {

  @Value("${local.server.port}")
  int port;

  @Autowired FakeLocalTools tools;

  PlaygroundHttp http;

  @BeforeEach
  void setUp() {
    http = new PlaygroundHttp(port);
  }

  /** Clock and sandbox as the local stack would offer them. */
  static class FakeLocalTools implements PlaygroundLocalTools {
    Instant now = Instant.parse("2025-12-01T10:00:00Z");
    final List<Duration> skips = new ArrayList<>();

    @Override
    public Optional<Instant> clock() {
      return Optional.of(now);
    }

    @Override
    public Instant skip(Duration duration) {
      skips.add(duration);
      now = now.plus(duration);
      return now;
    }

    @Override
    public boolean hasSandbox() {
      return true;
    }

    @Override
    public List<SandboxOrder> sandboxOrders(String email) {
      if (!email.equalsIgnoreCase("jane.doe@example.com")) {
        return List.of();
      }
      return List.of(
          new SandboxOrder(
              "000000101",
              11,
              "closed",
              "closed",
              Instant.parse("2025-11-24T10:00:00Z"),
              new BigDecimal("15"),
              new BigDecimal("10"),
              "USD",
              "checkmo",
              List.of(
                  new SandboxItem(
                      "24-UG06", "Affirm Water Bottle", BigDecimal.ONE, BigDecimal.ONE)),
              List.of(
                  new SandboxCreditMemo(
                      "3",
                      "000000003",
                      new BigDecimal("10"),
                      Instant.parse("2025-12-01T10:00:00Z"),
                      "Refund by Policyflow"))));
    }
  }

  @Test
  void thePageIsServedWithAStrictPolicyAndWithoutAnyToken() {
    Response redirect = http.get("/playground");
    assertThat(redirect.status()).isEqualTo(302);
    assertThat(redirect.header("Location")).endsWith("/playground/");

    Response page = http.get("/playground/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.header("Content-Security-Policy"))
        .contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'");
    assertThat(page.header("Cache-Control")).isEqualTo("no-store");
    assertThat(page.body())
        .contains("<script type=\"module\" src=\"playground.js\">", "aria-live=\"polite\"");

    for (String file : List.of("/playground/playground.js", "/playground/playground.css")) {
      Response asset = http.get(file);
      assertThat(asset.status()).as(file).isEqualTo(200);
      assertThat(asset.body()).doesNotContain("test-token-0123456789");
    }
    assertThat(page.body()).doesNotContain("test-token-0123456789");
    assertThat(http.get("/playground/playground.js").header("Content-Type")).contains("javascript");
  }

  @Test
  void settingsTellThePageWhatItCanOffer() {
    JsonNode settings = http.get("/playground/api/settings").json();

    assertThat(settings.get("namespace").asString()).isEqualTo("default");
    assertThat(settings.get("temporalUiUrl").asString()).isEqualTo("http://localhost:8233");
    assertThat(settings.get("clock").asBoolean()).isTrue();
    assertThat(settings.get("sandbox").asBoolean()).isTrue();
    assertThat(settings.get("access").asString()).isEqualTo("loopback");
  }

  @Test
  void aConversationStartsWithContextTakesTurnsAndShowsItsRunAndTimeline() {
    Response started =
        http.postJson(
            "/playground/api/conversations",
            """
        {"context": {"customerEmail": "jane.doe@example.com", "emailVerified": true, "customerName": "Jane",
                     "locale": "en-GB", "channel": "web"}}""");
    assertThat(started.status()).as(started.toString()).isEqualTo(201);
    String id = started.json().get("conversationId").asString();
    assertThat(id).matches("pg-[a-z0-9]{10}");
    assertThat(started.json().at("/conversation/messages/0/text").asString())
        .isEqualTo("Hi Jane! I can help you with a refund.");
    assertThat(started.json().at("/conversation/messages/1/options/0").asString())
        .isEqualTo("#000000101");

    Response turn =
        http.postJson(
            "/playground/api/conversations/" + id + "/messages",
            "{\"messageId\": \"m1-abc\", \"text\": \"#000000101\"}");
    assertThat(turn.status()).as(turn.toString()).isEqualTo(200);
    assertThat(turn.json().at("/replies/0/text").asString())
        .isEqualTo("Are the items unused and in their original packaging?");
    assertThat(turn.json().at("/conversation/messages").size()).isEqualTo(4);
    assertThat(turn.json().at("/conversation/awaiting").asString()).isEqualTo("CONDITION");

    JsonNode view = http.get("/playground/api/conversations/" + id).json();
    assertThat(view.get("messages")).hasSize(4);

    JsonNode run = http.get("/playground/api/conversations/" + id + "/run").json();
    assertThat(run.get("workflowId").asString()).isEqualTo("refund-" + id);
    assertThat(run.get("status").asString()).isEqualTo("RUNNING");
    assertThat(run.get("historyLength").asLong()).isPositive();
    assertThat(run.at("/searchAttributes/" + RefundWorkflowNames.STAGE.getName()).asString())
        .isEqualTo("CONDITION");
    assertThat(run.at("/searchAttributes/" + RefundWorkflowNames.ORDER_NUMBER.getName()).asString())
        .isEqualTo("000000101");
    assertThat(run.get("temporalUiUrl").asString())
        .isEqualTo(
            "http://localhost:8233/namespaces/default/workflows/refund-"
                + id
                + "/"
                + run.get("runId").asString()
                + "/history");

    JsonNode timeline = http.get("/playground/api/conversations/" + id + "/timeline").json();
    List<String> lines = new ArrayList<>();
    timeline
        .get("entries")
        .forEach(
            e ->
                lines.add(
                    e.get("title").asString()
                        + " | "
                        + e.path("detail").asString()
                        + " | "
                        + e.get("state").asString()));
    assertThat(lines)
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith(
                        "Conversation started | context: email"
                            + " jane.doe@example.com (verified), name Jane, locale en-GB, channel web"));
    assertThat(lines)
        .anySatisfy(
            line -> assertThat(line).startsWith("Search attributes set | RefundStage = ORDER"));
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Activity FindCustomer | "));
    assertThat(lines)
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith(
                        "Search attributes set | OrderNumber = 000000101, RefundStage = CONDITION"));
    assertThat(lines).last().asString().startsWith("Timer 1d | waiting | waiting");
    assertThat(lines)
        .anySatisfy(line -> assertThat(line).startsWith("Conversation opened (update open)"));
    assertThat(lines)
        .anySatisfy(
            line ->
                assertThat(line)
                    .matches(
                        "Customer message m1-abc \\(update\\) \\| answered with 1 message (at once|after .*) \\| done"));
    JsonNode entries = timeline.get("entries");
    JsonNode reminder = entries.get(entries.size() - 1);
    assertThat(reminder.get("note").asString())
        .startsWith("if the customer stays silent until then: a reminder");
    assertThat(
            Duration.between(
                Instant.parse(reminder.get("at").asString()),
                Instant.parse(reminder.get("firesAt").asString())))
        .isEqualTo(Duration.ofDays(1));

    JsonNode recent = http.get("/playground/api/conversations").json();
    assertThat(recent)
        .anySatisfy(r -> assertThat(r.get("conversationId").asString()).isEqualTo(id));
  }

  @Test
  void eachCustomerMessageComesWithHowTheBotReadIt() {
    String id =
        http.postJson(
                "/playground/api/conversations",
                "{\"context\": {\"customerEmail\": \"jane.doe@example.com\", \"emailVerified\": true}}")
            .json()
            .get("conversationId")
            .asString();
    http.postJson(
        "/playground/api/conversations/" + id + "/messages",
        "{\"messageId\": \"m1\", \"text\": \"#000000101\"}");
    http.postJson(
        "/playground/api/conversations/" + id + "/messages",
        "{\"messageId\": \"m2\", \"text\": \"I think so? not 100% sure\"}");

    Response readings = http.get("/playground/api/conversations/" + id + "/readings");

    assertThat(readings.status()).as(readings.toString()).isEqualTo(200);
    List<String> lines = new ArrayList<>();
    readings
        .json()
        .forEach(
            r ->
                lines.add(
                    r.get("seq").asInt()
                        + " "
                        + r.get("question").asString()
                        + " | "
                        + r.get("reading").asString()));
    assertThat(lines)
        .containsExactly(
            "3 ORDER | intent: none; pick: order #000000101",
            "5 CONDITION | intent: none; condition: unclear");
    assertThat(http.get("/playground/api/conversations/pg-nope/readings").status()).isEqualTo(404);
  }

  @Test
  void anUnknownConversationIs404AndBadInputIs400() {
    Response missing = http.get("/playground/api/conversations/pg-nope/run");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
    assertThat(http.get("/playground/api/conversations/pg-nope/timeline").status()).isEqualTo(404);
    assertThat(http.get("/playground/api/conversations/pg-nope").status()).isEqualTo(404);

    Response badId =
        http.postJson("/playground/api/conversations", "{\"conversationId\": \"no spaces\"}");
    assertThat(badId.status()).isEqualTo(400);
    assertThat(badId.json().get("field").asString()).isEqualTo("conversationId");
  }

  @Test
  void theClockSkipsByIsoDurationsOnly() {
    assertThat(http.get("/playground/api/clock").json().get("now").asString()).isNotBlank();

    Response skipped = http.postJson("/playground/api/clock/skip", "{\"duration\": \"P6D\"}");
    assertThat(skipped.status()).as(skipped.toString()).isEqualTo(200);
    assertThat(skipped.json().get("skipped").asString()).isEqualTo("PT144H");
    assertThat(tools.skips).contains(Duration.ofDays(6));

    for (String bad : List.of("\"six days\"", "\"-P1D\"", "\"P500D\"", "null")) {
      Response refused = http.postJson("/playground/api/clock/skip", "{\"duration\": " + bad + "}");
      assertThat(refused.status()).as(bad).isEqualTo(400);
      assertThat(refused.json().get("field").asString()).isEqualTo("duration");
    }
  }

  @Test
  void theSandboxOrdersOfACustomerAreListed() {
    JsonNode orders = http.get("/playground/api/sandbox/orders?email=Jane.Doe@example.com").json();

    assertThat(orders.at("/orders/0/number").asString()).isEqualTo("000000101");
    assertThat(orders.at("/orders/0/refunded").asString()).isEqualTo("10");
    assertThat(orders.at("/orders/0/creditMemos/0/total").asString()).isEqualTo("10");
    assertThat(http.get("/playground/api/sandbox/orders?email=nobody").status()).isEqualTo(400);
    assertThat(http.get("/playground/api/sandbox/orders").status()).isEqualTo(400);
  }

  @Test
  void callsThatChangeSomethingMustBeJsonFromThePageItself() {
    Response form =
        http.send(
            http.builder("/playground/api/conversations")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(form.status()).isEqualTo(403);

    Response foreign =
        http.send(
            http.builder("/playground/api/clock/skip")
                .header("Content-Type", "application/json")
                .header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{\"duration\": \"P1D\"}")));
    assertThat(foreign.status()).isEqualTo(403);
    assertThat(foreign.header("Content-Type")).startsWith("application/problem+json");

    Response sameOrigin =
        http.send(
            http.builder("/playground/api/clock/skip")
                .header("Content-Type", "application/json")
                .header("Origin", "http://localhost:" + port)
                .POST(HttpRequest.BodyPublishers.ofString("{\"duration\": \"P1D\"}")));
    assertThat(sameOrigin.status()).isEqualTo(200);
  }

  @Test
  void aHostNameOtherThanThisMachineIsRefused() throws Exception {
    assertThat(http.statusLineWithHost("/playground/api/settings", "localhost:" + port))
        .contains(" 200");
    assertThat(http.statusLineWithHost("/playground/api/settings", "127.0.0.1:" + port))
        .contains(" 200");
    assertThat(http.statusLineWithHost("/playground/api/settings", "attacker.example:" + port))
        .contains(" 403");
  }

  @Test
  void everyRefusalIsAProblemWithItsOwnType() {
    Response form =
        http.send(
            http.builder("/playground/api/conversations")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
    Response foreign =
        http.send(
            http.builder("/playground/api/clock/skip")
                .header("Content-Type", "application/json")
                .header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{\"duration\": \"P1D\"}")));
    RawHttp.Answer rebound =
        RawHttp.send(
            port,
            "GET /playground/api/settings HTTP/1.1\r\nHost: attacker.example:" + port + "\r\n");

    assertThat(form.json().get("type").asString())
        .isEqualTo("urn:policyflow:problem:cross-site-request");
    assertThat(foreign.json().get("type").asString())
        .isEqualTo("urn:policyflow:problem:cross-site-request");
    assertThat(rebound.status()).isEqualTo(403);
    assertThat(rebound.contentType()).startsWith("application/problem+json");
    assertThat(rebound.json().get("type").asString())
        .isEqualTo("urn:policyflow:problem:host-not-allowed");
  }

  @Test
  void aBodyOverTheCapIs413BeforeThePlaygroundReadsIt() {
    Response response =
        http.postJson(
            "/playground/api/conversations",
            "{\"conversationId\": \"pg-too-large\", \"padding\": \"" + "x".repeat(70_000) + "\"}");

    assertThat(response.status()).as(response.toString()).isEqualTo(413);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.json().get("type").asString())
        .isEqualTo("urn:policyflow:problem:payload-too-large");
    assertThat(http.get("/playground/api/conversations/pg-too-large").status()).isEqualTo(404);
  }

  @Test
  void theV1ApiStillNeedsItsToken() {
    assertThat(http.get("/v1/refunds/anything").status()).isEqualTo(401);
  }
}
