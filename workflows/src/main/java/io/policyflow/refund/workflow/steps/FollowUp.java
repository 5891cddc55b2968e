package io.policyflow.refund.workflow.steps;

import io.policyflow.refund.commerce.CommerceActivities;
import io.policyflow.refund.commerce.CreditMemoStatus;
import io.policyflow.refund.conversation.Awaiting;
import io.policyflow.refund.conversation.Message;
import io.policyflow.refund.conversation.Outcome;
import io.policyflow.refund.conversation.RefundView;
import io.policyflow.refund.understanding.Arrival;
import io.policyflow.refund.understanding.ReplyInterpreter;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;

/**
 * Step 6, after the refund: a durable timer wakes on the expected date at {@link #FOLLOW_UP_TIME}
 * (local), checks the credit memo ({@link CommerceActivities#creditMemoStatus}; not refunded →
 * {@link HandOff}) and asks whether the money arrived ({@link BotSays#followUp}).
 *
 * <p>Accepts arrived / not arrived ({@link ReplyInterpreter#arrival}). Arrived → closed as {@code
 * REFUNDED}. Not arrived → {@link HandOff}. No answer within the policy's {@code
 * followUpReplyWindow} → taken as received, closed as {@code REFUNDED}. Not understood → asks again
 * ({@link NotUnderstood}). "Where is my refund?" is answered at any point ({@link
 * #whereIsMyRefund()}).
 */
final class FollowUp implements Step {

  /** Follow-ups go out at this local time on the expected date. */
  static final LocalTime FOLLOW_UP_TIME = LocalTime.of(9, 0);

  private final Conversation c;
  private final CommerceActivities store;
  private final StoreLookup lookup;
  private final HandOff handOff;
  private final NotUnderstood notUnderstood;

  FollowUp(
      Conversation c,
      CommerceActivities store,
      StoreLookup lookup,
      HandOff handOff,
      NotUnderstood notUnderstood) {
    this.c = c;
    this.store = store;
    this.lookup = lookup;
    this.handOff = handOff;
    this.notUnderstood = notUnderstood;
  }

  /**
   * The follow-up on the expected date or, once it went out, the end of the window for an answer.
   */
  Instant deadline() {
    return c.awaiting() == Awaiting.FOLLOW_UP
        ? c.silence().followUpSentAt().plus(c.policy().followUpReplyWindow())
        : c.refund().expectedBy().atTime(FOLLOW_UP_TIME).atZone(c.zone()).toInstant();
  }

  void onDeadline() {
    if (c.awaiting() == Awaiting.FOLLOW_UP) {
      c.close(Outcome.REFUNDED); // no answer within the window: the refund is taken as received
    } else {
      followUp();
    }
  }

  private void followUp() {
    RefundView refund = c.refund();
    Optional<CreditMemoStatus> memo =
        lookup.of(
            "Checking the refund's credit memo",
            () -> store.creditMemoStatus(refund.creditMemoId()));
    if (memo.isEmpty()) {
      return;
    }
    if (memo.get().state() != CreditMemoStatus.State.REFUNDED) {
      handOff.because(
          "At the follow-up date, credit memo "
              + refund.creditMemoId()
              + " is "
              + memo.get().state()
              + ", not refunded.");
      return;
    }
    c.say(BotSays.followUp(refund, c.zone()), BotSays.ARRIVAL_OPTIONS);
    c.followedUp();
  }

  @Override
  public Awaiting asks() {
    return Awaiting.FOLLOW_UP;
  }

  @Override
  public void answer(String text) {
    Arrival arrival = c.reads().arrival(text);
    c.read("arrival: " + Conversation.word(arrival));
    switch (arrival) {
      case NOT_ARRIVED -> notArrived();
      case ARRIVED -> {
        c.say(BotSays.arrived());
        c.close(Outcome.REFUNDED);
      }
      case UNKNOWN -> notUnderstood.rephrase(BotSays.arrivalAgain(), BotSays.ARRIVAL_OPTIONS);
    }
  }

  void notArrived() {
    handOff.because(
        "The customer says the refund has not arrived; it was expected by "
            + c.refund().expectedBy()
            + ".");
  }

  /**
   * Where the refund is; before one, says there is none yet and repeats the question the bot is
   * waiting on.
   */
  void whereIsMyRefund() {
    if (c.refund() != null) {
      c.say(BotSays.refundStatus(c.refund(), c.zone()));
      return;
    }
    c.say(BotSays.noRefundYet());
    Message last = c.transcript().lastQuestion();
    if (last != null && c.awaiting() != Awaiting.NOTHING) {
      c.say(last.text(), last.options());
    }
  }
}
