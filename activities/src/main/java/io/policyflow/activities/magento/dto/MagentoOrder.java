package io.policyflow.activities.magento.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order (the fields the policy reads). Totals Magento has not set yet are absent, hence null.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MagentoOrder(
    @JsonProperty("entity_id") Long entityId,
    @JsonProperty("increment_id") String incrementId,
    String state,
    String status,
    @JsonProperty("created_at") Instant createdAt,
    @JsonProperty("customer_email") String customerEmail,
    @JsonProperty("customer_id") Long customerId,
    @JsonProperty("customer_is_guest") Integer customerIsGuest,
    @JsonProperty("customer_firstname") String customerFirstname,
    @JsonProperty("customer_lastname") String customerLastname,
    @JsonProperty("order_currency_code") String orderCurrencyCode,
    @JsonProperty("grand_total") BigDecimal grandTotal,
    @JsonProperty("total_paid") BigDecimal totalPaid,
    @JsonProperty("total_refunded") BigDecimal totalRefunded,
    @JsonProperty("shipping_amount") BigDecimal shippingAmount,
    List<MagentoOrderItem> items,
    MagentoPayment payment,
    @JsonProperty("billing_address") Address billingAddress,
    @JsonProperty("extension_attributes") Extension extensionAttributes) {

  public MagentoOrder {
    items = items == null ? List.of() : List.copyOf(items);
  }

  /** The billing address; only the name is read (guests may have no customer_firstname). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Address(String firstname, String lastname) {}

  /** {@code extension_attributes}: only {@code payment_additional_info} is read. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Extension(
      @JsonProperty("payment_additional_info") List<KeyValue> paymentAdditionalInfo) {
    public Extension {
      paymentAdditionalInfo =
          paymentAdditionalInfo == null ? List.of() : List.copyOf(paymentAdditionalInfo);
    }
  }

  /** A {@code {key, value}} pair. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record KeyValue(String key, String value) {}
}
