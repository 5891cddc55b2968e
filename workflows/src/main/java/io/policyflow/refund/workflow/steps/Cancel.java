package io.policyflow.refund.workflow.steps;

import io.policyflow.refund.conversation.Outcome;
import io.policyflow.refund.conversation.RefundView;

/**
 * Step 7, the customer stops ("never mind", "cancel"), at any point of an active conversation.
 * Before a refund: {@link BotSays#cancelled()}, closed as {@code CANCELLED}. After one: where the
 * refund is ({@link BotSays#closedAfterRefund}), closed as {@code REFUNDED}.
 */
final class Cancel {

  private final Conversation c;

  Cancel(Conversation c) {
    this.c = c;
  }

  void byCustomer() {
    RefundView refund = c.refund();
    if (refund != null) {
      c.say(BotSays.closedAfterRefund(refund, c.zone()));
      c.close(Outcome.REFUNDED);
    } else {
      c.say(BotSays.cancelled());
      c.close(Outcome.CANCELLED);
    }
  }
}
