package io.policyflow.activities.magento.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A credit memo. {@code state}: 1 open, 2 refunded, 3 canceled. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MagentoCreditMemo(
    @JsonProperty("entity_id") Long entityId,
    @JsonProperty("increment_id") String incrementId,
    @JsonProperty("order_id") Long orderId,
    @JsonProperty("invoice_id") Long invoiceId,
    Integer state,
    @JsonProperty("grand_total") BigDecimal grandTotal,
    @JsonProperty("base_grand_total") BigDecimal baseGrandTotal,
    @JsonProperty("order_currency_code") String orderCurrencyCode,
    @JsonProperty("base_currency_code") String baseCurrencyCode,
    @JsonProperty("created_at") Instant createdAt,
    List<MagentoComment> comments) {

  public static final int STATE_OPEN = 1;
  public static final int STATE_REFUNDED = 2;
  public static final int STATE_CANCELED = 3;

  public MagentoCreditMemo {
    comments = comments == null ? List.of() : List.copyOf(comments);
  }

  public boolean canceled() {
    return state != null && state == STATE_CANCELED;
  }

  /** {@code base_grand_total}, else {@code grand_total} (single-currency stores), else 0. */
  public BigDecimal baseTotal() {
    BigDecimal total = baseGrandTotal != null ? baseGrandTotal : grandTotal;
    return total == null ? BigDecimal.ZERO : total;
  }

  /** The currency of {@code grand_total}: the order currency, else the base currency. */
  public String currency() {
    return orderCurrencyCode != null ? orderCurrencyCode : baseCurrencyCode;
  }
}
