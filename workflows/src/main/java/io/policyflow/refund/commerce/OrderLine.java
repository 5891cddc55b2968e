package io.policyflow.refund.commerce;

import java.math.BigDecimal;

/**
 * One refundable order line (a configurable product's parent line; its child is folded in).
 *
 * @param unitRefund what one unit refunds, from the store's own figures (row total + tax −
 *     discount, per unit ordered), rounded to the currency
 */
public record OrderLine(
    long itemId,
    String sku,
    String name,
    String productType,
    BigDecimal qtyOrdered,
    BigDecimal qtyInvoiced,
    BigDecimal qtyShipped,
    BigDecimal qtyRefunded,
    BigDecimal price,
    BigDecimal unitRefund) {

  /** Quantity that can still be refunded: invoiced minus refunded. */
  public BigDecimal refundableQty() {
    BigDecimal left = qtyInvoiced.subtract(qtyRefunded);
    return left.signum() < 0 ? BigDecimal.ZERO : left;
  }

  public boolean shipped() {
    return qtyShipped != null && qtyShipped.signum() > 0;
  }
}
