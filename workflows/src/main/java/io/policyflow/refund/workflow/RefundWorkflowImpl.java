package io.policyflow.refund.workflow;

import io.policyflow.refund.channel.ChannelActivities;
import io.policyflow.refund.commerce.CommerceActivities;
import io.policyflow.refund.conversation.AgentAction;
import io.policyflow.refund.conversation.Awaiting;
import io.policyflow.refund.conversation.ConversationView;
import io.policyflow.refund.conversation.CustomerMessage;
import io.policyflow.refund.conversation.Message;
import io.policyflow.refund.conversation.OpenResult;
import io.policyflow.refund.conversation.Status;
import io.policyflow.refund.conversation.TurnAnswer;
import io.policyflow.refund.conversation.TurnReply;
import io.policyflow.refund.conversation.TurnResult;
import io.policyflow.refund.policy.PolicyActivities;
import io.policyflow.refund.policy.RefundPolicy;
import io.policyflow.refund.workflow.steps.Conversation;
import io.policyflow.refund.workflow.steps.RefundDialogue;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Temporal glue of the refund conversation: turns arrive through the update and the signal, are processed one at
 * a time in arrival order by the workflow's main loop, and deadlines (reminder, abandonment, follow-up) fire as
 * durable timers. What the bot says and does, and when each deadline falls, is in the policy steps of
 * {@link RefundDialogue}.
 */
public class RefundWorkflowImpl implements RefundWorkflow {

  /**
   * Version marker of constant-size turns: from version 1 on, the {@code reply} update answers the turn's replies
   * and the conversation's state ({@link TurnAnswer}) instead of the whole conversation ({@link TurnResult}),
   * whose transcript made a conversation's history grow with the square of its length.
   */
  static final String CONSTANT_SIZE_TURNS_CHANGE = "constant-size-turns";

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

  @Override
  public ConversationView run(RefundRequest request) {
    RefundPolicy policy = request.policy() != null ? request.policy() : policies.currentPolicy();
    constantSizeTurns =
        Workflow.getVersion(CONSTANT_SIZE_TURNS_CHANGE, Workflow.DEFAULT_VERSION, 1) != Workflow.DEFAULT_VERSION;
    conversation = new Conversation(
        request.conversationId(), RefundWorkflow.workflowId(request.conversationId()), request.context(), policy);
    dialogue = new RefundDialogue(conversation, store, refunds, channel);
    dialogue.start();
    List<Message> greeting = conversation.takeReplies();
    if (request.pushGreeting()) {
      greeting.forEach(dialogue::push);
    }
    greeted = true;
    attributes.upsert(conversation);

    while (!conversation.isOver() || !inbox.isEmpty()) {
      if (inbox.isEmpty() && agentActions.isEmpty()) {
        waitForTurnOrDeadline();
      }
      if (!agentActions.isEmpty()) {
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
    if (message == null || isBlank(message.messageId()) || message.text() == null || message.text().isBlank()) {
      throw new IllegalArgumentException("A message needs a messageId and a non-empty text.");
    }
    if (conversation != null
        && conversation.isOver()
        && !conversation.hasAnswered(message.messageId())
        && !queued.contains(message.messageId())) {
      throw new IllegalStateException("The conversation is closed.");
    }
  }

  @Override
  public void receive(CustomerMessage message) {
    if (message == null || isBlank(message.messageId()) || message.text() == null || message.text().isBlank()) {
      return;
    }
    String id = message.messageId();
    boolean known = conversation != null && conversation.hasAnswered(id);
    if (!known && queued.add(id)) {
      inbox.add(new Turn(message, true));
    }
  }

  @Override
  public void agent(AgentAction action) {
    if (action != null && action.kind() != null) {
      agentActions.add(action);
    }
  }

  @Override
  public ConversationView view() {
    if (conversation == null) {
      return new ConversationView(null, Workflow.getInfo().getWorkflowId(), Status.ACTIVE, Awaiting.NOTHING,
          null, List.of(), null, null, null);
    }
    return conversation.view();
  }

  private void process(Turn turn) {
    CustomerMessage message = turn.message();
    long startedAt = Workflow.currentTimeMillis();
    conversation.heard(message.text());
    dialogue.onMessage(message.text());
    List<Message> replies = conversation.takeReplies();
    conversation.answered(message.messageId(), replies);
    queued.remove(message.messageId());
    boolean slow = Workflow.currentTimeMillis() - startedAt > conversation.policy().slowTurnThreshold().toMillis();
    if (turn.viaSignal() || slow) {
      replies.forEach(dialogue::push);
    }
  }

  private void waitForTurnOrDeadline() {
    Instant deadline = dialogue.nextDeadline();
    if (deadline == null) {
      Workflow.await(() -> !inbox.isEmpty() || !agentActions.isEmpty());
      return;
    }
    Duration wait = Duration.between(Conversation.now(), deadline);
    boolean turnArrived = !wait.isNegative() && !wait.isZero() && Workflow.await(wait, () -> !inbox.isEmpty() || !agentActions.isEmpty());
    if (!turnArrived && inbox.isEmpty() && agentActions.isEmpty()) {
      onDeadline();
    }
  }

  private void onDeadline() {
    dialogue.onDeadline();
    conversation.takeReplies().forEach(dialogue::push);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
