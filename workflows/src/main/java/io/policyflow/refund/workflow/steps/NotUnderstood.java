package io.policyflow.refund.workflow.steps;

import java.util.List;

/**
 * Replies the bot did not understand: each is answered with a rephrased question, and the policy's
 * {@code maxNotUnderstood}-th in a row goes to an agent instead. A turn the bot understood starts
 * the count again.
 */
final class NotUnderstood {

  private final Conversation c;
  private final HandOff handOff;
  private int inARow;
  private boolean thisTurn;

  NotUnderstood(Conversation c, HandOff handOff) {
    this.c = c;
    this.handOff = handOff;
  }

  void turnStarts() {
    thisTurn = false;
  }

  void turnEnds() {
    if (!thisTurn) {
      inARow = 0;
    }
  }

  /**
   * Asks again, in other words (with these options), or hands off when that is one time too many.
   */
  void rephrase(String rephrased, List<String> options) {
    thisTurn = true;
    inARow++;
    if (inARow >= c.policy().maxNotUnderstood()) {
      handOff.because("The bot did not understand the customer " + inARow + " times in a row.");
      return;
    }
    c.say(rephrased, options);
  }
}
