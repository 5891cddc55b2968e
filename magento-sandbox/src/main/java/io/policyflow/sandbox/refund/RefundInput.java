package io.policyflow.sandbox.refund;

import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code POST /V1/order/{orderId}/refund} and {@code POST
 * /V1/invoice/{invoiceId}/refund} after Magento's input processing (§9.2 of the fact sheet).
 *
 * @param items requested lines; empty means "refund every refundable quantity"
 * @param isOnline invoice endpoint only: refund through the payment gateway
 * @param notifyCustomer email the credit memo to the customer
 * @param appendComment include the comment in that email
 * @param comment credit memo comment, or null
 * @param shippingAmount {@code arguments.shipping_amount}, or null when omitted (remaining shipping
 *     is refunded)
 * @param adjustmentPositive {@code arguments.adjustment_positive} (0 when omitted)
 * @param adjustmentNegative {@code arguments.adjustment_negative} (0 when omitted)
 * @param returnToStockItems {@code arguments.extension_attributes.return_to_stock_items}
 */
public record RefundInput(
    List<Item> items,
    boolean isOnline,
    boolean notifyCustomer,
    boolean appendComment,
    Comment comment,
    BigDecimal shippingAmount,
    BigDecimal adjustmentPositive,
    BigDecimal adjustmentNegative,
    List<Long> returnToStockItems) {

  public RefundInput {
    items = items == null ? List.of() : List.copyOf(items);
    adjustmentPositive = adjustmentPositive == null ? BigDecimal.ZERO : adjustmentPositive;
    adjustmentNegative = adjustmentNegative == null ? BigDecimal.ZERO : adjustmentNegative;
    returnToStockItems = returnToStockItems == null ? List.of() : List.copyOf(returnToStockItems);
  }

  /** A full offline refund with no comment (every refundable qty, remaining shipping). */
  public static RefundInput full() {
    return new RefundInput(List.of(), false, false, false, null, null, null, null, null);
  }

  /**
   * One requested line: {@code order_item_id} (null when the client left it out) and {@code qty}.
   */
  public record Item(Long orderItemId, BigDecimal qty) {}

  /** The credit memo comment: {@code comment} and {@code is_visible_on_front}. */
  public record Comment(String text, int visibleOnFront) {}
}
