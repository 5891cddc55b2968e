package io.policyflow.refund.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.policyflow.refund.client.RefundWorkflowNames;
import io.policyflow.refund.conversation.Author;
import io.policyflow.refund.conversation.ConversationView;
import io.policyflow.refund.conversation.Message;
import io.policyflow.refund.conversation.Status;
import io.policyflow.refund.conversation.TurnAnswer;
import io.policyflow.refund.policy.ConversationLimits;
import io.policyflow.refund.policy.RefundPolicy;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Step 7, a conversation that reached its size limit, with a policy that takes 4 customer messages
 * and 200 bytes of customer text: the message past a cap is not recorded, the bot hands off with
 * one last sentence, new message ids are refused (updates) or dropped (signals) and a repeated one
 * is still answered; signals that add nothing end the run.
 */
class ConversationLimitsScenarioTest extends ScenarioTest {

  static final String FULL =
      "This conversation has reached its length limit, so I've passed it to a member of our"
          + " support team, who can see everything so far and will reply here.";

  @Override
  protected RefundPolicy policy() {
    return RefundPolicy.defaults().withLimits(new ConversationLimits(4, 200));
  }

  @Test
  void theMessagePastTheCapIsNotRecordedTheBotHandsOffWithOneLastSentenceAndNewIdsAreRefused() {
    chat.open();
    chat.say("it's jane.doe@example.com");
    List<String> itemsQuestion = chat.say("102");
    chat.say("where is my refund?");
    chat.say("where is my refund?");

    TurnAnswer past = chat.send("m-5", "the tank please");

    assertThat(Chat.texts(past.replies())).containsExactly(FULL);
    assertThat(past.state().status()).isEqualTo(Status.HANDED_OFF);
    ConversationView view = chat.view();
    assertThat(view.handoff().reason())
        .isEqualTo(
            "The conversation reached its size limit (4 customer messages or 200 bytes of customer text).");
    assertThat(customerTexts(view)).hasSize(4).doesNotContain("the tank please");
    assertThat(view.messages())
        .last()
        .extracting(Message::author, Message::text)
        .containsExactly(Author.BOT, FULL);
    assertThat(channel.handoffs()).hasSize(1);
    assertThat(store.comments)
        .anySatisfy(c -> assertThat(c).startsWith("102: Policyflow handed").contains("size limit"));

    Throwable refused = catchThrowable(() -> chat.send("m-6", "hello?"));

    assertThat(refused).isInstanceOf(WorkflowUpdateException.class);
    assertThat(refused.getCause())
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure ->
                assertThat(
                        RefundWorkflowNames.isRefusal(
                            failure, RefundWorkflowNames.CONVERSATION_FULL))
                    .isTrue());
    assertThat(acceptedUpdateIds())
        .doesNotContain(RefundWorkflowNames.replyUpdateId("m-6"))
        .contains(RefundWorkflowNames.replyUpdateId("m-5"));
    assertThat(chat.send("m-5", "the tank please").replies()).isEqualTo(past.replies());
    assertThat(Chat.texts(chat.send("m-2", "102").replies())).isEqualTo(itemsQuestion);
    assertThat(chat.view().messages()).isEqualTo(view.messages());
  }

  @Test
  void aConversationAnAgentAlreadyHasGetsTheLastSentenceWithoutASecondHandoff() {
    janePicks("102");
    chat.say("agent please");
    assertThat(chat.say("hello?")).isEmpty();

    assertThat(chat.say("anyone there?")).containsExactly(FULL);

    ConversationView view = chat.view();
    assertThat(view.handoff().reason()).isEqualTo("The customer asked for a person.");
    assertThat(channel.handoffs()).hasSize(1);
    assertThat(customerTexts(view)).hasSize(4).doesNotContain("anyone there?");
  }

  @Test
  void theTextCapCountsUtf8Bytes() {
    chat.open();
    chat.say("é".repeat(90)); // 90 characters, 180 bytes
    chat.say("ok thanks"); // 189 bytes

    assertThat(chat.say("😀😀😀")).containsExactly(FULL); // 12 more bytes, 201

    ConversationView view = chat.view();
    assertThat(view.status()).isEqualTo(Status.HANDED_OFF);
    assertThat(customerTexts(view)).containsExactly("é".repeat(90), "ok thanks");
  }

  @Test
  void signalsPastTheCapAreDroppedAndAsManySignalsThatAddNothingAsTheCapEndTheRun()
      throws Exception {
    chat.open();
    chat.signal("m-1", "jane.doe@example.com");
    chat.signal("m-1", "jane.doe@example.com"); // repeated: adds nothing (1)
    chat.signal("m-2", "102");
    chat.signal("m-3", "where is my refund?");
    chat.signal("m-4", "where is my refund?");
    chat.signal("m-5", "the tank please"); // past the cap (2)

    Eventually.holds(() -> assertThat(channel.messages()).last().isEqualTo(FULL));
    chat.signal("m-6", "hello?"); // dropped (3)
    List<String> answered = Chat.texts(chat.send("m-4", "where is my refund?").replies());

    assertThat(answered).isNotEmpty();
    assertThat(customerTexts(chat.view())).hasSize(4).doesNotContain("the tank please", "hello?");
    WorkflowStub run =
        env.getWorkflowClient()
            .newUntypedWorkflowStub(RefundWorkflow.workflowId(chat.conversationId));
    assertThat(run.describe().getStatus())
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);

    chat.signal("m-7", "anyone?"); // dropped (4): the run ends

    ConversationView last = run.getResult(10, TimeUnit.SECONDS, ConversationView.class);
    assertThat(last.status()).isEqualTo(Status.HANDED_OFF);
    assertThat(customerTexts(last)).hasSize(4);
    assertThat(channel.messages()).filteredOn(FULL::equals).hasSize(1);
    assertThat(channel.handoffs()).hasSize(1);
  }

  @Test
  void openingAgainIsRefusedSoTheConversationIsNotWrittenIntoTheHistoryAgain() {
    chat.open();
    chat.say("it's jane.doe@example.com");

    Throwable refused = catchThrowable(chat::openAgain);

    assertThat(refused).isInstanceOf(WorkflowUpdateException.class);
    assertThat(refused.getCause())
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure ->
                assertThat(RefundWorkflowNames.isRefusal(failure, RefundWorkflowNames.ALREADY_OPEN))
                    .isTrue());
    assertThat(acceptedUpdateIds())
        .filteredOn(id -> RefundWorkflowNames.messageIdOf(id) == null)
        .hasSize(1);
  }

  private static List<String> customerTexts(ConversationView view) {
    return view.messages().stream()
        .filter(m -> m.author() == Author.CUSTOMER)
        .map(Message::text)
        .toList();
  }

  private List<String> acceptedUpdateIds() {
    return env
        .getWorkflowClient()
        .fetchHistory(RefundWorkflow.workflowId(chat.conversationId))
        .getEvents()
        .stream()
        .filter(e -> e.getEventType() == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED)
        .map(
            e ->
                e.getWorkflowExecutionUpdateAcceptedEventAttributes()
                    .getAcceptedRequest()
                    .getMeta()
                    .getUpdateId())
        .toList();
  }
}
