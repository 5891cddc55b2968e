package io.policyflow.sandbox.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.sandbox.json.Json;
import io.policyflow.sandbox.json.MagentoJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Loads a data file written in Magento's own response JSON:
 *
 * <pre>
 * {"customers": [...], "orders": [...], "invoices": [...], "shipments": [...], "creditmemos": [...]}
 * </pre>
 *
 * Each section is an array of entities exactly as {@code GET /V1/<entity>/{id}} returns them, or a
 * whole search result ({@code {"items": [...], ...}}) pasted from a list call. Every section is
 * optional. Entities need their integer id ({@code id} for customers, {@code entity_id} otherwise);
 * invoices, shipments and credit memos need {@code order_id} of a loaded order.
 */
public final class FixtureLoader {

  private FixtureLoader() {}

  public static DataSet load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return load(MagentoJson.parse(in), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read sandbox fixture " + file, e);
    }
  }

  public static DataSet load(JsonNode root, String source) {
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("Sandbox fixture " + source + " must be a JSON object");
    }
    DataSet data = new DataSet();
    section(root, "customers", data::addCustomer, source);
    section(root, "orders", data::addOrder, source);
    section(root, "invoices", requireOrder(data, "invoice", source, data::addInvoice), source);
    section(root, "shipments", requireOrder(data, "shipment", source, data::addShipment), source);
    section(
        root,
        "creditmemos",
        requireOrder(data, "credit memo", source, data::addCreditmemo),
        source);
    for (ObjectNode order : data.orders().values()) {
      requireText(order, "increment_id", "order", source);
      if (!order.has("items") || !order.get("items").isArray()) {
        throw new IllegalArgumentException(
            "Order " + order.get("increment_id") + " in " + source + " needs an \"items\" array");
      }
      OrderSync.refresh(order);
    }
    return data;
  }

  private static Consumer<ObjectNode> requireOrder(
      DataSet data, String what, String source, Consumer<ObjectNode> add) {
    return entity -> {
      Long orderId = Json.id(entity, "order_id");
      if (orderId == null || !data.orders().containsKey(orderId)) {
        throw new IllegalArgumentException(
            "A "
                + what
                + " in "
                + source
                + " refers to order_id "
                + entity.get("order_id")
                + ", which is not in the fixture's orders");
      }
      add.accept(entity);
    };
  }

  private static void section(JsonNode root, String name, Consumer<ObjectNode> add, String source) {
    JsonNode node = root.get(name);
    if (node == null || node.isNull()) {
      return;
    }
    if (node.isObject() && node.has("items")) {
      node = node.get("items");
    }
    if (!node.isArray()) {
      throw new IllegalArgumentException("\"" + name + "\" in " + source + " must be an array");
    }
    List<ObjectNode> entities = Json.objects(node);
    if (entities.size() != node.size()) {
      throw new IllegalArgumentException(
          "\"" + name + "\" in " + source + " must contain only objects");
    }
    entities.forEach(entity -> add.accept(entity.deepCopy()));
  }

  private static void requireText(ObjectNode node, String field, String what, String source) {
    if (!Json.has(node, field)) {
      throw new IllegalArgumentException(
          "A " + what + " in " + source + " has no \"" + field + "\"");
    }
    if (!node.get(field).isTextual()) {
      // increment ids are strings in Magento; keep the fixture honest about it
      node.put(field, node.get(field).asText());
    }
  }
}
