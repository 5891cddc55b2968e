package io.policyflow.sandbox.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.sandbox.json.Json;
import io.policyflow.sandbox.json.MagentoJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The sandbox's in-memory database: entities kept as Magento-shaped {@link ObjectNode}s keyed by
 * their {@code entity_id} (customers by {@code id}), plus id sequences. Not thread-safe on its own;
 * {@code SandboxStore} guards every access.
 */
public final class DataSet {

  private final Map<Long, ObjectNode> customers = new LinkedHashMap<>();
  private final Map<Long, ObjectNode> orders = new LinkedHashMap<>();
  private final Map<Long, ObjectNode> invoices = new LinkedHashMap<>();
  private final Map<Long, ObjectNode> shipments = new LinkedHashMap<>();
  private final Map<Long, ObjectNode> creditmemos = new LinkedHashMap<>();

  private long nextCreditmemoId = 1;
  private long nextCreditmemoItemId = 1;
  private long nextCreditmemoCommentId = 1;
  private long nextOrderHistoryId = 1;

  public Map<Long, ObjectNode> customers() {
    return customers;
  }

  public Map<Long, ObjectNode> orders() {
    return orders;
  }

  public Map<Long, ObjectNode> invoices() {
    return invoices;
  }

  public Map<Long, ObjectNode> shipments() {
    return shipments;
  }

  public Map<Long, ObjectNode> creditmemos() {
    return creditmemos;
  }

  public void addCustomer(ObjectNode customer) {
    customers.put(requireId(customer, "id", "customer"), customer);
  }

  public void addOrder(ObjectNode order) {
    orders.put(requireId(order, "entity_id", "order"), order);
    for (ObjectNode history : Json.objects(order.get("status_histories"))) {
      nextOrderHistoryId = Math.max(nextOrderHistoryId, idOr0(history, "entity_id") + 1);
    }
  }

  public void addInvoice(ObjectNode invoice) {
    invoices.put(requireId(invoice, "entity_id", "invoice"), invoice);
  }

  public void addShipment(ObjectNode shipment) {
    shipments.put(requireId(shipment, "entity_id", "shipment"), shipment);
  }

  public void addCreditmemo(ObjectNode creditmemo) {
    long id = requireId(creditmemo, "entity_id", "credit memo");
    creditmemos.put(id, creditmemo);
    nextCreditmemoId = Math.max(nextCreditmemoId, id + 1);
    for (ObjectNode item : Json.objects(creditmemo.get("items"))) {
      nextCreditmemoItemId = Math.max(nextCreditmemoItemId, idOr0(item, "entity_id") + 1);
    }
    for (ObjectNode comment : Json.objects(creditmemo.get("comments"))) {
      nextCreditmemoCommentId = Math.max(nextCreditmemoCommentId, idOr0(comment, "entity_id") + 1);
    }
  }

  public Optional<ObjectNode> orderByIncrementId(String incrementId) {
    return orders.values().stream()
        .filter(o -> incrementId.equals(Json.text(o, "increment_id")))
        .findFirst();
  }

  public List<ObjectNode> creditmemosOfOrder(long orderId) {
    return byOrder(creditmemos.values(), orderId);
  }

  private static List<ObjectNode> byOrder(Collection<ObjectNode> entities, long orderId) {
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode entity : entities) {
      Long owner = Json.id(entity, "order_id");
      if (owner != null && owner == orderId) {
        out.add(entity);
      }
    }
    return out;
  }

  public long nextCreditmemoId() {
    return nextCreditmemoId++;
  }

  public long nextCreditmemoItemId() {
    return nextCreditmemoItemId++;
  }

  public long nextCreditmemoCommentId() {
    return nextCreditmemoCommentId++;
  }

  public long nextOrderHistoryId() {
    return nextOrderHistoryId++;
  }

  /**
   * Adds a status-history entry to {@code order}, first (newest first, as {@link OrderSync#refresh}
   * keeps them), with the next history id, and returns it: {@code comment}, {@code created_at},
   * {@code entity_id}, {@code entity_name}, {@code is_customer_notified} (left out when null),
   * {@code is_visible_on_front} and {@code parent_id}, in Magento's order. The caller adds {@code
   * status}, which comes last.
   */
  public ObjectNode addOrderHistory(
      ObjectNode order,
      String entityName,
      String comment,
      Instant at,
      Long notified,
      long visibleOnFront) {
    ObjectNode history = MagentoJson.object();
    history.put("comment", comment);
    history.put("created_at", MagentoJson.date(at));
    history.put("entity_id", nextOrderHistoryId());
    history.put("entity_name", entityName);
    if (notified != null) {
      history.put("is_customer_notified", notified);
    }
    history.put("is_visible_on_front", visibleOnFront);
    history.put("parent_id", Json.id(order, "entity_id"));
    Json.arrayField(order, "status_histories").insert(0, history);
    return history;
  }

  /** A credit memo increment id continuing the store's sequence ({@code 000000003}). */
  public String nextCreditmemoIncrementId() {
    long max =
        maxOf(
            creditmemos.values(),
            node -> {
              try {
                return Long.parseLong(Json.text(node, "increment_id"));
              } catch (RuntimeException e) {
                return 0;
              }
            });
    return String.format("%09d", max + 1);
  }

  private static long maxOf(Collection<ObjectNode> nodes, ToLongFunction<ObjectNode> f) {
    long max = 0;
    for (ObjectNode node : nodes) {
      max = Math.max(max, f.applyAsLong(node));
    }
    return max;
  }

  private static long idOr0(JsonNode node, String field) {
    Long id = Json.id(node, field);
    return id == null ? 0 : id;
  }

  private static long requireId(ObjectNode node, String field, String what) {
    Long id = Json.id(node, field);
    if (id == null) {
      throw new IllegalArgumentException(
          "A " + what + " needs an integer \"" + field + "\": " + node);
    }
    return id;
  }
}
