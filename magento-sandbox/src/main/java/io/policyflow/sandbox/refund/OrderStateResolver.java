package io.policyflow.sandbox.refund;

import com.fasterxml.jackson.databind.JsonNode;
import io.policyflow.sandbox.json.Json;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * Order state rules after a credit memo ({@code Order\StateResolver}, {@code Order::canShip},
 * {@code canInvoice}, {@code canCreditmemo}) and the default status of each state.
 */
public final class OrderStateResolver {

  public static final Set<String> REFUND_BLOCKED_STATES =
      Set.of("payment_review", "holded", "canceled", "closed");

  private static final BigDecimal EPSILON = new BigDecimal("0.0001");
  private static final Map<String, String> DEFAULT_STATUS =
      Map.of(
          "new", "pending",
          "pending_payment", "pending_payment",
          "processing", "processing",
          "complete", "complete",
          "closed", "closed",
          "canceled", "canceled",
          "holded", "holded",
          "payment_review", "payment_review");

  private OrderStateResolver() {}

  public static String defaultStatus(String state) {
    return DEFAULT_STATUS.getOrDefault(state, state);
  }

  /** The state an order moves to once its current totals and item quantities are in place. */
  public static String resolve(JsonNode order) {
    String state = Json.text(order, "state");
    if (state == null) {
      state = "new";
    }
    if ("canceled".equals(state) || "closed".equals(state) || "holded".equals(state)) {
      return state;
    }
    if (canInvoice(order)) {
      return state;
    }
    if (!canShip(order)) {
      if (Json.dec(order, "grand_total").signum() == 0 || canCreditmemo(order)) {
        return "complete";
      }
      if (Json.dec(order, "total_refunded").signum() != 0) {
        return "closed";
      }
    }
    return state;
  }

  public static boolean canInvoice(JsonNode order) {
    String state = Json.text(order, "state");
    if (Set.of("payment_review", "holded", "canceled", "complete", "closed").contains(state)) {
      return false;
    }
    for (JsonNode item : OrderItems.all(order)) {
      if (!OrderItems.isChild(item) && OrderItems.qtyToInvoice(item).signum() > 0) {
        return true;
      }
    }
    return false;
  }

  public static boolean canShip(JsonNode order) {
    String state = Json.text(order, "state");
    if ("holded".equals(state) || "payment_review".equals(state) || "canceled".equals(state)) {
      return false;
    }
    for (JsonNode item : OrderItems.all(order)) {
      if (OrderItems.isChild(item) || OrderItems.isVirtual(item)) {
        continue;
      }
      boolean fullyRefunded =
          Json.dec(item, "qty_refunded").compareTo(Json.dec(item, "qty_ordered")) == 0;
      if (OrderItems.qtyToShip(item).signum() > 0 && !fullyRefunded) {
        return true;
      }
    }
    return false;
  }

  /** {@code Order::canCreditmemo}, including the "adjustment fee used up the rest" case. */
  public static boolean canCreditmemo(JsonNode order) {
    String state = Json.text(order, "state");
    if (REFUND_BLOCKED_STATES.contains(state)) {
      return false;
    }
    BigDecimal left =
        Json.round(Json.dec(order, "total_paid")).subtract(Json.dec(order, "total_refunded"));
    if (left.abs().compareTo(EPSILON) < 0) {
      return false;
    }
    BigDecimal adjustmentNegative = Json.dec(order, "adjustment_negative");
    return adjustmentNegative.signum() == 0
        || left.subtract(adjustmentNegative).abs().compareTo(EPSILON) >= 0;
  }

  /** {@code CanRefund} order validator's money check: something paid is still unrefunded. */
  public static boolean hasPaidAmountLeft(JsonNode order) {
    BigDecimal left =
        Json.round(Json.dec(order, "total_paid")).subtract(Json.dec(order, "total_refunded"));
    return left.abs().compareTo(EPSILON) >= 0;
  }
}
