package io.policyflow.refund.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.policyflow.refund.channel.ChannelActivities;
import io.policyflow.refund.channel.ChannelEvent;
import io.policyflow.refund.conversation.CustomerMessage;
import io.policyflow.refund.conversation.TurnReply;
import io.temporal.api.enums.v1.EventType;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.NonDeterministicException;
import io.temporal.workflow.Workflow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The negative control of {@link ReplayTest}: the recorded histories, replayed against a
 * deliberately incompatible change, fail with a non-determinism error wherever the conversation
 * reached the changed step; the same change behind {@code Workflow.getVersion} replays them all.
 *
 * <p>The change: a typing indicator pushed through the channel before each customer turn sent as
 * the {@code reply} update is answered, an extra activity where running conversations already
 * recorded something else.
 */
class ReplayNegativeControlTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("withATurnSentAsUpdate")
  void anUnversionedExtraActivityBreaksEveryConversationWithATurnSentAsUpdate(String name)
      throws Exception {
    WorkflowExecutionHistory history = RecordedHistories.load(name);

    Throwable failure =
        catchThrowable(
            () -> WorkflowReplayer.replayWorkflowExecution(history, TypingIndicator.class));

    assertThat(failure).as("replay against the unversioned change").isNotNull();
    assertThat(nonDeterministic(failure)).as("a non-determinism error: %s", failure).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("withoutATurnSentAsUpdate")
  void conversationsThatNeverReachedTheChangedStepStillReplay(String name) throws Exception {
    WorkflowExecutionHistory history = RecordedHistories.load(name);

    assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(history, TypingIndicator.class))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.policyflow.refund.workflow.RecordedHistories#names")
  void theSameChangeBehindGetVersionReplaysEveryConversation(String name) throws Exception {
    WorkflowExecutionHistory history = RecordedHistories.load(name);

    assertThatCode(
            () -> WorkflowReplayer.replayWorkflowExecution(history, VersionedTypingIndicator.class))
        .doesNotThrowAnyException();
  }

  static Stream<String> withATurnSentAsUpdate() throws Exception {
    return RecordedHistories.names().stream()
        .filter(ReplayNegativeControlTest::hasATurnSentAsUpdate);
  }

  static Stream<String> withoutATurnSentAsUpdate() throws Exception {
    return RecordedHistories.names().stream().filter(name -> !hasATurnSentAsUpdate(name));
  }

  private static boolean hasATurnSentAsUpdate(String name) {
    try {
      return RecordedHistories.load(name).getEvents().stream()
          .filter(
              event ->
                  event.getEventType() == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED)
          .anyMatch(
              event ->
                  event
                      .getWorkflowExecutionUpdateAcceptedEventAttributes()
                      .getAcceptedRequest()
                      .getInput()
                      .getName()
                      .equals("reply"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether the replay failed on non-determinism. {@link WorkflowReplayer} (SDK 1.38) reports it as
   * a RuntimeException whose message names the {@link NonDeterministicException}, without keeping
   * it as the cause, so the cause chain and the messages are both checked.
   */
  private static boolean nonDeterministic(Throwable failure) {
    String named = "error=" + NonDeterministicException.class.getName() + ":";
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof NonDeterministicException
          || String.valueOf(t.getMessage()).contains(named)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Today's workflow with a typing indicator pushed before each turn sent as an update: an
   * unversioned change.
   */
  public static class TypingIndicator extends RefundWorkflowImpl {

    private final ChannelActivities channel =
        Workflow.newActivityStub(ChannelActivities.class, ActivityOptionsFor.channel());

    /** Whether this conversation shows the indicator. */
    protected boolean showsTyping() {
      return true;
    }

    @Override
    public TurnReply reply(CustomerMessage message) {
      if (showsTyping()) {
        String workflowId = Workflow.getInfo().getWorkflowId();
        String conversationId = workflowId.substring(RefundWorkflow.WORKFLOW_ID_PREFIX.length());
        channel.deliver(new ChannelEvent(conversationId, "typing", null, null));
      }
      return super.reply(message);
    }
  }

  /**
   * The same change the documented way: conversations started before it keep their recorded
   * behaviour.
   */
  public static class VersionedTypingIndicator extends TypingIndicator {

    @Override
    protected boolean showsTyping() {
      return Workflow.getVersion("typing-indicator", Workflow.DEFAULT_VERSION, 1) == 1;
    }
  }
}
