package io.policyflow.refund.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyflow.refund.client.RefundWorkflowNames;
import io.policyflow.refund.conversation.Awaiting;
import io.policyflow.refund.conversation.Status;
import io.policyflow.refund.conversation.TurnAnswer;
import io.policyflow.refund.policy.ConversationLimits;
import io.policyflow.refund.policy.RefundPolicy;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.api.history.v1.History;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.common.SearchAttributeKey;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactoryOptions;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A conversation's history grows by the same number of bytes per turn however long it gets: 200
 * turns of "where is my refund?" after a refund, the history read after each one. Runs started
 * before constant-size turns still answer each turn with the whole conversation, so each of their
 * turns adds more than the one before.
 */
class ConstantSizeTurnsTest {

  static final int TURNS = 200;
  static final String QUEUE = "constant-size-turns";
  static final String QUESTION = "where is my refund?";

  /** The shipped policy with room for the 204 customer messages (the shipped limits take 200). */
  static final RefundPolicy TAKES_EVERY_TURN =
      RefundPolicy.defaults()
          .withLimits(
              new ConversationLimits(
                  ConversationLimits.MOST_MESSAGES, ConversationLimits.MOST_TEXT_BYTES));

  private TestWorkflowEnvironment env;

  @AfterEach
  void close() {
    if (env != null) {
      env.close();
    }
  }

  @Test
  void eachTurnAddsTheSameBytesToTheHistoryFromTurn10To200() {
    Conversation200 run = talk(WorkerFactoryOptions.newBuilder().build());

    long early = max(run.added, 10, 20);
    long late = max(run.added, 190, 200);
    System.out.printf(
        "constant-size turns: bytes added by turn 10: %d, 100: %d, 200: %d (history %d bytes)%n",
        run.added[10], run.added[100], run.added[200], run.size);
    assertThat(late)
        .as("bytes added per turn, turns 190-200 against 10-20")
        .isLessThanOrEqualTo(early * 12 / 10);
    assertThat(run.added[200]).as("bytes added by turn 200").isLessThan(2_048);
    assertThat(run.last.state().status()).isEqualTo(Status.FOLLOWING_UP);
    assertThat(run.last.state().awaiting()).isEqualTo(Awaiting.NOTHING);
    assertThat(run.last.state().refund().creditMemoId()).isEqualTo("71");
    assertThat(run.last.state().messageCount()).isEqualTo(run.messagesBefore + 2 * TURNS);
    assertThat(run.lastResultJson)
        .startsWith("{\"replies\":[")
        .contains("\"state\":{\"status\":\"FOLLOWING_UP\"")
        .doesNotContain("\"messages\"", "\"conversation\"");
  }

  @Test
  void aRunStartedBeforeStillAnswersTheWholeConversationSoEachTurnAddsMore() {
    Conversation200 run =
        talk(
            WorkerFactoryOptions.newBuilder()
                .setWorkerInterceptors(
                    new RunStartedBefore(RefundWorkflowImpl.CONSTANT_SIZE_TURNS_CHANGE))
                .build());

    System.out.printf(
        "before constant-size turns: bytes added by turn 10: %d, 100: %d, 200: %d (history %d bytes)%n",
        run.added[10], run.added[100], run.added[200], run.size);
    assertThat(min(run.added, 190, 200))
        .as("bytes added per turn, turns 190-200 against 10-20")
        .isGreaterThan(5 * max(run.added, 10, 20));
    assertThat(run.added[200] - run.added[100])
        .as("growth of the bytes added per turn over 100 turns")
        .isGreaterThan(100L * run.turnTextBytes);
    assertThat(run.last.replies()).hasSize(1);
    assertThat(run.last.state()).as("read as the new type, the old shape has no state").isNull();
    assertThat(run.lastResultJson)
        .startsWith("{\"replies\":[")
        .contains("\"conversation\":{", "\"messages\":[");
  }

  /**
   * What 200 turns left behind.
   *
   * @param added bytes each turn added to the history, by turn (from 1)
   * @param turnTextBytes the texts of one turn (question and reply): what each turn adds to the
   *     transcript
   */
  record Conversation200(
      long[] added,
      long size,
      TurnAnswer last,
      String lastResultJson,
      int messagesBefore,
      int turnTextBytes) {}

  private Conversation200 talk(WorkerFactoryOptions workerOptions) {
    TestEnvironmentOptions.Builder options =
        TestEnvironmentOptions.newBuilder()
            .setInitialTime(FakeStore.NOW)
            .setWorkerFactoryOptions(workerOptions);
    for (SearchAttributeKey<String> key : RefundWorkflowNames.SEARCH_ATTRIBUTES) {
      options.registerSearchAttribute(key.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD);
    }
    env = TestWorkflowEnvironment.newInstance(options.build());
    Worker worker = env.newWorker(QUEUE);
    worker.registerWorkflowImplementationTypes(RefundWorkflowImpl.class);
    worker.registerActivitiesImplementations(
        FakeStore.withDemoData(), new RecordingChannel(), new FixedPolicy(TAKES_EVERY_TURN));
    env.start();
    WorkflowClient client = env.getWorkflowClient();
    Chat chat = new Chat(client, QUEUE, "long-1");
    chat.open();
    chat.say("it's jane.doe@example.com");
    chat.say("101");
    chat.say("unused");
    chat.say("yes");
    int messagesBefore = chat.view().messages().size();

    String workflowId = RefundWorkflow.workflowId(chat.conversationId);
    long[] added = new long[TURNS + 1];
    long size = historySize(client, workflowId);
    TurnAnswer last = null;
    for (int turn = 1; turn <= TURNS; turn++) {
      last = chat.send("status-" + turn, QUESTION);
      long now = historySize(client, workflowId);
      added[turn] = now - size;
      size = now;
    }
    History history = client.fetchHistory(workflowId).getHistory();
    HistoryEvent completed =
        history.getEventsList().stream()
            .filter(
                e -> e.getEventType() == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED)
            .reduce((first, second) -> second)
            .orElseThrow();
    String json =
        completed
            .getWorkflowExecutionUpdateCompletedEventAttributes()
            .getOutcome()
            .getSuccess()
            .getPayloads(0)
            .getData()
            .toString(StandardCharsets.UTF_8);
    int turnTextBytes =
        (QUESTION + last.replies().get(0).text()).getBytes(StandardCharsets.UTF_8).length;
    return new Conversation200(added, size, last, json, messagesBefore, turnTextBytes);
  }

  private static long historySize(WorkflowClient client, String workflowId) {
    return client.fetchHistory(workflowId).getHistory().getSerializedSize();
  }

  private static long max(long[] added, int from, int to) {
    return IntStream.rangeClosed(from, to).mapToLong(turn -> added[turn]).max().orElseThrow();
  }

  private static long min(long[] added, int from, int to) {
    return Arrays.stream(added, from, to + 1).min().orElseThrow();
  }
}
