package io.policyflow.refund.workflow.steps;

import io.policyflow.refund.commerce.OrderLine;
import io.policyflow.refund.commerce.OrderRecord;
import io.policyflow.refund.policy.Eligibility;
import io.policyflow.refund.policy.EligibilityRules;
import java.util.List;

/**
 * Step 3, is the chosen order eligible? Asks nothing: applies the policy's order rules ({@link
 * EligibilityRules#checkOrder}: state, money left, return window) and line rules ({@link
 * EligibilityRules#refundableLines}: non-returnable SKUs, quantities left).
 *
 * <p>Not eligible, or nothing left to refund → {@link OfferAlternatives}. Several open lines →
 * {@link ChooseItems}. One → {@link CheckCondition} with all of it.
 */
final class CheckEligibility {

  private final Conversation c;
  private final ChooseItems items;
  private final CheckCondition condition;
  private final OfferAlternatives alternatives;

  CheckEligibility(
      Conversation c, ChooseItems items, CheckCondition condition, OfferAlternatives alternatives) {
    this.c = c;
    this.items = items;
    this.condition = condition;
    this.alternatives = alternatives;
  }

  void check(OrderRecord order) {
    Eligibility eligibility = EligibilityRules.checkOrder(order, c.policy(), Conversation.now());
    if (!eligibility.eligible()) {
      alternatives.offer(eligibility);
      return;
    }
    List<OrderLine> open =
        order.lines().stream().filter(line -> line.refundableQty().signum() > 0).toList();
    List<OrderLine> returnable = EligibilityRules.refundableLines(order, c.policy());
    if (returnable.isEmpty()) {
      Eligibility lines = EligibilityRules.checkLines(open, c.policy());
      alternatives.offer(lines.eligible() ? nothingLeft() : lines);
      return;
    }
    if (open.size() > 1) {
      items.offer(order, open);
      return;
    }
    condition.check(ChooseItems.allOf(returnable));
  }

  /** The verdict when every line is refunded already, or the refund would come to nothing. */
  static Eligibility nothingLeft() {
    return Eligibility.no(
        Eligibility.Rule.NOTHING_LEFT_TO_REFUND, "there is nothing left to refund on this order");
  }
}
