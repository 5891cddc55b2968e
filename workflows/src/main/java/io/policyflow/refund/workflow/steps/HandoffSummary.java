package io.policyflow.refund.workflow.steps;

import io.policyflow.refund.commerce.CustomerRecord;
import io.policyflow.refund.commerce.OrderRecord;
import io.policyflow.refund.conversation.RefundView;
import io.policyflow.refund.text.DateText;
import io.policyflow.refund.text.MoneyText;
import java.math.BigDecimal;

/**
 * What a human agent needs to take over: reason, customer, order, amounts, what failed, and the
 * transcript.
 */
final class HandoffSummary {

  private HandoffSummary() {}

  static String of(Conversation c, String reason) {
    StringBuilder text = new StringBuilder();
    text.append("Reason: ").append(reason).append('\n');
    text.append("Conversation: ")
        .append(c.conversationId())
        .append(" (workflow ")
        .append(c.workflowId())
        .append(")\n");
    text.append("Customer: ").append(customer(c)).append('\n');
    OrderRecord order = c.claim().order();
    if (order != null) {
      text.append("Order: #")
          .append(order.number())
          .append(", placed ")
          .append(DateText.day(order.placedAt(), c.zone()))
          .append(", total ")
          .append(MoneyText.format(order.grandTotal(), order.currency()))
          .append(", paid ")
          .append(MoneyText.format(order.totalPaid(), order.currency()))
          .append(", already refunded ")
          .append(MoneyText.format(order.totalRefunded(), order.currency()))
          .append(", state ")
          .append(order.state())
          .append(", payment ")
          .append(order.paymentMethod())
          .append('\n');
    }
    BigDecimal proposed = c.claim().confirmedAmount();
    if (proposed != null && order != null) {
      text.append("Refund proposed: ")
          .append(MoneyText.format(proposed, order.currency()))
          .append('\n');
    }
    RefundView refund = c.refund();
    if (refund != null) {
      text.append("Refund issued: ")
          .append(MoneyText.format(refund.amount(), refund.currency()))
          .append(", credit memo ")
          .append(refund.creditMemoId())
          .append(", expected by ")
          .append(refund.expectedBy())
          .append('\n');
    }
    if (c.notEligibleReason() != null) {
      text.append("Not eligible: ").append(c.notEligibleReason()).append('\n');
    }
    text.append("Transcript:\n").append(c.transcript().forAgent());
    return text.toString();
  }

  private static String customer(Conversation c) {
    CustomerRecord customer = c.claim().customer();
    if (customer == null) {
      String email = c.context().customerEmail();
      return email == null ? "not identified" : "not identified (chat gave " + email + ")";
    }
    String name =
        ((customer.firstName() == null ? "" : customer.firstName())
                + " "
                + (customer.lastName() == null ? "" : customer.lastName()))
            .strip();
    String kind = customer.guest() ? "guest" : "customer id " + customer.customerId();
    return (name.isEmpty() ? "" : name + " ") + "<" + customer.email() + "> (" + kind + ")";
  }
}
