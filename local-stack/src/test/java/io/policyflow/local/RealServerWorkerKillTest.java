package io.policyflow.local;

import static io.policyflow.local.RestartTest.awaitConversation;
import static io.policyflow.local.RestartTest.awaitTrue;
import static io.policyflow.local.RestartTest.botTexts;
import static io.policyflow.local.RestartTest.customerTexts;
import static io.policyflow.local.RestartTest.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.policyflow.sandbox.MagentoSandbox;
import io.policyflow.sandbox.SandboxMain;
import io.temporal.api.enums.v1.TaskQueueKind;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.taskqueue.v1.TaskQueue;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The local stack as its own process ({@link StackProcess}) on Temporal's own server ({@code
 * temporal server start-dev}) with sticky queues on, as in production, killed with SIGKILL twice:
 * once in the middle of two conversations, one of them with a refund in flight, once more in the
 * middle of the first. Temporal moves each conversation's next task off the dead worker's sticky
 * queue to the worker that replaced it: no conversation is lost, every refund is issued once.
 */
class RealServerWorkerKillTest {

  @RegisterExtension
  static final TemporalDevServer temporal = TemporalDevServer.withSearchAttributes();

  private MagentoSandbox sandbox;
  private SandboxHttp store;
  private final List<StackProcess> stacks = new ArrayList<>();

  @BeforeEach
  void startSandbox() {
    sandbox = MagentoSandbox.start(SandboxMain.fromEnvironment(Map.of("SANDBOX_PORT", "0")));
    store = new SandboxHttp(sandbox.baseUrl());
  }

  @AfterEach
  void stopAll() {
    stacks.forEach(StackProcess::close);
    sandbox.close();
  }

  @Test
  void aKilledWorkerLosesNoConversationAndIssuesEachRefundOnce() throws Exception {
    Http api = startStack().api();
    // rk-talk: Sam is choosing his order
    assertThat(
            api.post(
                    "/v1/refunds",
                    "{\"conversationId\":\"rk-talk\",\"context\":{\"customerName\":\"Sam\"}}")
                .status())
        .isEqualTo(201);
    assertThat(api.say("rk-talk", "m1", "sam.guest@example.com")).contains("#000000201");
    // rk-refund: Jane said yes; the store takes 3 s to refund, the worker dies after the store has
    // the request
    api.post(
        "/v1/refunds",
        "{\"conversationId\":\"rk-refund\",\"context\":{\"customerName\":\"Jane\","
            + "\"customerEmail\":\"jane.doe@example.com\",\"emailVerified\":true}}");
    api.say("rk-refund", "m1", "000000101");
    assertThat(api.say("rk-refund", "m2", "unused")).contains("Shall I go ahead?");
    String faults = sandbox.baseUrl().replace("/rest/default", "") + "/__sandbox/faults";
    assertThat(
            post(
                faults,
                "{\"method\":\"POST\",\"path\":\"/V1/order/*/refund\",\"delayMs\":3000,\"times\":1}"))
        .isEqualTo(201);
    Http dying = api;
    CompletableFuture<String> unanswered =
        CompletableFuture.supplyAsync(() -> dying.say("rk-refund", "m3", "yes"));
    awaitTrue(() -> sandbox.faults().appliedCount() == 1, "the store received the refund");
    JsonNode talkBeforeKill = api.get("/v1/refunds/rk-talk").body();
    stacks.get(0).kill();
    assertThat(unanswered).failsWithin(Duration.ofSeconds(30));
    awaitTrue(() -> store.creditMemos("000000101").size() == 1, "the store committed the refund");

    api = startStack().api();
    JsonNode talk = api.getWhenAvailable("/v1/refunds/rk-talk").body();
    assertThat(talk.get("awaiting").asText()).isEqualTo("ORDER");
    assertThat(talk.get("messages")).isEqualTo(talkBeforeKill.get("messages"));
    assertThat(api.sayWhenAvailable("rk-talk", "m2", "000000201"))
        .contains("unused and in their original packaging");
    assertThat(api.sayWhenAvailable("rk-talk", "m3", "unused"))
        .contains("refund $30.00", "Shall I go ahead?");
    stacks.get(1).kill();

    api = startStack().api();
    assertThat(api.sayWhenAvailable("rk-talk", "m4", "yes"))
        .contains("refunded $30.00", "3–5 business days");
    assertThat(store.creditMemos("000000201")).hasSize(1);
    assertThat(customerTexts(api.get("/v1/refunds/rk-talk").body()))
        .containsExactly("sam.guest@example.com", "000000201", "unused", "yes");

    // the dead worker's refund attempt gets its whole start-to-close timeout (2 min), then the new
    // worker's attempt
    // finds the committed credit memo by its marker
    JsonNode refunded =
        awaitConversation(
            api,
            "rk-refund",
            c -> "FOLLOWING_UP".equals(c.get("status").asText()),
            Duration.ofMinutes(4));
    assertThat(refunded.get("refund").get("amount").asText()).isEqualTo("10.00");
    assertThat(botTexts(refunded))
        .anyMatch(text -> text.contains("taking a little longer"))
        .anyMatch(text -> text.contains("refunded $10.00"));
    assertThat(api.sayWhenAvailable("rk-refund", "m3", "yes")).contains("refunded $10.00");
    assertThat(customerTexts(api.get("/v1/refunds/rk-refund").body()))
        .containsExactly("000000101", "unused", "yes");
    assertThat(store.creditMemos("000000101")).hasSize(1);
    assertThat(store.order("000000101").get("total_refunded").decimalValue())
        .isEqualByComparingTo("10");

    // sticky queues were on: each of the three workers took rk-talk's tasks on a queue of its own,
    // and the server
    // moved the task waiting on a dead worker's queue to the shared one (after the sticky
    // schedule-to-start
    // timeout, 5 s, when the dead worker had polled in the last 10 s; at once otherwise)
    List<HistoryEvent> history = temporal.client().fetchHistory("refund-rk-talk").getEvents();
    assertThat(
            history.stream()
                .filter(HistoryEvent::hasWorkflowTaskScheduledEventAttributes)
                .map(e -> e.getWorkflowTaskScheduledEventAttributes().getTaskQueue())
                .filter(queue -> queue.getKind() == TaskQueueKind.TASK_QUEUE_KIND_STICKY)
                .map(TaskQueue::getName)
                .distinct())
        .hasSize(3);
  }

  private StackProcess startStack() {
    StackProcess stack =
        StackProcess.start(
            Map.of("TEMPORAL_ADDRESS", temporal.target(), "MAGENTO_BASE_URL", sandbox.baseUrl()),
            Path.of("target", "real-server-worker-kill", "stack-" + (stacks.size() + 1) + ".log"));
    stacks.add(stack);
    return stack;
  }
}
