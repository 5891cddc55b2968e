package io.policyflow.refund.commerce;

import java.math.BigDecimal;
import java.util.List;

/**
 * Refund these lines of this order, exactly once.
 *
 * @param invoiceId refund online against this invoice when {@code online}; ignored otherwise
 * @param marker a key derived from the workflow id and the order; the credit memo carries it, and
 *     the activity looks for it before creating one and again after any timeout or error
 * @param refundShipping false sends {@code shipping_amount: 0}
 * @param expectedAmount the amount the customer confirmed
 */
public record RefundCommand(
    long orderId,
    String orderNumber,
    Long invoiceId,
    boolean online,
    List<RefundLine> lines,
    boolean refundShipping,
    String marker,
    BigDecimal expectedAmount,
    String currency) {

  public RefundCommand {
    lines = lines == null ? List.of() : List.copyOf(lines);
  }
}
