package io.policyflow.activities.magento.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * Body of {@code POST /V1/order/{orderId}/refund} and {@code POST /V1/invoice/{invoiceId}/refund},
 * with exactly the documented keys. {@code isOnline} is sent only to the invoice endpoint; {@code
 * arguments} is left out to let Magento refund the remaining shipping, and is {@code
 * {"shipping_amount": 0}} otherwise.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RefundRequest(
    @JsonProperty("items") List<Item> items,
    @JsonProperty("isOnline") Boolean isOnline,
    @JsonProperty("notify") boolean notifyCustomer,
    @JsonProperty("appendComment") boolean appendComment,
    @JsonProperty("comment") Comment comment,
    @JsonProperty("arguments") Arguments arguments) {

  /** {@code {order_item_id, qty}}. */
  public record Item(
      @JsonProperty("order_item_id") long orderItemId, @JsonProperty("qty") BigDecimal qty) {}

  /** {@code {comment, is_visible_on_front}}. */
  public record Comment(
      @JsonProperty("comment") String comment,
      @JsonProperty("is_visible_on_front") int isVisibleOnFront) {}

  /** {@code {shipping_amount}}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Arguments(@JsonProperty("shipping_amount") BigDecimal shippingAmount) {}
}
