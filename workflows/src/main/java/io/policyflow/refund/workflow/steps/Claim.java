package io.policyflow.refund.workflow.steps;

import io.policyflow.refund.commerce.CustomerRecord;
import io.policyflow.refund.commerce.OrderLine;
import io.policyflow.refund.commerce.OrderRecord;
import io.policyflow.refund.commerce.RefundLine;
import io.policyflow.refund.conversation.OrderView;
import io.policyflow.refund.text.MoneyText;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the customer is claiming, as the steps establish it: who they are, the orders listed to
 * them, the order chosen, the lines offered and chosen, and the amount they were asked to confirm.
 * Part of the {@link Conversation}; changed only through the named transitions.
 */
final class Claim {

  private CustomerRecord customer;
  private List<OrderRecord> listedOrders = List.of();
  private OrderRecord order;
  private List<OrderLine> offeredLines = List.of();
  private List<RefundLine> chosenLines = List.of();
  private BigDecimal confirmedAmount;
  private int emailAttempts;
  private int orderAttempts;

  CustomerRecord customer() {
    return customer;
  }

  List<OrderRecord> listedOrders() {
    return listedOrders;
  }

  OrderRecord order() {
    return order;
  }

  List<OrderLine> offeredLines() {
    return offeredLines;
  }

  List<RefundLine> chosenLines() {
    return chosenLines;
  }

  BigDecimal confirmedAmount() {
    return confirmedAmount;
  }

  /** No customer for the email the customer gave; returns how many emails were not found so far. */
  int emailNotFound() {
    return ++emailAttempts;
  }

  void identified(CustomerRecord found) {
    customer = found;
  }

  void listed(List<OrderRecord> orders) {
    listedOrders = orders;
  }

  /** The order the customer named is not among the listed ones; returns how many times so far. */
  int orderNotFound() {
    return ++orderAttempts;
  }

  /** The order the conversation is about (with the details needed to refund it). */
  void chose(OrderRecord detailed) {
    order = detailed;
  }

  /** The order's lines the customer was asked to choose from. */
  void offered(List<OrderLine> lines) {
    offeredLines = lines;
  }

  /** The lines (and quantities) to refund. */
  void choseLines(List<RefundLine> lines) {
    chosenLines = lines;
  }

  /** The amount the customer is asked to confirm. */
  void confirming(BigDecimal amount) {
    confirmedAmount = amount;
  }

  OrderView orderView() {
    if (order == null) {
      return null;
    }
    return new OrderView(
        order.number(),
        order.placedAt(),
        MoneyText.scaled(order.grandTotal(), order.currency()),
        order.currency(),
        order.state());
  }
}
