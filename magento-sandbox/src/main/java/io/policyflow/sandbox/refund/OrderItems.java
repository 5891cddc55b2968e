package io.policyflow.sandbox.refund;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.sandbox.json.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Magento's per-line quantity arithmetic on order item rows ({@code Sales\Model\Order\Item}). */
public final class OrderItems {

  private OrderItems() {}

  public static List<ObjectNode> all(JsonNode order) {
    return Json.objects(order.get("items"));
  }

  public static ObjectNode byId(JsonNode order, Long itemId) {
    if (itemId == null) {
      return null;
    }
    for (ObjectNode item : all(order)) {
      if (Objects.equals(Json.id(item, "item_id"), itemId)) {
        return item;
      }
    }
    return null;
  }

  /** A child ("dummy") row: the simple under a configurable, a bundle option. */
  public static boolean isChild(JsonNode item) {
    return Json.has(item, "parent_item_id");
  }

  /**
   * {@code Item::isChildrenCalculated}: a bundle whose children carry the prices ("dynamic price",
   * {@code product_calculations = 0}). Read from the rows: some child has a price or row total.
   */
  public static boolean isChildrenCalculated(JsonNode order, JsonNode item) {
    if (!"bundle".equals(Json.text(item, "product_type"))) {
      return false;
    }
    for (ObjectNode child : children(order, item)) {
      if (Json.dec(child, "price").signum() > 0 || Json.dec(child, "row_total").signum() > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code Item::isDummy()} for credit memos: the row Magento derives and never refunds by itself.
   * The child of a configurable or fixed-price bundle; the <em>parent</em> of a dynamic-price
   * bundle (its children are refunded instead).
   */
  public static boolean isDummy(JsonNode order, JsonNode item) {
    if (isChild(item)) {
      ObjectNode parent = byId(order, Json.id(item, "parent_item_id"));
      return parent == null || !isChildrenCalculated(order, parent);
    }
    return isChildrenCalculated(order, item);
  }

  public static List<ObjectNode> children(JsonNode order, JsonNode parent) {
    Long parentId = Json.id(parent, "item_id");
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode item : all(order)) {
      if (parentId != null && parentId.equals(Json.id(item, "parent_item_id"))) {
        out.add(item);
      }
    }
    return out;
  }

  /** {@code getQtyToRefund}: invoiced minus refunded, never negative. */
  public static BigDecimal qtyToRefund(JsonNode item) {
    return nonNegative(Json.dec(item, "qty_invoiced").subtract(Json.dec(item, "qty_refunded")));
  }

  /** {@code getSimpleQtyToShip} (2.4): ordered − shipped − refunded − canceled. */
  public static BigDecimal qtyToShip(JsonNode item) {
    return nonNegative(
        Json.dec(item, "qty_ordered")
            .subtract(Json.dec(item, "qty_shipped"))
            .subtract(Json.dec(item, "qty_refunded"))
            .subtract(Json.dec(item, "qty_canceled")));
  }

  /** {@code getQtyToInvoice}: ordered − invoiced − canceled. */
  public static BigDecimal qtyToInvoice(JsonNode item) {
    return nonNegative(
        Json.dec(item, "qty_ordered")
            .subtract(Json.dec(item, "qty_invoiced"))
            .subtract(Json.dec(item, "qty_canceled")));
  }

  public static boolean isVirtual(JsonNode item) {
    JsonNode value = item.get("is_virtual");
    return value != null && (value.asBoolean() || value.asInt() == 1);
  }

  private static BigDecimal nonNegative(BigDecimal value) {
    return value.signum() < 0 ? BigDecimal.ZERO : value;
  }
}
