package io.policyflow.refund.workflow.steps;

import io.policyflow.refund.conversation.Author;
import io.policyflow.refund.conversation.Awaiting;
import io.policyflow.refund.conversation.ConversationContext;
import io.policyflow.refund.conversation.ConversationState;
import io.policyflow.refund.conversation.ConversationView;
import io.policyflow.refund.conversation.HandoffView;
import io.policyflow.refund.conversation.Message;
import io.policyflow.refund.conversation.Outcome;
import io.policyflow.refund.conversation.Reading;
import io.policyflow.refund.conversation.RefundView;
import io.policyflow.refund.conversation.Status;
import io.policyflow.refund.policy.RefundPolicy;
import io.policyflow.refund.understanding.Understanding;
import io.temporal.workflow.Workflow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The state of one refund conversation: what the bot waits for, how it stands and ends, its {@link
 * Transcript}, {@link Claim} (customer, order, lines, amount) and {@link Silence}. Lives inside
 * workflow code: it reads time only through {@link Workflow}. The workflow reads it and keeps the
 * turn bookkeeping (the public methods); only the policy steps of this package change it, through
 * the named transitions (the package-private ones).
 */
public final class Conversation {

  private final String conversationId;
  private final String workflowId;
  private final ConversationContext context;
  private final RefundPolicy policy;
  private final ZoneId zone;
  private final Transcript transcript = new Transcript();
  private final Claim claim = new Claim();
  private final Silence silence;

  private Status status = Status.ACTIVE;
  private Awaiting awaiting = Awaiting.NOTHING;
  private Outcome outcome;
  private HandoffView handoff;
  private RefundView refund;
  private String notEligibleReason;
  private boolean ended;
  private boolean full;
  private final Understanding understanding;
  private final List<Reading> readings = new ArrayList<>();
  private Message heard;
  private Awaiting heardWhile;

  public Conversation(
      String conversationId,
      String workflowId,
      ConversationContext context,
      RefundPolicy policy,
      Understanding understanding) {
    this.understanding = understanding;
    this.conversationId = conversationId;
    this.workflowId = workflowId;
    this.context = context == null ? ConversationContext.empty() : context;
    this.policy = policy;
    this.zone = ZoneId.of(policy.timeZone());
    this.silence = new Silence(now());
  }

  public static Instant now() {
    return Instant.ofEpochMilli(Workflow.currentTimeMillis());
  }

  public RefundPolicy policy() {
    return policy;
  }

  public Status status() {
    return status;
  }

  public Awaiting awaiting() {
    return awaiting;
  }

  public Outcome outcome() {
    return outcome;
  }

  /** The number of the order the conversation is about, or null before one is chosen. */
  public String orderNumber() {
    return claim.order() == null ? null : claim.order().number();
  }

  public boolean isOver() {
    return ended;
  }

  /**
   * True once a message passed the policy's {@code limits}: the conversation takes no new message
   * ids.
   */
  public boolean isFull() {
    return full;
  }

  public ConversationView view() {
    return new ConversationView(
        conversationId,
        workflowId,
        status,
        awaiting,
        outcome,
        transcript.messages(),
        claim.orderView(),
        refund,
        handoff);
  }

  /** Where the conversation stands, without the transcript (constant size, for a turn's answer). */
  public ConversationState state() {
    return new ConversationState(
        status, awaiting, outcome, claim.orderView(), refund, handoff, transcript.size());
  }

  /** Records a customer message; starts collecting the bot's replies to it. */
  public void heard(String text) {
    heard = transcript.add(Author.CUSTOMER, text, List.of(), now());
    heardWhile = awaiting;
    silence.restart(now());
  }

  /** The bot's messages since the last call. */
  public List<Message> takeReplies() {
    return transcript.takeReplies();
  }

  public void answered(String messageId, List<Message> replies) {
    transcript.answered(messageId, replies);
  }

  /**
   * How the bot read each customer message it interpreted, in order: at most one per recorded
   * customer message (a message answered with no reading, e.g. after a hand-off, has none).
   */
  public List<Reading> readings() {
    return List.copyOf(readings);
  }

