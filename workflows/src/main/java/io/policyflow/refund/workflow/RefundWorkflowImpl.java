package io.policyflow.refund.workflow;

import io.policyflow.refund.channel.ChannelActivities;
import io.policyflow.refund.client.RefundWorkflowNames;
import io.policyflow.refund.commerce.CommerceActivities;
import io.policyflow.refund.conversation.AgentAction;
import io.policyflow.refund.conversation.ConversationView;
import io.policyflow.refund.conversation.CustomerMessage;
import io.policyflow.refund.conversation.Message;
import io.policyflow.refund.conversation.OpenResult;
import io.policyflow.refund.conversation.Reading;
import io.policyflow.refund.conversation.TurnAnswer;
import io.policyflow.refund.conversation.TurnReply;
import io.policyflow.refund.conversation.TurnResult;
import io.policyflow.refund.policy.PolicyActivities;
import io.policyflow.refund.policy.RefundPolicy;
import io.policyflow.refund.understanding.Understanding;
import io.policyflow.refund.workflow.steps.Conversation;
import io.policyflow.refund.workflow.steps.RefundDialogue;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Temporal glue of the refund conversation: turns arrive through the update and the signal, are
 * processed one at a time in arrival order by the workflow's main loop, and deadlines (reminder,
 * abandonment, follow-up) fire as durable timers. What the bot says and does, and when each
 * deadline falls, is in the policy steps of {@link RefundDialogue}.
 *
 * <p>A run stays bounded (from {@link #BOUNDED_CONVERSATIONS_CHANGE} on): a message past the
 * policy's {@code limits} is not recorded and makes the conversation full (handed off, with one
 * last sentence); a full conversation refuses new message ids in {@link #validateReply} (a refused
 * update is not in the history) and drops them from {@link #receive}; signals that add no message
 * (repeated or dropped ids, empty ones) are counted, and as many of them as the policy takes
 * messages end the run. A repeated {@code open} is refused ({@link #validateOpen}), so opening
 * again never writes the conversation into the history.
 */
public class RefundWorkflowImpl implements RefundWorkflow {

  /**
   * Version marker of constant-size turns: from version 1 on, the {@code reply} update answers the
   * turn's replies and the conversation's state ({@link TurnAnswer}) instead of the whole
   * conversation ({@link TurnResult}), whose transcript made a conversation's history grow with the
   * square of its length.
   */
  static final String CONSTANT_SIZE_TURNS_CHANGE = "constant-size-turns";

  /**
   * Version marker of bounded conversations: from version 1 on, the policy's {@code limits} apply
   * (messages past them are turned away and the conversation hands off) and signals that add no
   * message are counted until they end the run. Runs started before take every message, as they
   * did.
   */
  static final String BOUNDED_CONVERSATIONS_CHANGE = "bounded-conversations";

  /**
   * Version marker of the second reply understanding: from version 1 on, conversations read replies
   * with {@link Understanding#CURRENT} (hedges asked again, negated and recency picks, "keep it"
   * closing, polite yeses; see {@code ReadingRules}). Read once when the run starts: runs started
   * before keep {@link Understanding#LEGACY}, so their replays do not change.
   */
  static final String UNDERSTANDING_CHANGE = "understanding-2";

  private final CommerceActivities store =
      Workflow.newActivityStub(CommerceActivities.class, ActivityOptionsFor.storeLookups());
  private final CommerceActivities refunds =
      Workflow.newActivityStub(CommerceActivities.class, ActivityOptionsFor.refunds());
  private final ChannelActivities channel =
      Workflow.newActivityStub(ChannelActivities.class, ActivityOptionsFor.channel());
  private final PolicyActivities policies =
      Workflow.newLocalActivityStub(PolicyActivities.class, ActivityOptionsFor.policy());

  private final Deque<Turn> inbox = new ArrayDeque<>();
  private final Deque<AgentAction> agentActions = new ArrayDeque<>();
  private final Set<String> queued = new HashSet<>();
  private final StageAttributes attributes = new StageAttributes();
  private Conversation conversation;
  private RefundDialogue dialogue;
  private boolean greeted;
  private boolean opened;
  private boolean constantSizeTurns;
  private boolean bounded;
  private int wastedSignals;

  @Override
  public ConversationView run(RefundRequest request) {
    RefundPolicy policy = request.policy() != null ? request.policy() : policies.currentPolicy();
    constantSizeTurns =
        Workflow.getVersion(CONSTANT_SIZE_TURNS_CHANGE, Workflow.DEFAULT_VERSION, 1)
            != Workflow.DEFAULT_VERSION;
    bounded =
        Workflow.getVersion(BOUNDED_CONVERSATIONS_CHANGE, Workflow.DEFAULT_VERSION, 1)
            != Workflow.DEFAULT_VERSION;
    Understanding understanding =
        Understanding.ofVersion(
            Workflow.getVersion(UNDERSTANDING_CHANGE, Workflow.DEFAULT_VERSION, 1));
    conversation =
        new Conversation(
            request.conversationId(),
            RefundWorkflow.workflowId(request.conversationId()),
            request.context(),
            policy,
            understanding);
    dialogue = new RefundDialogue(conversation, store, refunds, channel);
    dialogue.start();
    List<Message> greeting = conversation.takeReplies();
    if (request.pushGreeting()) {
      greeting.forEach(dialogue::push);
    }
    greeted = true;
    attributes.upsert(conversation);

    while (!conversation.isOver() || !inbox.isEmpty()) {
      if (!somethingToDo()) {
        waitForTurnOrDeadline();
      }
      if (tooManySignals() && !conversation.isOver()) {
        dialogue.onTooManySignals();
        conversation.takeReplies().forEach(dialogue::push);
      } else if (!agentActions.isEmpty()) {
        dialogue.onAgent(agentActions.poll());
      } else if (!inbox.isEmpty()) {
        process(inbox.poll());
      }
      attributes.upsert(conversation);
    }
    Workflow.await(Workflow::isEveryHandlerFinished);
    return conversation.view();
  }

  @Override
  public void validateOpen() {
    if (opened) {
      throw ApplicationFailure.newNonRetryableFailure(
          RefundWorkflowNames.refusal(
              RefundWorkflowNames.ALREADY_OPEN,
              "the conversation is already open; read it with the view query."),
          RefundWorkflowNames.ALREADY_OPEN);
    }
  }

  @Override
  public OpenResult open() {
    Workflow.await(() -> greeted);
    boolean created = !opened;
    opened = true;
    return new OpenResult(created, conversation.view());
  }

  @Override
  public TurnReply reply(CustomerMessage message) {
    Workflow.await(() -> greeted);
    String id = message.messageId();
    if (!conversation.hasAnswered(id) && queued.add(id)) {
      inbox.add(new Turn(message, false));
    }
    Workflow.await(() -> conversation.hasAnswered(id));
    List<Message> replies = conversation.answerTo(id);
    return constantSizeTurns
        ? new TurnAnswer(replies, conversation.state())
        : new TurnResult(replies, conversation.view());
  }

  @Override
  public void validateReply(CustomerMessage message) {
    if (!isComplete(message)) {
      throw new IllegalArgumentException("A message needs a messageId and a non-empty text.");
    }
    if (conversation == null
        || conversation.hasAnswered(message.messageId())
        || queued.contains(message.messageId())) {
      return;
    }
    if (conversation.isOver()) {
      throw new IllegalStateException("The conversation is closed.");
    }
    if (conversation.isFull()) {
      throw ApplicationFailure.newNonRetryableFailure(
          RefundWorkflowNames.refusal(
              RefundWorkflowNames.CONVERSATION_FULL,
              "the conversation has reached its length limit."),
          RefundWorkflowNames.CONVERSATION_FULL);
    }
  }

  @Override
  public void receive(CustomerMessage message) {
    boolean valid = isComplete(message);
    boolean known = valid && conversation != null && conversation.hasAnswered(message.messageId());
    boolean full = bounded && conversation != null && conversation.isFull();
    if (valid && !known && !full && queued.add(message.messageId())) {
      inbox.add(new Turn(message, true));
    } else if (bounded) {
      wastedSignals++;
    }
  }

  @Override
  public void agent(AgentAction action) {
    if (action != null && action.kind() != null) {
      agentActions.add(action);
    } else if (bounded) {
      wastedSignals++;
    }
  }

  @Override
  public ConversationView view() {
    return conversation == null
        ? ConversationView.beforeStart(Workflow.getInfo().getWorkflowId())
        : conversation.view();
  }

  @Override
  public List<Reading> readings() {
    return conversation == null ? List.of() : conversation.readings();
  }

  private void process(Turn turn) {
    CustomerMessage message = turn.message();
    long startedAt = Workflow.currentTimeMillis();
    if (!bounded || dialogue.admits(message.text())) {
      conversation.heard(message.text());
      dialogue.onMessage(message.text());
    } else {
      dialogue.onMessagePastLimits();
      wastedSignals += turn.viaSignal() ? 1 : 0;
    }
    List<Message> replies = conversation.takeReplies();
    conversation.answered(message.messageId(), replies);
    queued.remove(message.messageId());
    boolean slow =
        Workflow.currentTimeMillis() - startedAt
            > conversation.policy().slowTurnThreshold().toMillis();
    if (turn.viaSignal() || slow) {
      replies.forEach(dialogue::push);
    }
  }

  private void waitForTurnOrDeadline() {
    Instant deadline = dialogue.nextDeadline();
    if (deadline == null) {
      Workflow.await(this::somethingToDo);
      return;
    }
    Duration wait = Duration.between(Conversation.now(), deadline);
    boolean turnArrived =
        !wait.isNegative() && !wait.isZero() && Workflow.await(wait, this::somethingToDo);
    if (!turnArrived && !somethingToDo()) {
      onDeadline();
    }
  }

  /** A turn or an agent's action waits, or the signals that added nothing ask to end the run. */
  private boolean somethingToDo() {
    return !inbox.isEmpty() || !agentActions.isEmpty() || tooManySignals();
  }

  /**
   * As many signals added no message as the policy takes customer messages (never in runs started
   * before).
   */
  private boolean tooManySignals() {
    return bounded && wastedSignals >= conversation.policy().limits().maxCustomerMessages();
  }

  private void onDeadline() {
    dialogue.onDeadline();
    conversation.takeReplies().forEach(dialogue::push);
  }

  /** A message id and a text that is not blank. */
  private static boolean isComplete(CustomerMessage message) {
    return message != null
        && message.messageId() != null
        && !message.messageId().isBlank()
        && message.text() != null
        && !message.text().isBlank();
  }
}
