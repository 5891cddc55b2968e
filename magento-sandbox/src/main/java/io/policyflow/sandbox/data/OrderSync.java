package io.policyflow.sandbox.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.sandbox.json.Json;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps the copies Magento embeds in an order consistent with the order's own rows: a child item's
 * {@code parent_item}, the items and shipping totals under {@code
 * extension_attributes.shipping_assignments}, and the status history order (newest first, like
 * {@code Order::getStatusHistoryCollection}).
 */
public final class OrderSync {

  private OrderSync() {}

  public static void refresh(ObjectNode order) {
    Map<Long, ObjectNode> itemsById = new HashMap<>();
    for (ObjectNode item : Json.objects(order.get("items"))) {
      Long id = Json.id(item, "item_id");
      if (id != null) {
        itemsById.put(id, item);
      }
    }
    for (ObjectNode item : itemsById.values()) {
      Long parentId = Json.id(item, "parent_item_id");
      if (parentId != null && item.has("parent_item") && itemsById.containsKey(parentId)) {
        ObjectNode parentCopy = itemsById.get(parentId).deepCopy();
        parentCopy.remove("parent_item");
        item.set("parent_item", parentCopy);
      }
    }
    JsonNode extension = order.get("extension_attributes");
    if (extension != null) {
      for (ObjectNode assignment : Json.objects(extension.get("shipping_assignments"))) {
        JsonNode items = assignment.get("items");
        if (items instanceof ArrayNode array) {
          for (int i = 0; i < array.size(); i++) {
            Long id = Json.id(array.get(i), "item_id");
            if (id != null && itemsById.containsKey(id)) {
              array.set(i, itemsById.get(id).deepCopy());
            }
          }
        }
        JsonNode shipping = assignment.get("shipping");
        if (shipping instanceof ObjectNode shippingNode
            && shippingNode.get("total") instanceof ObjectNode total) {
          for (String field :
              new String[] {
                "shipping_refunded",
                "base_shipping_refunded",
                "shipping_invoiced",
                "base_shipping_invoiced",
                "shipping_canceled",
                "base_shipping_canceled"
              }) {
            if (Json.has(order, field)) {
              total.set(field, order.get(field).deepCopy());
            }
          }
        }
      }
    }
    sortHistoryNewestFirst(order);
  }

  private static void sortHistoryNewestFirst(ObjectNode order) {
    JsonNode histories = order.get("status_histories");
    if (!(histories instanceof ArrayNode array) || array.size() < 2) {
      return;
    }
    var sorted = Json.objects(array);
    sorted.sort(
        (a, b) -> {
          String ca = String.valueOf(Json.text(a, "created_at"));
          String cb = String.valueOf(Json.text(b, "created_at"));
          int byDate = cb.compareTo(ca);
          if (byDate != 0) {
            return byDate;
          }
          Long ia = Json.id(a, "entity_id");
          Long ib = Json.id(b, "entity_id");
          return Long.compare(ib == null ? 0 : ib, ia == null ? 0 : ia);
        });
    array.removeAll();
    sorted.forEach(array::add);
  }
}
