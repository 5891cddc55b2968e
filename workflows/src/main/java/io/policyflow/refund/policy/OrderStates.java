package io.policyflow.refund.policy;

import java.util.Locale;

/** How an order state that allows no refund is explained to the customer. */
final class OrderStates {

  private OrderStates() {}

  static String explain(String state) {
    String key = state == null ? "" : state.trim().toLowerCase(Locale.ROOT);
    switch (key) {
      case "canceled":
      case "cancelled":
        return "this order was cancelled";
      case "closed":
        return "this order has already been closed (fully refunded)";
      case "holded":
        return "this order is on hold";
      case "new":
      case "pending_payment":
        return "this order hasn't been paid yet";
      case "payment_review":
        return "this order's payment is still under review";
      default:
        return "this order is in state " + (key.isEmpty() ? "unknown" : key);
    }
  }
}
