package io.policyflow.activities.magento.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;

/** An invoice. {@code state}: 1 open (pending capture), 2 paid, 3 canceled. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MagentoInvoice(
    @JsonProperty("entity_id") Long entityId,
    @JsonProperty("increment_id") String incrementId,
    @JsonProperty("order_id") Long orderId,
    Integer state,
    @JsonProperty("grand_total") BigDecimal grandTotal,
    @JsonProperty("base_grand_total") BigDecimal baseGrandTotal,
    @JsonProperty("base_total_refunded") BigDecimal baseTotalRefunded,
    @JsonProperty("transaction_id") String transactionId,
    @JsonProperty("created_at") Instant createdAt) {

  public static final int STATE_PAID = 2;
  private static final BigDecimal EPSILON = new BigDecimal("0.0001");

  /** Paid. */
  public boolean paid() {
    return state != null && state == STATE_PAID;
  }

  /** Captured through the payment gateway: the capture transaction an online refund refunds. */
  public boolean capturedOnline() {
    return transactionId != null && !transactionId.isBlank();
  }

  /** The invoice's base grand total (its grand total when the base one is absent), or null. */
  public BigDecimal baseTotal() {
    return baseGrandTotal != null ? baseGrandTotal : grandTotal;
  }

  /**
   * Paid and not fully refunded <em>according to the invoice's own fields</em>. Magento updates
   * {@code base_total_refunded} only for offline invoice refunds, so after an online refund this
   * still says "money left": choose invoices with {@code OrderMapper#refundableInvoiceId}.
   */
  public boolean refundable() {
    if (state == null || state != STATE_PAID) {
      return false;
    }
    BigDecimal total = baseGrandTotal != null ? baseGrandTotal : grandTotal;
    if (total == null) {
      return false;
    }
    BigDecimal refunded = baseTotalRefunded == null ? BigDecimal.ZERO : baseTotalRefunded;
    return total.subtract(refunded).compareTo(EPSILON) >= 0;
  }
}
