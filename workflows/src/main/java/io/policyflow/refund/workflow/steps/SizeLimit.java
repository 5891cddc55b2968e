package io.policyflow.refund.workflow.steps;

import io.policyflow.refund.conversation.Status;
import io.policyflow.refund.policy.ConversationLimits;

/**
 * Step 7, a conversation that reached its size limit: the policy's {@link ConversationLimits}
 * (customer messages and bytes of customer text, counted over the whole conversation, after a
 * handoff too).
 *
 * <ul>
 *   <li>The message that would pass either cap is not recorded. The bot hands off (reason: the size
 *       limit) or, when an agent already has the conversation, stays handed off, and says {@link
 *       BotSays#conversationFull()} as its last message. The conversation is full from then on: the
 *       workflow refuses new message ids, and later messages already on their way are not recorded
 *       and get no reply.
 *   <li>Signals that add no message (a repeated id, a new id to a full conversation) end the run
 *       when there are as many of them as the policy takes messages: the conversation is full
 *       first, then ends as it stands.
 * </ul>
 */
final class SizeLimit {

  private final Conversation c;
  private final HandOff handOff;

  SizeLimit(Conversation c, HandOff handOff) {
    this.c = c;
    this.handOff = handOff;
  }

  /** Whether the conversation records this message: not full, and within both caps with it. */
  boolean admits(String text) {
    Transcript transcript = c.transcript();
    return !c.isFull()
        && c.policy()
            .limits()
            .admit(transcript.customerMessages(), transcript.customerTextBytes(), text);
  }

  /**
   * A message past the limits: the first one makes the conversation full; it is not recorded either
   * way.
   */
  void turnAway() {
    if (c.isFull() || c.status() == Status.CLOSED) {
      return;
    }
    if (c.status() == Status.HANDED_OFF) {
      c.say(BotSays.conversationFull());
    } else {
      ConversationLimits limits = c.policy().limits();
      handOff.because(
          "The conversation reached its size limit ("
              + limits.maxCustomerMessages()
              + " customer messages or "
              + limits.maxCustomerTextBytes()
              + " bytes of customer text).",
          BotSays.conversationFull());
    }
    c.full();
  }

  /** Signals that added no message reached the bound: full (if it was not), and the run ends. */
  void tooManySignals() {
    turnAway();
    c.end();
  }
}
