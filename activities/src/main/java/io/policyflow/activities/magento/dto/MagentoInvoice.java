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
    @JsonProperty("created_at") Instant createdAt) {

  public static final int STATE_PAID = 2;
  private static final BigDecimal EPSILON = new BigDecimal("0.0001");

  /** Paid and not fully refunded: Magento accepts a credit memo against it. */
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
