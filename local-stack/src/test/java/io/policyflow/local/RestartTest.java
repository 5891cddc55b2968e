package io.policyflow.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * With TEMPORAL_ADDRESS and MAGENTO_BASE_URL pointing at {@link DevServices} (started separately,
 * here in the test's JVM), the local stack runs as its own process and is killed with SIGKILL
 * mid-conversation, then started again: the conversation continues where it was, nothing the
 * customer said is lost, and nothing is done twice.
 */
class RestartTest {

  private DevServices services;
  private SandboxHttp store;
  private Path logs;
  private final List<StackProcess> stacks = new ArrayList<>();

  @BeforeEach
  void startDevServices(TestInfo test) {
    services = DevServices.start(Map.of("TEMPORAL_PORT", "0", "SANDBOX_PORT", "0"));
    store = new SandboxHttp(services.sandbox().baseUrl());
    logs = Path.of("target", "restart-test", test.getTestMethod().orElseThrow().getName());
  }

  @AfterEach
  void stopAll() {
    stacks.forEach(StackProcess::close);
    services.close();
  }

  @Test
  void aConversationContinuesWhereItWasAfterTheStackIsKilled() {
    StackProcess stack = startStack();
    Http api = stack.api();
    assertThat(
            api.post(
                    "/v1/refunds",
                    "{\"conversationId\":\"rs-1\",\"context\":{\"customerName\":\"Jane\"}}")
                .status())
        .isEqualTo(201);
    assertThat(api.say("rs-1", "m1", "it's jane.doe@example.com")).contains("#000000101");
    JsonNode beforeKill = api.get("/v1/refunds/rs-1").body();
    stack.kill();

    api = startStack().api();
    Http.Response restarted = api.get("/v1/refunds/rs-1");
    assertThat(restarted.status()).as(restarted.raw().body()).isEqualTo(200);
    JsonNode afterRestart = restarted.body();
    assertThat(afterRestart.get("awaiting").asText()).isEqualTo("ORDER");
    assertThat(afterRestart.get("messages")).isEqualTo(beforeKill.get("messages"));
    assertThat(api.say("rs-1", "m2", "000000101"))
        .contains("unused and in their original packaging");
    assertThat(api.say("rs-1", "m3", "unused")).contains("refund $10.00", "Shall I go ahead?");
    stacks.get(1).kill();

    api = startStack().api();
    assertThat(api.say("rs-1", "m4", "yes")).contains("refunded $10.00", "3–5 business days");
    assertThat(store.creditMemos("000000101")).hasSize(1);

    // the follow-up timer was started by a worker that is gone; the server's clock moves, the new
    // worker follows up
    assertThat(api.post("/dev/clock/skip", "{\"duration\":\"P8D\"}").status()).isEqualTo(200);
    JsonNode followedUp =
        awaitConversation(
            api, "rs-1", c -> lastText(c).contains("should have arrived"), Duration.ofSeconds(60));
    assertThat(followedUp.get("status").asText()).isEqualTo("FOLLOWING_UP");
    assertThat(customerTexts(followedUp))
        .containsExactly("it's jane.doe@example.com", "000000101", "unused", "yes");
  }

  @Test
  void aRefundInFlightWhenTheStackIsKilledIsIssuedExactlyOnce() throws Exception {
    StackProcess stack = startStack();
    Http api = stack.api();
    api.post(
        "/v1/refunds",
        "{\"conversationId\":\"rs-2\",\"context\":{\"customerName\":\"Jane\","
            + "\"customerEmail\":\"jane.doe@example.com\",\"emailVerified\":true}}");
    api.say("rs-2", "m1", "000000101");
    assertThat(api.say("rs-2", "m2", "unused")).contains("Shall I go ahead?");

    // the store takes 3 s to refund: the stack dies after the store has the request, before it
    // answers
    String faults = services.sandbox().baseUrl().replace("/rest/default", "") + "/__sandbox/faults";
    assertThat(
            post(
                faults,
                "{\"method\":\"POST\",\"path\":\"/V1/order/*/refund\",\"delayMs\":3000,\"times\":1}"))
        .isEqualTo(201);
    Http dying = api;
    CompletableFuture<String> unanswered =
        CompletableFuture.supplyAsync(() -> dying.say("rs-2", "m3", "yes"));
    awaitTrue(
        () -> services.sandbox().faults().appliedCount() == 1, "the store received the refund");
    stack.kill();
    assertThat(unanswered).failsWithin(Duration.ofSeconds(30));
    awaitTrue(() -> store.creditMemos("000000101").size() == 1, "the store committed the refund");

    api = startStack().api();
    // Temporal gives the dead worker's attempt its whole start-to-close timeout (2 min: two
    // attempts of a refund
    // never overlap), then the new worker retries: it finds the committed credit memo by its marker
    JsonNode refunded =
        awaitConversation(
            api,
            "rs-2",
            c -> "FOLLOWING_UP".equals(c.get("status").asText()),
            Duration.ofMinutes(4));

    assertThat(refunded.get("refund").get("amount").asText()).isEqualTo("10.00");
    assertThat(botTexts(refunded))
        .anyMatch(text -> text.contains("taking a little longer"))
        .anyMatch(text -> text.contains("refunded $10.00"));
    assertThat(store.creditMemos("000000101")).hasSize(1);
    assertThat(store.order("000000101").get("total_refunded").decimalValue())
        .isEqualByComparingTo("10");
    // the chat backend sends the unanswered turn again: the same answer, nothing done twice
    assertThat(api.sayWhenAvailable("rs-2", "m3", "yes")).contains("refunded $10.00");
    assertThat(customerTexts(api.get("/v1/refunds/rs-2").body()))
        .containsExactly("000000101", "unused", "yes");
    assertThat(store.creditMemos("000000101")).hasSize(1);
  }

  private StackProcess startStack() {
    StackProcess stack =
        StackProcess.start(
            services.stackEnvironment(), logs.resolve("stack-" + (stacks.size() + 1) + ".log"));
    stacks.add(stack);
    return stack;
  }

  static JsonNode awaitConversation(
      Http api, String conversationId, Predicate<JsonNode> condition, Duration within) {
    JsonNode[] last = new JsonNode[1];
    awaitTrue(
        () ->
            condition.test(last[0] = api.getWhenAvailable("/v1/refunds/" + conversationId).body()),
        "conversation " + conversationId + " reached the expected state",
        within);
    return last[0];
  }

  static void awaitTrue(BooleanSupplier condition, String what) {
    awaitTrue(condition, what, Duration.ofSeconds(60));
  }

  private static void awaitTrue(BooleanSupplier condition, String what, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + within + ": " + what);
      }
      StackProcess.sleep(Duration.ofMillis(200));
    }
  }

  private static String lastText(JsonNode conversation) {
    JsonNode messages = conversation.get("messages");
    return messages.get(messages.size() - 1).get("text").asText();
  }

  static List<String> customerTexts(JsonNode conversation) {
    return texts(conversation, "CUSTOMER");
  }

  static List<String> botTexts(JsonNode conversation) {
    return texts(conversation, "BOT");
  }

  private static List<String> texts(JsonNode conversation, String author) {
    List<String> texts = new ArrayList<>();
    conversation
        .get("messages")
        .forEach(
            m -> {
              if (author.equals(m.get("author").asText())) {
                texts.add(m.get("text").asText());
              }
            });
    return texts;
  }

  static int post(String url, String json) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