  public boolean hasAnswered(String messageId) {
    return transcript.answerTo(messageId) != null;
  }

  public List<Message> answerTo(String messageId) {
    return transcript.answerTo(messageId);
  }

  String conversationId() {
    return conversationId;
  }

  String workflowId() {
    return workflowId;
  }

  ConversationContext context() {
    return context;
  }

  /**
   * How this conversation reads customer messages: fixed when it started (change {@code
   * understanding-2}), so a running conversation keeps its readings.
   */
  Understanding reads() {
    return understanding;
  }

  /**
   * Notes how the step read the latest customer message ({@code "yes/no: yes"}); a second reading
   * of the same message is added to its first ({@code "intent: none; yes/no: yes"}).
   */
  void read(String what) {
    if (heard == null) {
      return;
    }
    int last = readings.size() - 1;
    if (last >= 0 && readings.get(last).seq() == heard.seq()) {
      Reading first = readings.get(last);
      readings.set(last, new Reading(first.seq(), first.question(), first.reading() + "; " + what));
    } else {
      readings.add(new Reading(heard.seq(), heardWhile.name(), what));
    }
  }

  /**
   * A typed reading as words for {@link #read}: {@code NOT_ARRIVED} → "not arrived", {@code
   * UNKNOWN} → "unclear" (the bot asks again).
   */
  static String word(Enum<?> value) {
    return value.name().equals("UNKNOWN")
        ? "unclear"
        : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Today in the policy's time zone (workflow time). */
  LocalDate today() {
    return LocalDate.ofInstant(now(), zone);
  }

  ZoneId zone() {
    return zone;
  }

  Transcript transcript() {
    return transcript;
  }

  Claim claim() {
    return claim;
  }

  Silence silence() {
    return silence;
  }

  RefundView refund() {
    return refund;
  }

  String notEligibleReason() {
    return notEligibleReason;
  }

  /** Adds a bot message to the transcript and to the replies of the turn being processed. */
  Message say(String text, List<String> options) {
    return transcript.reply(text, options, now());
  }

  Message say(String text) {
    return say(text, List.of());
  }

  /**
   * A bot message that goes into the transcript but not into the current turn's replies (it is
   * pushed).
   */
  Message announce(String text) {
    return transcript.add(Author.BOT, text, List.of(), now());
  }

  /** Records what an agent did, in the transcript. */
  void agentSaid(String text) {
    transcript.add(Author.AGENT, text, List.of(), now());
    silence.agentActed(now());
  }

  /** The bot now waits for this answer. */
  void await(Awaiting next) {
    awaiting = next;
    silence.restart(now());
  }

  /** Not eligible for the reason told to the customer; an alternative may still be offered. */
  void notEligible(String reason) {
    notEligibleReason = reason;
    outcome = Outcome.NOT_ELIGIBLE;
  }

  /** The refund was issued: the conversation follows up until the money has arrived. */
  void refunded(RefundView issued) {
    refund = issued;
    status = Status.FOLLOWING_UP;
    outcome = Outcome.REFUNDED;
  }

  /** The bot asked whether the refund arrived, and waits for the answer. */
  void followedUp() {
    await(Awaiting.FOLLOW_UP);
    silence.followUpSent(now());
  }

  /** A person owns the conversation now (its silence keeps counting from the last activity). */
  void handedOff(HandoffView view) {
    handoff = view;
    status = Status.HANDED_OFF;
    outcome = Outcome.HANDED_OFF;
    awaiting = Awaiting.NOTHING;
  }

  void close(Outcome closedAs) {
    status = Status.CLOSED;
    awaiting = Awaiting.NOTHING;
    outcome = closedAs;
    ended = true;
  }

  /** A message passed the policy's limits: no new message is recorded or answered from now on. */
  void full() {
    full = true;
  }

  /**
   * Ends the workflow without changing what the conversation shows (a handed-off conversation gone
   * quiet).
   */
  void end() {
    ended = true;
    awaiting = Awaiting.NOTHING;
  }
}
