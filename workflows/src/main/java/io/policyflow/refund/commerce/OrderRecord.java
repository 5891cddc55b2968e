package io.policyflow.refund.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order as the policy needs it. Amounts are in the order's currency.
 *
 * @param orderId the store's internal id (Magento {@code entity_id})
 * @param number the number the customer sees (Magento {@code increment_id}, leading zeros kept)
 * @param state the store's order state ({@code processing}, {@code complete}, {@code canceled},
 *     ...)
 * @param paymentMethod the payment method code ({@code checkmo}, {@code braintree}, ...)
 * @param paymentTitle how to name the payment method to the customer
 * @param invoiceId the paid invoice to refund online against; null when none
 * @param lastShippedAt the last shipment's date; null when nothing shipped
 */
public record OrderRecord(
    long orderId,
    String number,
    Instant placedAt,
    String state,
    String status,
    String currency,
    BigDecimal grandTotal,
    BigDecimal totalPaid,
    BigDecimal totalRefunded,
    BigDecimal shippingAmount,
    String paymentMethod,
    String paymentTitle,
    Long invoiceId,
    Instant lastShippedAt,
    String customerEmail,
    List<OrderLine> lines) {

  public OrderRecord {
    lines = lines == null ? List.of() : List.copyOf(lines);
  }

  /** Money left to refund: paid minus refunded, never negative. */
  public BigDecimal moneyLeft() {
    BigDecimal paid = totalPaid == null ? BigDecimal.ZERO : totalPaid;
    BigDecimal refunded = totalRefunded == null ? BigDecimal.ZERO : totalRefunded;
    BigDecimal left = paid.subtract(refunded);
    return left.signum() < 0 ? BigDecimal.ZERO : left;
  }
}
