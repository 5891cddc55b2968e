package io.policyflow.refund.workflow;

import io.policyflow.refund.commerce.CustomerRecord;
import io.policyflow.refund.commerce.OrderLine;
import io.policyflow.refund.commerce.OrderRecord;
import io.policyflow.refund.commerce.RefundLine;
import io.policyflow.refund.conversation.Author;
import io.policyflow.refund.conversation.Awaiting;
import io.policyflow.refund.conversation.ConversationContext;
import io.policyflow.refund.conversation.ConversationState;
import io.policyflow.refund.conversation.ConversationView;
import io.policyflow.refund.conversation.HandoffView;
import io.policyflow.refund.conversation.Message;
import io.policyflow.refund.conversation.OrderView;
import io.policyflow.refund.conversation.Outcome;
import io.policyflow.refund.conversation.RefundView;
import io.policyflow.refund.conversation.Status;
import io.policyflow.refund.policy.RefundPolicy;
import io.policyflow.refund.text.MoneyText;
import io.temporal.workflow.Workflow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one refund conversation: transcript, what the bot waits for, the customer, order and refund. Lives
 * inside workflow code: it reads time only through {@link Workflow}.
 */
final class Conversation {

  final String conversationId;
  final String workflowId;
  final ConversationContext context;
  final RefundPolicy policy;
  final ZoneId zone;

  private final Transcript transcript = new Transcript();
  private final Map<String, List<Message>> repliesByMessageId = new HashMap<>();
  private List<Message> pendingReplies = new ArrayList<>();

  Status status = Status.ACTIVE;
  Awaiting awaiting = Awaiting.NOTHING;
  Outcome outcome;
  HandoffView handoff;
  RefundView refund;

  CustomerRecord customer;
  List<OrderRecord> listedOrders = List.of();
  OrderRecord order;
  List<OrderLine> offeredLines = List.of();
  List<RefundLine> chosenLines = List.of();
  BigDecimal confirmedAmount;
  String notEligibleReason;

  int emailAttempts;
  int orderAttempts;
  int notUnderstoodInARow;
  boolean reminded;
  private boolean ended;
  Instant lastActivityAt;
  Instant followUpSentAt;

  Conversation(String conversationId, ConversationContext context, RefundPolicy policy) {
    this.conversationId = conversationId;
    this.workflowId = RefundWorkflow.workflowId(conversationId);
    this.context = context == null ? ConversationContext.empty() : context;
    this.policy = policy;
    this.zone = ZoneId.of(policy.timeZone());
    this.lastActivityAt = now();
  }

  static Instant now() {
    return Instant.ofEpochMilli(Workflow.currentTimeMillis());
  }

  /** Adds a bot message to the transcript and to the replies of the turn being processed. */
  Message say(String text, List<String> options) {
    Message message = transcript.add(Author.BOT, text, options, now());
    pendingReplies.add(message);
    return message;
  }

  /** A bot message that goes into the transcript but not into the current turn's replies (it is pushed). */
  Message announce(String text) {
    return transcript.add(Author.BOT, text, List.of(), now());
  }

  Message say(String text) {
    return say(text, List.of());
  }

  /** Records what an agent did, in the transcript. */
  void agentSaid(String text) {
    transcript.add(Author.AGENT, text, List.of(), now());
    lastActivityAt = now();
  }

  /** Records a customer message; starts collecting the bot's replies to it. */
  void heard(String text) {
    transcript.add(Author.CUSTOMER, text, List.of(), now());
    lastActivityAt = now();
    reminded = false;
  }

  /** The bot's messages since the last call. */
  List<Message> takeReplies() {
    List<Message> replies = List.copyOf(pendingReplies);
    pendingReplies = new ArrayList<>();
    return replies;
  }

  void answered(String messageId, List<Message> replies) {
    repliesByMessageId.put(messageId, replies);
  }

  boolean hasAnswered(String messageId) {
    return repliesByMessageId.containsKey(messageId);
  }

  List<Message> answerTo(String messageId) {
    return repliesByMessageId.get(messageId);
  }

  /** The bot now waits for this answer. */
  void await(Awaiting next) {
    awaiting = next;
    lastActivityAt = now();
    reminded = false;
  }

  void close(Outcome closedAs) {
    status = Status.CLOSED;
    awaiting = Awaiting.NOTHING;
    outcome = closedAs;
    ended = true;
  }

  /** Ends the workflow without changing what the conversation shows (a handed-off conversation gone quiet). */
  void end() {
    ended = true;
    awaiting = Awaiting.NOTHING;
  }

  boolean isOver() {
    return ended;
  }

  /** The bot's latest message, or null. */
  Message lastBotMessage() {
    List<Message> all = transcript.messages();
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).author() == Author.BOT) {
        return all.get(i);
      }
    }
    return null;
  }

  /** The bot's latest question (a message with options or ending in '?'), or null. */
  Message lastQuestion() {
    List<Message> all = transcript.messages();
    for (int i = all.size() - 1; i >= 0; i--) {
      Message message = all.get(i);
      if (message.author() == Author.BOT && (!message.options().isEmpty() || message.text().endsWith("?"))) {
        return message;
      }
    }
    return null;
  }

  String transcriptForAgent() {
    return transcript.forAgent();
  }

  ConversationView view() {
    return new ConversationView(
        conversationId,
        workflowId,
        status,
        awaiting,
        outcome,
        transcript.messages(),
        orderView(),
        refund,
        handoff);
  }

  /** Where the conversation stands, without the transcript (constant size, for a turn's answer). */
  ConversationState state() {
    return new ConversationState(status, awaiting, outcome, orderView(), refund, handoff, transcript.size());
  }

  private OrderView orderView() {
    if (order == null) {
      return null;
    }
    return new OrderView(
        order.number(),
        order.placedAt(),
        MoneyText.scaled(order.grandTotal(), order.currency()),
        order.currency(),
        order.state());
  }
}
