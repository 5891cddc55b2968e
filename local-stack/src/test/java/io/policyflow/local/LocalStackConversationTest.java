package io.policyflow.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whole conversations over HTTP against the local stack: embedded Temporal, sandbox, worker and
 * API.
 */
class LocalStackConversationTest {

  private static final String TOKEN = "local-stack-test-token";
  private static WebhookReceiver webhook;
  private static LocalStack stack;
  private static Http api;
  private static SandboxHttp sandbox;

  @BeforeAll
  static void startStack() {
    webhook = new WebhookReceiver("webhook-secret");
    stack =
        LocalStack.start(
            Map.of("TEMPORAL_PORT", "0", "SANDBOX_PORT", "0"),
            "--server.port=0",
            "--policyflow.api.token=" + TOKEN,
            "--policyflow.channel.webhook-url=" + webhook.url(),
            "--policyflow.channel.webhook-secret=webhook-secret");
    api = new Http(stack.apiPort(), TOKEN);
    sandbox = new SandboxHttp(stack.sandbox().baseUrl());
  }

  @AfterAll
  static void stopStack() {
    if (stack != null) {
      stack.close();
    }
    webhook.close();
  }

  @Test
  void aDemoOrderIsRefundedExactlyOnceAndTheFollowUpArrivesAfterAClockSkip() {
    var started =
        api.post(
            "/v1/refunds",
            "{\"conversationId\":\"ls-refund\",\"context\":{\"customerName\":\"Jane\"}}");
    assertThat(started.status()).isEqualTo(201);
    assertThat(started.raw().headers().firstValue("Location")).hasValue("/v1/refunds/ls-refund");
    assertThat(started.body().at("/messages/0/text").asText()).contains("email address");

    assertThat(api.say("ls-refund", "m1", "it's Jane.Doe@Example.com"))
        .contains("#000000101", "#000000102");
    assertThat(api.say("ls-refund", "m2", "000000101"))
        .contains("unused and in their original packaging");
    assertThat(api.say("ls-refund", "m3", "yes, never used"))
        .contains("refund $10.00", "Shall I go ahead?");
    String done = api.say("ls-refund", "m4", "yes please");
    String again = api.say("ls-refund", "m4", "yes please");

    assertThat(done).contains("refunded $10.00", "3–5 business days");
    assertThat(again).isEqualTo(done);
    var memos = sandbox.creditMemos("000000101");
    assertThat(memos).hasSize(1);
    assertThat(memos.get(0).get("grand_total").decimalValue()).isEqualByComparingTo("10");
    assertThat(sandbox.order("000000101").get("total_refunded").decimalValue())
        .isEqualByComparingTo("10");
    var conversation = api.get("/v1/refunds/ls-refund").body();
    assertThat(conversation.get("status").asText()).isEqualTo("FOLLOWING_UP");
    assertThat(conversation.at("/refund/amount").asText()).isEqualTo("10.00");
    assertThat(conversation.at("/refund/creditMemoId").asText())
        .isEqualTo(memos.get(0).get("entity_id").asText());

    var skipped = api.post("/dev/clock/skip", "{\"duration\":\"P8D\"}");
    assertThat(skipped.status()).isEqualTo(200);

    awaitUntil(
        () ->
            webhook.messageTexts().stream()
                .anyMatch(t -> t.contains("it should have arrived by now")));
    var after = api.get("/v1/refunds/ls-refund").body();
    assertThat(after.get("awaiting").asText()).isEqualTo("FOLLOW_UP");
    assertThat(after.get("messages").get(after.get("messages").size() - 1).get("text").asText())
        .contains("$10.00 was issued on");
    assertThat(webhook.badSignatures).isEmpty();
  }

  @Test
  void askingForAPersonHandsOffWithAnOrderCommentInTheStore() {
    api.post(
        "/v1/refunds",
        "{\"conversationId\":\"ls-agent\",\"context\":{\"customerEmail\":\"jane.doe@example.com\","
            + "\"emailVerified\":true}}");
    api.say("ls-agent", "m1", "102");

    api.say("ls-agent", "m2", "I want to talk to a real person");

    var conversation = api.get("/v1/refunds/ls-agent").body();
    assertThat(conversation.get("status").asText()).isEqualTo("HANDED_OFF");
    assertThat(conversation.at("/handoff/summary").asText())
        .contains("#000000102", "jane.doe@example.com");
    awaitUntil(() -> !webhook.handoffs().isEmpty());
    assertThat(webhook.handoffs())
        .anySatisfy(
            event -> assertThat(event.get("conversationId").asText()).isEqualTo("ls-agent"));
    assertThat(sandbox.orderComments("000000102"))
        .anySatisfy(
            comment ->
                assertThat(comment.get("comment").asText())
                    .contains("handed conversation ls-agent to an agent"));
  }

  @Test
  void theClockEndpointRefusesNonsense() {
    var response = api.post("/dev/clock/skip", "{\"duration\":\"six days\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.raw().headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
  }

  @Test
  void theClockAnswersThisMachineWithTheApiTokenOnlyAndEveryRefusalIsATypedProblem()
      throws Exception {
    assertThat(stack.temporal().bindAddress().getHostAddress()).isEqualTo("127.0.0.1");
    int port = stack.apiPort();
    String skip = "{\"duration\":\"PT1M\"}";

    // a page whose DNS name was rebound to 127.0.0.1 still sends its own name as Host
    String rebound =
        raw(
            port,
            "POST /dev/clock/skip HTTP/1.1\r\nHost: attacker.example:"
                + port
                + "\r\nAuthorization: Bearer "
                + TOKEN
                + "\r\nContent-Type: application/json\r\nContent-Length: "
                + skip.length()
                + "\r\nConnection: close\r\n\r\n"
                + skip);
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> anonymous =
        client.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/dev/clock"))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> foreign =
        client.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/dev/clock/skip"))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(skip))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(rebound)
        .startsWith("HTTP/1.1 403")
        .contains(
            "application/problem+json", "\"type\":\"urn:policyflow:problem:host-not-allowed\"");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
        .hasValue("Bearer realm=\"policyflow\"");
    assertThat(anonymous.body()).contains("\"type\":\"urn:policyflow:problem:unauthorized\"");
    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(foreign.body()).contains("\"type\":\"urn:policyflow:problem:cross-site-request\"");

    Instant before = Instant.parse(api.get("/dev/clock").body().get("now").asText());
    var skipped = api.post("/dev/clock/skip", skip);
    assertThat(skipped.status()).isEqualTo(200);
    assertThat(Instant.parse(skipped.body().get("now").asText()))
        .isAfterOrEqualTo(before.plus(Duration.ofMinutes(1)));
    var nonsense = api.post("/dev/clock/skip", "{\"duration\":\"P401D\"}");
    assertThat(nonsense.status()).isEqualTo(400);
    assertThat(nonsense.body().get("type").asText())
        .isEqualTo("urn:policyflow:problem:invalid-field");
    assertThat(nonsense.body().get("field").asText()).isEqualTo("duration");
  }

  /** A request as written, answered as read (status line, headers, body). */
  private static String raw(int port, String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static void awaitUntil(java.util.function.BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("condition not met within 20 s");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
