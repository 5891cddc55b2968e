package io.policyflow.activities.magento.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * One order row. A configurable product is two rows: the parent and a child with {@code
 * parent_item_id}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MagentoOrderItem(
    @JsonProperty("item_id") Long itemId,
    @JsonProperty("parent_item_id") Long parentItemId,
    @JsonProperty("parent_item") MagentoOrderItem parentItem,
    String sku,
    String name,
    @JsonProperty("product_type") String productType,
    @JsonProperty("qty_ordered") BigDecimal qtyOrdered,
    @JsonProperty("qty_invoiced") BigDecimal qtyInvoiced,
    @JsonProperty("qty_shipped") BigDecimal qtyShipped,
    @JsonProperty("qty_refunded") BigDecimal qtyRefunded,
    BigDecimal price,
    @JsonProperty("row_total") BigDecimal rowTotal,
    @JsonProperty("tax_amount") BigDecimal taxAmount,
    @JsonProperty("discount_amount") BigDecimal discountAmount) {}
