package io.policyflow.refund.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyflow.refund.client.RefundWorkflowNames;
import io.policyflow.refund.conversation.Author;
import io.policyflow.refund.conversation.ConversationView;
import io.policyflow.refund.conversation.Status;
import io.policyflow.refund.policy.ConversationLimits;
import io.policyflow.refund.policy.RefundPolicy;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.common.SearchAttributeKey;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactoryOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A customer who never stops: 300 messages of 2,000 characters (the API's longest) against the
 * shipped limits end with the conversation handed off and a history far below Temporal's 50 MB. A
 * run started before bounded conversations still takes every message.
 */
class BoundedHistoryTest {

  static final String QUEUE = "bounded-history";
  static final int MESSAGES = 300;
  static final String TEXT =
      "I want my money back for the broken kettle, and I will keep writing until I get it. "
          .repeat(25)
          .substring(0, 2_000);

  private TestWorkflowEnvironment env;

  @AfterEach
  void close() {
    if (env != null) {
      env.close();
    }
  }

  @Test
  void threeHundredMessagesOf2000CharactersEndHandedOffWithAHistoryUnder5Mb() {
    WorkflowClient client =
        start(WorkerFactoryOptions.newBuilder().build(), RefundPolicy.defaults());
    Chat chat = new Chat(client, QUEUE, "endless-1");
    chat.open();

    int accepted = 0;
    int refused = 0;
    for (int i = 1; i <= MESSAGES; i++) {
      try {
        chat.send("m-" + i, TEXT);
        accepted++;
      } catch (WorkflowUpdateException e) {
        refused++;
      }
    }

    WorkflowExecutionHistory history =
        client.fetchHistory(RefundWorkflow.workflowId(chat.conversationId));
    long bytes = history.getHistory().getSerializedSize();
    ConversationView view = chat.view();
    long customerMessages =
        view.messages().stream().filter(m -> m.author() == Author.CUSTOMER).count();
    System.out.printf(
        "bounded: %d accepted, %d refused, %d customer messages, history %d bytes in %d events%n",
        accepted, refused, customerMessages, bytes, history.getEvents().size());
    int fit = ConversationLimits.DEFAULT_MAX_CUSTOMER_TEXT_BYTES / TEXT.length(); // 131
    assertThat(customerMessages).isEqualTo(fit);
    assertThat(accepted).as("the messages that fit, and the one past the cap").isEqualTo(fit + 1);
    assertThat(refused).isEqualTo(MESSAGES - fit - 1);
    assertThat(view.status()).isEqualTo(Status.HANDED_OFF);
    assertThat(view.handoff()).as("handed off (not understood, long before the cap)").isNotNull();
    assertThat(view.messages().get(view.messages().size() - 1).text())
        .contains("reached its length limit");
    assertThat(bytes).isLessThan(5L * 1024 * 1024);
  }

  @Test
  void aRunStartedBeforeBoundedConversationsTakesEveryMessage() {
    WorkflowClient client =
        start(
            WorkerFactoryOptions.newBuilder()
                .setWorkerInterceptors(
                    new RunStartedBefore(RefundWorkflowImpl.BOUNDED_CONVERSATIONS_CHANGE))
                .build(),
            RefundPolicy.defaults());
    Chat chat = new Chat(client, QUEUE, "endless-2");
    chat.open();

    for (int i = 1; i <= MESSAGES; i++) {
      chat.send("m-" + i, TEXT);
    }

    ConversationView view = chat.view();
    long bytes =
        client
            .fetchHistory(RefundWorkflow.workflowId(chat.conversationId))
            .getHistory()
            .getSerializedSize();
    System.out.printf(
        "unbounded (started before): %d messages, history %d bytes%n", MESSAGES, bytes);
    assertThat(view.messages().stream().filter(m -> m.author() == Author.CUSTOMER))
        .hasSize(MESSAGES);
    assertThat(view.messages()).noneMatch(m -> m.text().contains("length limit"));
  }

  private WorkflowClient start(WorkerFactoryOptions workerOptions, RefundPolicy policy) {
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
        FakeStore.withDemoData(), new RecordingChannel(), new FixedPolicy(policy));
    env.start();
    return env.getWorkflowClient();
  }
}
