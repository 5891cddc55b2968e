package io.policyflow.refund.workflow.steps;

import io.policyflow.refund.channel.ChannelActivities;
import io.policyflow.refund.commerce.CommerceActivities;
import io.policyflow.refund.conversation.AgentAction;
import io.policyflow.refund.conversation.Awaiting;
import io.policyflow.refund.conversation.Message;
import io.policyflow.refund.conversation.Status;
import io.policyflow.refund.understanding.Intent;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The refund policy as a dialogue: wires the steps together and routes to them. A customer message
 * goes first to the intents that hold at any point (a person → {@link HandOff}, cancel → {@link
 * Cancel}, "where is my refund?" → {@link FollowUp}), otherwise to the {@link Step} whose question
 * the conversation awaits. A deadline goes to the step that owns it for the conversation's status.
 * See {@code package-info.java} for the whole flow.
 */
public final class RefundDialogue {

  private final Conversation c;
  private final BestEffort bestEffort;
  private final NotUnderstood notUnderstood;
  private final HandOff handOff;
  private final Cancel cancel;
  private final Abandon abandon;
  private final IdentifyCustomer identify;
  private final FollowUp followUp;
  private final SizeLimit sizeLimit;
  private final Map<Awaiting, Step> stepAsking = new EnumMap<>(Awaiting.class);

  public RefundDialogue(
      Conversation c,
      CommerceActivities store,
      CommerceActivities refunds,
      ChannelActivities channel) {
    this.c = c;
    bestEffort = new BestEffort(c, store, channel);
    handOff = new HandOff(c, bestEffort);
    notUnderstood = new NotUnderstood(c, handOff);
    sizeLimit = new SizeLimit(c, handOff);
    cancel = new Cancel(c);
    abandon = new Abandon(c);
    StoreLookup lookup = new StoreLookup(c, handOff);
    OfferAlternatives alternatives = new OfferAlternatives(c, handOff, notUnderstood);
    ConfirmAndRefund confirm =
        new ConfirmAndRefund(c, refunds, bestEffort, alternatives, handOff, notUnderstood);
    CheckCondition condition = new CheckCondition(c, confirm, alternatives, notUnderstood);
    ChooseItems items = new ChooseItems(c, condition, alternatives, notUnderstood);
    CheckEligibility eligibility = new CheckEligibility(c, items, condition, alternatives);
    ChooseOrder chooseOrder =
        new ChooseOrder(c, store, lookup, eligibility, handOff, notUnderstood);
    identify = new IdentifyCustomer(c, store, lookup, chooseOrder, handOff, notUnderstood);
    followUp = new FollowUp(c, store, lookup, handOff, notUnderstood);
    NothingAsked nothingAsked = new NothingAsked(c, notUnderstood);
    for (Step step :
        List.of(
            identify,
            chooseOrder,
            items,
            condition,
            alternatives,
            confirm,
            followUp,
            nothingAsked)) {
      stepAsking.put(step.asks(), step);
    }
    if (stepAsking.size() != Awaiting.values().length) {
      throw new IllegalStateException(
          "Every question needs the step that asks it: " + stepAsking.keySet());
    }
  }

  /** The bot's first messages. */
  public void start() {
    identify.start();
  }

  /**
   * A customer message (already in the transcript); the bot's replies go to the conversation's
   * replies.
   */
  public void onMessage(String text) {
    if (c.status() == Status.HANDED_OFF || c.status() == Status.CLOSED) {
      return; // the transcript has it; an agent owns the conversation now
    }
    notUnderstood.turnStarts();
    Intent intent = c.reads().intent(text);
    c.read("intent: " + Conversation.word(intent));
    if (intent == Intent.AGENT) {
      handOff.because("The customer asked for a person.");
    } else if (intent == Intent.CANCEL) {
      cancel.byCustomer();
    } else if (intent == Intent.REFUND_STATUS && c.awaiting() == Awaiting.FOLLOW_UP) {
      followUp.notArrived();
    } else if (intent == Intent.REFUND_STATUS) {
      followUp.whereIsMyRefund();
    } else {
      stepAsking.get(c.awaiting()).answer(text);
    }
    notUnderstood.turnEnds();
  }

  /** Whether the conversation records this message: within the policy's limits, and not full. */
  public boolean admits(String text) {
    return sizeLimit.admits(text);
  }

  /**
   * A message past the limits, not recorded: the first one hands off and says so; the conversation
   * is full.
   */
  public void onMessagePastLimits() {
    sizeLimit.turnAway();
  }

  /**
   * As many signals added no message as the policy takes messages: the conversation is full and
   * ends.
   */
  public void onTooManySignals() {
    sizeLimit.tooManySignals();
  }

  /** An agent acted in the helpdesk. */
  public void onAgent(AgentAction action) {
    handOff.onAgent(action);
  }

  /** When the next deadline of the conversation is due; null when none is. */
  public Instant nextDeadline() {
    return switch (c.status()) {
      case ACTIVE -> abandon.deadline();
      case FOLLOWING_UP -> followUp.deadline();
      case HANDED_OFF -> handOff.deadline();
      case CLOSED -> null;
    };
  }

  /**
   * The deadline came with no turn before it; what the bot says goes to the conversation's replies.
   */
  public void onDeadline() {
    switch (c.status()) {
      case ACTIVE -> abandon.onDeadline();
      case FOLLOWING_UP -> followUp.onDeadline();
      case HANDED_OFF -> handOff.onDeadline();
      case CLOSED -> {}
    }
  }

  /** Pushes a bot message through the channel; a failed delivery never fails the turn. */
  public void push(Message message) {
    bestEffort.push(message);
  }
}
