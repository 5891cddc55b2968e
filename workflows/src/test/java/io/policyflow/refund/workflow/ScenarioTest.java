package io.policyflow.refund.workflow;

import io.policyflow.refund.client.RefundWorkflowNames;
import io.policyflow.refund.policy.RefundPolicy;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.client.WorkflowClient;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A refund conversation on Temporal's test server with time skipping, against an in-memory store
 * and a recording channel. The clock starts on Thursday, November 26, 2026, 10:00 UTC.
 */
@ExtendWith(HistoryRecorder.class)
abstract class ScenarioTest {

  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          .registerWorkflowImplementationTypes(RefundWorkflowImpl.class)
          .registerSearchAttribute(
              RefundWorkflowNames.STAGE.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
          .registerSearchAttribute(
              RefundWorkflowNames.OUTCOME.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
          .registerSearchAttribute(
              RefundWorkflowNames.ORDER_NUMBER.getName(),
              IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
          .setInitialTime(FakeStore.NOW)
          .setDoNotStart(true)
          .build();

  protected FakeStore store;
  protected RecordingChannel channel;
  protected TestWorkflowEnvironment env;
  protected Chat chat;

  @BeforeEach
  void startWorker(TestWorkflowEnvironment testEnv, Worker worker, WorkflowClient client) {
    env = testEnv;
    store = FakeStore.withDemoData();
    channel = new RecordingChannel();
    worker.registerActivitiesImplementations(store, channel, new FixedPolicy(policy()));
    testEnv.start();
    chat = new Chat(client, worker.getTaskQueue(), "c-1");
  }

  /** The policy configured on the worker for this scenario. */
  protected RefundPolicy policy() {
    return RefundPolicy.defaults();
  }

  /** Lets durable time pass (timers fire as they would over that many real days). */
  protected void wait(Duration duration) {
    env.sleep(duration);
  }

  /** Opens a conversation as Jane and picks an order from the list. */
  protected String janePicks(String orderChoice) {
    chat.open();
    chat.say("it's Jane.Doe@Example.com, thanks");
    return chat.reply(orderChoice);
  }
}
