package io.policyflow.refund.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyflow.refund.client.RefundWorkflowNames;
import io.policyflow.refund.conversation.Awaiting;
import io.policyflow.refund.conversation.Status;
import io.policyflow.refund.policy.RefundPolicy;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.client.WorkflowClient;
import io.temporal.common.SearchAttributeKey;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactoryOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Running conversations keep their readings: a run started before change {@code understanding-2}
 * reads "I think so? not 100% sure" at the condition question as a no, as it did (the item is not
 * eligible), while a run started after asks again.
 */
class UnderstandingVersionTest {

  static final String QUEUE = "understanding-2";
  static final String HEDGE = "I think so? not 100% sure";

  private TestWorkflowEnvironment env;

  @AfterEach
  void close() {
    if (env != null) {
      env.close();
    }
  }

  @Test
  void aRunStartedAfterTheChangeAsksAHedgeAgain() {
    Chat chat = atCondition(WorkerFactoryOptions.newBuilder().build());

    chat.say(HEDGE);

    assertThat(chat.view().status()).isEqualTo(Status.ACTIVE);
    assertThat(chat.view().awaiting()).isEqualTo(Awaiting.CONDITION);
  }

  @Test
  void aRunStartedBeforeTheChangeKeepsTheOldReading() {
    Chat chat =
        atCondition(
            WorkerFactoryOptions.newBuilder()
                .setWorkerInterceptors(
                    new RunStartedBefore(RefundWorkflowImpl.UNDERSTANDING_CHANGE))
                .build());

    chat.say(HEDGE);

    assertThat(chat.view().awaiting()).isEqualTo(Awaiting.ALTERNATIVE);
  }

  private Chat atCondition(WorkerFactoryOptions workerOptions) {
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
        FakeStore.withDemoData(), new RecordingChannel(), new FixedPolicy(RefundPolicy.defaults()));
    env.start();
    WorkflowClient client = env.getWorkflowClient();
    Chat chat = new Chat(client, QUEUE, "gate-1");
    chat.open();
    chat.say("it's jane.doe@example.com");
    chat.say("101");
    return chat;
  }
}
