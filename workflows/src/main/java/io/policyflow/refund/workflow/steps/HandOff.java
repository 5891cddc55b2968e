package io.policyflow.refund.workflow.steps;

import io.policyflow.refund.channel.ChannelEvent;
import io.policyflow.refund.commerce.OrderRecord;
import io.policyflow.refund.conversation.AgentAction;
import io.policyflow.refund.conversation.HandoffView;
import io.policyflow.refund.conversation.Outcome;
import java.time.Instant;

/**
 * Step 7, handing off to a person. Reached from any step: the customer asks for a person, a store
 * call fails, the bot did not understand twice in a row, the policy wants a human decision, or the
 * conversation reached its size limit ({@link SizeLimit}, which has the bot say {@link
 * BotSays#conversationFull()} instead).
 *
 * <ul>
 *   <li>Hands off: the reason and a {@link HandoffSummary} for the agent, {@link
 *       BotSays#handedOff()}, a comment on the order (when there is one), and a {@code handoff}
 *       event to the channel. The bot no longer speaks.
 *   <li>An agent acting in the helpdesk ({@link AgentAction}): recorded in the transcript; a close
 *       ends the conversation, keeping its outcome.
 *   <li>A handed-off conversation quiet for the policy's {@code abandonAfter} ends the workflow as
 *       it stands.
 * </ul>
 */
final class HandOff {

  private final Conversation c;
  private final BestEffort bestEffort;

  HandOff(Conversation c, BestEffort bestEffort) {
    this.c = c;
    this.bestEffort = bestEffort;
  }

  void because(String reason) {
    because(reason, BotSays.handedOff());
  }

  /** Hands off, telling the customer this instead of {@link BotSays#handedOff()}. */
  void because(String reason, String saying) {
    HandoffView handoff = new HandoffView(reason, HandoffSummary.of(c, reason), Conversation.now());
    c.handedOff(handoff);
    c.say(saying);
    OrderRecord order = c.claim().order();
    if (order != null) {
      bestEffort.comment(
          order.orderId(),
          "Policyflow handed conversation " + c.conversationId() + " to an agent: " + reason);
    }
    bestEffort.deliver(ChannelEvent.handoff(c.conversationId(), handoff));
  }

  /** An agent acted in the helpdesk: the transcript records it; a close ends the conversation. */
  void onAgent(AgentAction action) {
    String who = action.agent() == null || action.agent().isBlank() ? "An agent" : action.agent();
    String note = action.note() == null || action.note().isBlank() ? "" : ": " + action.note();
    switch (action.kind()) {
      case CLOSED -> {
        c.agentSaid(who + " closed the conversation" + note);
        c.close(c.outcome() == null ? Outcome.HANDED_OFF : c.outcome());
      }
    }
  }

  /** When a handed-off conversation ends for good: quiet for the abandon delay. */
  Instant deadline() {
    return c.silence().since().plus(c.policy().abandonAfter());
  }

  void onDeadline() {
    c.end();
  }
}
