package io.policyflow.sandbox.refund;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.sandbox.json.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The 2.4 credit memo document validators, in Magento's order: order-level ({@code CanRefund}),
 * credit-memo-level (quantities, then totals), invoice-level (invoice endpoint), then per requested
 * item. Returns the rendered rule messages; an empty list means the refund may proceed.
 */
final class RefundValidator {

  static final String HEADER = "Creditmemo Document Validation Error(s):\n";

  private static final BigDecimal EPSILON = new BigDecimal("0.0001");

  private RefundValidator() {}

  static List<String> validate(
      ObjectNode order,
      ObjectNode invoice,
      CreditmemoDraft memo,
      RefundInput input,
      boolean invoiceMethodMustRefund) {
    List<String> messages = new ArrayList<>();
    orderLevel(order, messages);
    quantities(memo, messages);
    totals(order, memo, messages);
    if (invoice != null) {
      invoiceLevel(order, invoice, input, invoiceMethodMustRefund, messages);
    }
    items(order, input, messages);
    return messages;
  }

  /** {@code Order\Validation\CanRefund}. */
  private static void orderLevel(ObjectNode order, List<String> messages) {
    String state = Json.text(order, "state");
    if (OrderStateResolver.REFUND_BLOCKED_STATES.contains(state)) {
      String status = Json.text(order, "status");
      messages.add(
          "A creditmemo can not be created when an order has a status of "
              + (status == null ? "" : status));
    } else if (!OrderStateResolver.hasPaidAmountLeft(order)) {
      messages.add("The order does not allow a creditmemo to be created.");
    }
  }

  /**
   * {@code Creditmemo\Validation\QuantityValidator}: a fractional quantity on a whole-unit item (no
   * {@code is_qty_decimal}) is invalid, else a quantity above the refundable one. Its "You can't
   * create a creditmemo without products." is 2.3-era: in 2.4 the check reads {@code totalQty < 0}
   * and never fires.
   */
  private static void quantities(CreditmemoDraft memo, List<String> messages) {
    for (CreditmemoDraft.Line line : memo.lines()) {
      if (!line.child() && isFractional(line.qty()) && !isQtyDecimal(line.orderItem())) {
        messages.add("We found an invalid quantity to refund item \"" + line.sku() + "\".");
      } else if (!line.child() && line.qty().subtract(line.limit()).compareTo(EPSILON) > 0) {
        messages.add(
            "The quantity to creditmemo must not be greater than the unrefunded quantity for product SKU \""
                + line.sku()
                + "\".");
      }
    }
    if (memo.grandTotal().signum() <= 0) {
      messages.add("The credit memo's total must be positive.");
    }
  }

  private static boolean isFractional(BigDecimal qty) {
    return qty.stripTrailingZeros().scale() > 0;
  }

  /** The order item's {@code is_qty_decimal}: only such items may be refunded in fractions. */
  private static boolean isQtyDecimal(JsonNode orderItem) {
    JsonNode value = orderItem.get("is_qty_decimal");
    return value != null && (value.asBoolean() || value.asInt() == 1);
  }

  /**
   * {@code Creditmemo\Validation\TotalsValidator}: the money cap, with the raw available amount.
   */
  private static void totals(ObjectNode order, CreditmemoDraft memo, List<String> messages) {
    BigDecimal paid = Json.dec(order, "base_total_paid");
    BigDecimal refunded = Json.dec(order, "base_total_refunded");
    BigDecimal afterThisOne = Json.round(refunded.add(memo.baseGrandTotal()));
    if (afterThisOne.compareTo(Json.round(paid)) > 0) {
      messages.add(
          "The most money available to refund is " + Json.plain(paid.subtract(refunded)) + ".");
    }
  }

  /** {@code Invoice\Validation\CanRefund}. */
  private static void invoiceLevel(
      ObjectNode order,
      ObjectNode invoice,
      RefundInput input,
      boolean invoiceMethodMustRefund,
      List<String> messages) {
    boolean paid = Json.dec(invoice, "state").intValue() == 2;
    BigDecimal left =
        Json.dec(invoice, "base_grand_total").subtract(Json.dec(invoice, "base_total_refunded"));
    JsonNode payment = order.get("payment");
    boolean methodRefunds = PaymentMethods.refundsOnline(Json.text(payment, "method"));
    boolean methodOk = methodRefunds || !(input.isOnline() || invoiceMethodMustRefund);
    if (!(paid && left.compareTo(EPSILON) >= 0 && methodOk)) {
      messages.add("We can't create creditmemo for the invoice.");
    }
  }

  /** {@code Creditmemo\Item\Validation\CreationQuantityValidator}, once per requested item. */
  private static void items(ObjectNode order, RefundInput input, List<String> messages) {
    for (RefundInput.Item requested : input.items()) {
      ObjectNode orderItem = OrderItems.byId(order, requested.orderItemId());
      if (orderItem == null) {
        messages.add(
            "The creditmemo contains product item that is not part of the original order.");
      } else if (!OrderItems.isChild(orderItem) && OrderItems.isDummy(order, orderItem)) {
        // The parent of a dynamic-price bundle: its children are what can be refunded.
        messages.add("The creditmemo contains incorrect product items.");
      } else if (!OrderItems.isDummy(order, orderItem)
          && requested.qty() != null
          && requested.qty().subtract(OrderItems.qtyToRefund(orderItem)).compareTo(EPSILON) > 0) {
        messages.add("The quantity to refund must not be greater than the unrefunded quantity.");
      }
    }
  }
}
