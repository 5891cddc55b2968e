package io.policyflow.refund.workflow.steps;

import io.policyflow.refund.conversation.Awaiting;
import io.policyflow.refund.conversation.Outcome;
import io.policyflow.refund.policy.Eligibility;
import io.policyflow.refund.understanding.Alternative;
import io.policyflow.refund.understanding.ReplyInterpreter;
import io.policyflow.refund.understanding.YesNo;

/**
 * Step 3, not eligible: says exactly which rule fired ({@link BotSays#notEligible}) and offers
 * store credit or an exchange instead. The outcome is {@code NOT_ELIGIBLE} from here on, unless an
 * agent takes over.
 *
 * <p>Accepts store credit, an exchange or a refusal ({@link ReplyInterpreter#alternative}, or a
 * plain no). Store credit or exchange → {@link HandOff} (a person arranges it). Declined → closed
 * as {@code NOT_ELIGIBLE}. Not understood → asks again ({@link NotUnderstood}).
 */
final class OfferAlternatives implements Step {

  private final Conversation c;
  private final HandOff handOff;
  private final NotUnderstood notUnderstood;

  OfferAlternatives(Conversation c, HandOff handOff, NotUnderstood notUnderstood) {
    this.c = c;
    this.handOff = handOff;
    this.notUnderstood = notUnderstood;
  }

  void offer(Eligibility verdict) {
    c.notEligible(verdict.explanation());
    c.say(BotSays.notEligible(verdict.explanation()), BotSays.ALTERNATIVE_OPTIONS);
    c.await(Awaiting.ALTERNATIVE);
  }

  @Override
  public Awaiting asks() {
    return Awaiting.ALTERNATIVE;
  }

  @Override
  public void answer(String text) {
    Alternative alternative = c.reads().alternative(text);
    c.read("alternative: " + Conversation.word(alternative));
    switch (alternative) {
      case STORE_CREDIT ->
          handOff.because(
              "The order is not eligible for a refund ("
                  + c.notEligibleReason()
                  + "); the customer asks for store credit instead.");
      case EXCHANGE ->
          handOff.because(
              "The order is not eligible for a refund ("
                  + c.notEligibleReason()
                  + "); the customer asks for an exchange instead.");
      case DECLINED -> declined();
      case UNKNOWN -> {
        YesNo yesNo = c.reads().yesNo(text);
        c.read("yes/no: " + Conversation.word(yesNo));
        if (yesNo == YesNo.NO) {
          declined();
        } else {
          notUnderstood.rephrase(BotSays.alternativeAgain(), BotSays.ALTERNATIVE_OPTIONS);
        }
      }
    }
  }

  private void declined() {
    c.say(BotSays.declinedAlternative());
    c.close(Outcome.NOT_ELIGIBLE);
  }
}
