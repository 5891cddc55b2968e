package io.policyflow.sandbox.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.sandbox.data.DataSet;
import io.policyflow.sandbox.data.OrderSync;
import io.policyflow.sandbox.json.Json;
import io.policyflow.sandbox.json.MagentoJson;
import io.policyflow.sandbox.refund.Currency;
import io.policyflow.sandbox.refund.OrderStateResolver;
import io.policyflow.sandbox.refund.PaymentMethods;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds one realistic order (plus its invoice and shipment) in Magento's response shape: lines,
 * flat-rate shipping, a payment method, then the events that happened to it (invoiced/paid,
 * shipped, canceled). Totals, quantities and the state/status follow from those.
 */
final class DemoOrderBuilder {

  /** A shopper: a registered customer ({@code customerId} set) or a guest. */
  record Person(
      Long customerId,
      String email,
      String firstname,
      String lastname,
      String street,
      String city,
      String region,
      String regionCode,
      int regionId,
      String postcode,
      String telephone) {}

  private record Line(
      long itemId,
      long productId,
      String sku,
      String name,
      String type,
      int qty,
      BigDecimal price,
      Long parentItemId,
      ObjectNode productOption) {}

  private final long entityId;
  private final String incrementId;
  private final List<Line> lines = new ArrayList<>();
  private Person person;
  private Instant placedAt;
  private BigDecimal shipping = BigDecimal.ZERO;
  private String method = "checkmo";
  private String transactionId;
  private Instant invoicedAt;
  private Instant shippedAt;
  private Set<Long> shippedItems;
  private Instant canceledAt;
  private String cancelComment;

  private DemoOrderBuilder(long entityId, String incrementId) {
    this.entityId = entityId;
    this.incrementId = incrementId;
  }

  static DemoOrderBuilder order(long entityId, String incrementId) {
    return new DemoOrderBuilder(entityId, incrementId);
  }

  DemoOrderBuilder by(Person person) {
    this.person = person;
    return this;
  }

  DemoOrderBuilder placed(Instant at) {
    this.placedAt = at;
    return this;
  }

  DemoOrderBuilder simple(
      long itemId, long productId, String sku, String name, int qty, int price) {
    lines.add(
        new Line(
            itemId, productId, sku, name, "simple", qty, BigDecimal.valueOf(price), null, null));
    return this;
  }

  /** A configurable line: the priced parent row and its simple child row (price 0). */
  DemoOrderBuilder configurable(
      long parentItemId,
      long childItemId,
      long parentProductId,
      long childProductId,
      String parentSku,
      String childSku,
      String name,
      String childName,
      int qty,
      int price) {
    ObjectNode option = MagentoJson.object();
    ArrayNode options =
        option.putObject("extension_attributes").putArray("configurable_item_options");
    options.addObject().put("option_id", "93").put("option_value", 52);
    options.addObject().put("option_id", "144").put("option_value", 168);
    lines.add(
        new Line(
            parentItemId,
            parentProductId,
            parentSku,
            name,
            "configurable",
            qty,
            BigDecimal.valueOf(price),
            null,
            option));
    lines.add(
        new Line(
            childItemId,
            childProductId,
            childSku,
            childName,
            "simple",
            qty,
            BigDecimal.ZERO,
            parentItemId,
            null));
    return this;
  }

  DemoOrderBuilder shipping(int amount) {
    this.shipping = BigDecimal.valueOf(amount);
    return this;
  }

  DemoOrderBuilder paidWith(String method, String transactionId) {
    this.method = method;
    this.transactionId = transactionId;
    return this;
  }

  DemoOrderBuilder invoiced(Instant at) {
    this.invoicedAt = at;
    return this;
  }

  /** Ships every line, or only the listed (parent) item ids. */
  DemoOrderBuilder shipped(Instant at, Long... itemIds) {
    this.shippedAt = at;
    this.shippedItems = itemIds.length == 0 ? null : new LinkedHashSet<>(List.of(itemIds));
    return this;
  }

  DemoOrderBuilder canceled(Instant at, String comment) {
    this.canceledAt = at;
    this.cancelComment = comment;
    return this;
  }

  void addTo(DataSet data) {
    String created = MagentoJson.date(placedAt);
    BigDecimal subtotal =
        lines.stream()
            .filter(l -> l.parentItemId() == null)
            .map(l -> l.price().multiply(BigDecimal.valueOf(l.qty())))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal grandTotal = subtotal.add(shipping);
    int totalQty = lines.stream().filter(l -> l.parentItemId() == null).mapToInt(Line::qty).sum();
    long visibleItems = lines.stream().filter(l -> l.parentItemId() == null).count();
    boolean guest = person.customerId() == null;
    boolean online = PaymentMethods.refundsOnline(method);

    ObjectNode order = MagentoJson.object();
    order.put("base_currency_code", "USD");
    money(order, "base_discount_amount", BigDecimal.ZERO);
    money(order, "base_grand_total", grandTotal);
    money(order, "base_discount_tax_compensation_amount", BigDecimal.ZERO);
    money(order, "base_shipping_amount", shipping);
    money(order, "base_shipping_discount_amount", BigDecimal.ZERO);
    money(order, "base_shipping_discount_tax_compensation_amnt", BigDecimal.ZERO);
    money(order, "base_shipping_incl_tax", shipping);
    money(order, "base_shipping_tax_amount", BigDecimal.ZERO);
    money(order, "base_subtotal", subtotal);
    money(order, "base_subtotal_incl_tax", subtotal);
    money(order, "base_tax_amount", BigDecimal.ZERO);
    money(order, "base_total_due", grandTotal);
    order.put("base_to_global_rate", 1);
    order.put("base_to_order_rate", 1);
    order.put("billing_address_id", entityId * 2 - 1);
    order.put("created_at", created);
    order.put("customer_email", person.email());
    order.put("customer_firstname", person.firstname());
    order.put("customer_group_id", guest ? 0 : 1);
    if (!guest) {
      order.put("customer_id", person.customerId());
    }
    order.put("customer_is_guest", guest ? 1 : 0);
    order.put("customer_lastname", person.lastname());
    order.put("customer_note_notify", 1);
    money(order, "discount_amount", BigDecimal.ZERO);
    order.put("email_sent", 1);
    order.put("entity_id", entityId);
    order.put("global_currency_code", "USD");
    money(order, "grand_total", grandTotal);
    money(order, "discount_tax_compensation_amount", BigDecimal.ZERO);
    order.put("increment_id", incrementId);
    order.put("is_virtual", 0);
    order.put("order_currency_code", "USD");
    order.put("protect_code", String.format("%06x", (entityId * 7919L) & 0xffffff));
    order.put("quote_id", entityId + 500);
    order.put("remote_ip", "203.0.113." + (entityId % 200 + 10));
    money(order, "shipping_amount", shipping);
    order.put("shipping_description", "Flat Rate - Fixed");
    money(order, "shipping_discount_amount", BigDecimal.ZERO);
    money(order, "shipping_discount_tax_compensation_amount", BigDecimal.ZERO);
    money(order, "shipping_incl_tax", shipping);
    money(order, "shipping_tax_amount", BigDecimal.ZERO);
    order.put("state", "new");
    order.put("status", "pending");
    order.put("store_currency_code", "USD");
    order.put("store_id", 1);
    order.put("store_name", "Main Website\nMain Website Store\nDefault Store View");
    order.put("store_to_base_rate", 0);
    order.put("store_to_order_rate", 0);
    money(order, "subtotal", subtotal);
    money(order, "subtotal_incl_tax", subtotal);
    money(order, "tax_amount", BigDecimal.ZERO);
    money(order, "total_due", grandTotal);
    order.put("total_item_count", visibleItems);
    money(order, "total_qty_ordered", BigDecimal.valueOf(totalQty));
    order.put("updated_at", created);
    money(order, "weight", BigDecimal.valueOf(totalQty));

    ArrayNode items = order.putArray("items");
    for (Line line : lines) {
      items.add(item(line, created));
    }
    order.set("billing_address", address("billing", entityId * 2 - 1));
    order.set("payment", payment(grandTotal));
    order.putArray("status_histories");
    ObjectNode extension = order.putObject("extension_attributes");
    ObjectNode assignment = extension.putArray("shipping_assignments").addObject();
    ObjectNode shippingNode = assignment.putObject("shipping");
    shippingNode.set("address", address("shipping", entityId * 2));
    shippingNode.put("method", "flatrate_flatrate");
    ObjectNode total = shippingNode.putObject("total");
    money(total, "base_shipping_amount", shipping);
    money(total, "base_shipping_discount_amount", BigDecimal.ZERO);
    money(total, "base_shipping_incl_tax", shipping);
    money(total, "base_shipping_tax_amount", BigDecimal.ZERO);
    money(total, "shipping_amount", shipping);
    money(total, "shipping_discount_amount", BigDecimal.ZERO);
    money(total, "shipping_discount_tax_compensation_amount", BigDecimal.ZERO);
    money(total, "shipping_incl_tax", shipping);
    money(total, "shipping_tax_amount", BigDecimal.ZERO);
    ArrayNode assignedItems = assignment.putArray("items");
    for (ObjectNode item : Json.objects(items)) {
      assignedItems.add(item.deepCopy());
    }
    ArrayNode paymentInfo = extension.putArray("payment_additional_info");
    paymentInfo.addObject().put("key", "method_title").put("value", PaymentMethods.title(method));
    extension.putArray("applied_taxes");
    extension.putArray("item_applied_taxes");

    if (invoicedAt != null) {
      invoice(data, order, grandTotal, subtotal, online);
    }
    if (shippedAt != null) {
      ship(data, order);
    }
    if (canceledAt != null) {
      cancel(data, order, grandTotal, subtotal);
    }
    String state = canceledAt != null ? "canceled" : invoicedAt == null ? "new" : "processing";
    order.put("state", state);
    if (!"canceled".equals(state) && !"new".equals(state)) {
      state = OrderStateResolver.resolve(order);
      order.put("state", state);
    }
    order.put("status", OrderStateResolver.defaultStatus(state));
    OrderSync.refresh(order);
    data.addOrder(order);
  }

  private ObjectNode item(Line line, String created) {
    ObjectNode item = MagentoJson.object();
    BigDecimal qty = BigDecimal.valueOf(line.qty());
    BigDecimal row = line.price().multiply(qty);
    money(item, "amount_refunded", BigDecimal.ZERO);
    money(item, "base_amount_refunded", BigDecimal.ZERO);
    money(item, "base_discount_amount", BigDecimal.ZERO);
    money(item, "base_original_price", line.price());
    money(item, "base_price", line.price());
    money(item, "base_price_incl_tax", line.price());
    money(item, "base_row_total", row);
    money(item, "base_row_total_incl_tax", row);
    money(item, "base_tax_amount", BigDecimal.ZERO);
    item.put("created_at", created);
    money(item, "discount_amount", BigDecimal.ZERO);
    money(item, "discount_percent", BigDecimal.ZERO);
    item.put("free_shipping", 0);
    item.put("is_qty_decimal", 0);
    item.put("is_virtual", 0);
    item.put("item_id", line.itemId());
    item.put("name", line.name());
    item.put("no_discount", 0);
    item.put("order_id", entityId);
    money(item, "original_price", line.price());
    if (line.parentItemId() != null) {
      item.put("parent_item_id", line.parentItemId());
      item.putObject("parent_item");
    }
    money(item, "price", line.price());
    money(item, "price_incl_tax", line.price());
    item.put("product_id", line.productId());
    if (line.productOption() != null) {
      item.set("product_option", line.productOption().deepCopy());
    }
    item.put("product_type", line.type());
    money(item, "qty_canceled", BigDecimal.ZERO);
    money(item, "qty_invoiced", BigDecimal.ZERO);
    money(item, "qty_ordered", qty);
    money(item, "qty_refunded", BigDecimal.ZERO);
    money(item, "qty_shipped", BigDecimal.ZERO);
    item.put("quote_item_id", line.itemId() + 5000);
    money(item, "row_invoiced", BigDecimal.ZERO);
    money(item, "row_total", row);
    money(item, "row_total_incl_tax", row);
    money(item, "row_weight", line.parentItemId() == null ? qty : BigDecimal.ZERO);
    item.put("sku", line.sku());
    item.put("store_id", 1);
    money(item, "tax_amount", BigDecimal.ZERO);
    money(item, "tax_invoiced", BigDecimal.ZERO);
    money(item, "tax_percent", BigDecimal.ZERO);
    item.put("updated_at", created);
    money(item, "weight", BigDecimal.ONE);
    return item;
  }

  private ObjectNode address(String type, long id) {
    ObjectNode address = MagentoJson.object();
    address.put("address_type", type);
    address.put("city", person.city());
    address.put("country_id", "US");
    if (person.customerId() != null) {
      address.put("customer_address_id", person.customerId() * 10 + 1);
      address.put("customer_id", person.customerId());
    }
    address.put("email", person.email());
    address.put("entity_id", id);
    address.put("firstname", person.firstname());
    address.put("lastname", person.lastname());
    address.put("parent_id", entityId);
    address.put("postcode", person.postcode());
    address.put("region", person.region());
    address.put("region_code", person.regionCode());
    address.put("region_id", person.regionId());
    address.putArray("street").add(person.street());
    address.put("telephone", person.telephone());
    return address;
  }

  private ObjectNode payment(BigDecimal grandTotal) {
    ObjectNode payment = MagentoJson.object();
    payment.putNull("account_status");
    payment.putArray("additional_information");
    money(payment, "amount_ordered", grandTotal);
    money(payment, "base_amount_ordered", grandTotal);
    money(payment, "base_shipping_amount", shipping);
    payment.putNull("cc_last4");
    payment.put("entity_id", entityId);
    payment.put("method", method);
    payment.put("parent_id", entityId);
    money(payment, "shipping_amount", shipping);
    return payment;
  }

  private void invoice(
      DataSet data, ObjectNode order, BigDecimal grandTotal, BigDecimal subtotal, boolean online) {
    String at = MagentoJson.date(invoicedAt);
    long invoiceId = entityId + 100;
    for (ObjectNode item : Json.objects(order.get("items"))) {
      item.set("qty_invoiced", item.get("qty_ordered").deepCopy());
      item.set("row_invoiced", item.get("row_total").deepCopy());
      item.set("base_row_invoiced", item.get("base_row_total").deepCopy());
      money(item, "base_tax_invoiced", BigDecimal.ZERO);
      money(item, "discount_invoiced", BigDecimal.ZERO);
      money(item, "base_discount_invoiced", BigDecimal.ZERO);
      item.put("updated_at", at);
    }
    for (String field :
        new String[] {"total_invoiced", "base_total_invoiced", "total_paid", "base_total_paid"}) {
      money(order, field, grandTotal);
    }
    money(order, "subtotal_invoiced", subtotal);
    money(order, "base_subtotal_invoiced", subtotal);
    money(order, "shipping_invoiced", shipping);
    money(order, "base_shipping_invoiced", shipping);
    money(order, "tax_invoiced", BigDecimal.ZERO);
    money(order, "base_tax_invoiced", BigDecimal.ZERO);
    money(order, "discount_invoiced", BigDecimal.ZERO);
    money(order, "base_discount_invoiced", BigDecimal.ZERO);
    money(order, "base_total_invoiced_cost", BigDecimal.ZERO);
    money(order, "total_due", BigDecimal.ZERO);
    money(order, "base_total_due", BigDecimal.ZERO);
    order.put("updated_at", at);

    ObjectNode payment = (ObjectNode) order.get("payment");
    money(payment, "amount_paid", grandTotal);
    money(payment, "base_amount_paid", grandTotal);
    money(payment, "base_shipping_captured", shipping);
    money(payment, "shipping_captured", shipping);
    if (online) {
      money(payment, "amount_authorized", grandTotal);
      money(payment, "base_amount_authorized", grandTotal);
      money(payment, "base_amount_paid_online", grandTotal);
      payment.put("last_trans_id", transactionId);
      data.addOrderHistory(
              order,
              "invoice",
              "Captured amount of "
                  + Currency.format("USD", grandTotal)
                  + " online. Transaction ID: \""
                  + transactionId
                  + "\"",
              invoicedAt,
              0L,
              0)
          .put("status", "processing");
    }

    ObjectNode invoice = MagentoJson.object();
    invoice.put("base_currency_code", "USD");
    money(invoice, "base_discount_amount", BigDecimal.ZERO);
    money(invoice, "base_grand_total", grandTotal);
    money(invoice, "base_discount_tax_compensation_amount", BigDecimal.ZERO);
    money(invoice, "base_shipping_amount", shipping);
    money(invoice, "base_shipping_incl_tax", shipping);
    money(invoice, "base_shipping_tax_amount", BigDecimal.ZERO);
    money(invoice, "base_subtotal", subtotal);
    money(invoice, "base_subtotal_incl_tax", subtotal);
    money(invoice, "base_tax_amount", BigDecimal.ZERO);
    invoice.put("base_to_global_rate", 1);
    invoice.put("base_to_order_rate", 1);
    invoice.put("billing_address_id", entityId * 2 - 1);
    invoice.put("can_void_flag", 0);
    invoice.put("created_at", at);
    money(invoice, "discount_amount", BigDecimal.ZERO);
    money(invoice, "discount_tax_compensation_amount", BigDecimal.ZERO);
    invoice.put("email_sent", 1);
    invoice.put("entity_id", invoiceId);
    invoice.put("global_currency_code", "USD");
    money(invoice, "grand_total", grandTotal);
    invoice.put("increment_id", String.format("%09d", invoiceId));
    invoice.put("order_currency_code", "USD");
    invoice.put("order_id", entityId);
    money(invoice, "shipping_amount", shipping);
    invoice.put("shipping_address_id", entityId * 2);
    money(invoice, "shipping_incl_tax", shipping);
    money(invoice, "shipping_tax_amount", BigDecimal.ZERO);
    invoice.put("state", 2);
    invoice.put("store_currency_code", "USD");
    invoice.put("store_id", 1);
    invoice.put("store_to_base_rate", 0);
    invoice.put("store_to_order_rate", 0);
    money(invoice, "subtotal", subtotal);
    money(invoice, "subtotal_incl_tax", subtotal);
    money(invoice, "tax_amount", BigDecimal.ZERO);
    money(invoice, "total_qty", Json.dec(order, "total_qty_ordered"));
    if (online) {
      invoice.put("transaction_id", transactionId);
    }
    invoice.put("updated_at", at);
    ArrayNode invoiceItems = invoice.putArray("items");
    long invoiceItemId = invoiceId * 10;
    for (ObjectNode orderItem : Json.objects(order.get("items"))) {
      ObjectNode item = invoiceItems.addObject();
      copy(orderItem, item, "base_price");
      copy(orderItem, item, "base_row_total");
      item.put("entity_id", ++invoiceItemId);
      copy(orderItem, item, "name");
      item.put("order_item_id", Json.id(orderItem, "item_id"));
      item.put("parent_id", invoiceId);
      copy(orderItem, item, "price");
      copy(orderItem, item, "price_incl_tax");
      copy(orderItem, item, "product_id");
      item.set("qty", orderItem.get("qty_ordered").deepCopy());
      copy(orderItem, item, "row_total");
      copy(orderItem, item, "row_total_incl_tax");
      copy(orderItem, item, "sku");
      money(item, "tax_amount", BigDecimal.ZERO);
      money(item, "discount_amount", BigDecimal.ZERO);
    }
    invoice.putArray("comments");
    data.addInvoice(invoice);
  }

  private void ship(DataSet data, ObjectNode order) {
    String at = MagentoJson.date(shippedAt);
    long shipmentId = entityId + 200;
    ObjectNode shipment = MagentoJson.object();
    shipment.put("billing_address_id", entityId * 2 - 1);
    shipment.put("created_at", at);
    if (person.customerId() != null) {
      shipment.put("customer_id", person.customerId());
    }
    shipment.put("email_sent", 1);
    shipment.put("entity_id", shipmentId);
    shipment.put("increment_id", String.format("%09d", shipmentId));
    shipment.put("order_id", entityId);
    shipment.putArray("packages");
    shipment.put("shipping_address_id", entityId * 2);
    shipment.put("store_id", 1);
    ArrayNode shipmentItems = shipment.putArray("items");
    BigDecimal totalQty = BigDecimal.ZERO;
    long shipmentItemId = shipmentId * 10;
    for (ObjectNode item : Json.objects(order.get("items"))) {
      Long itemId = Json.id(item, "item_id");
      Long parentId = Json.id(item, "parent_item_id");
      Long lineId = parentId == null ? itemId : parentId;
      if (shippedItems != null && !shippedItems.contains(lineId)) {
        continue;
      }
      item.set("qty_shipped", item.get("qty_ordered").deepCopy());
      item.put("updated_at", at);
      if (parentId != null) {
        continue;
      }
      ObjectNode shipped = shipmentItems.addObject();
      shipped.put("entity_id", ++shipmentItemId);
      copy(item, shipped, "name");
      shipped.put("order_item_id", itemId);
      shipped.put("parent_id", shipmentId);
      copy(item, shipped, "price");
      copy(item, shipped, "product_id");
      shipped.set("qty", item.get("qty_ordered").deepCopy());
      copy(item, shipped, "sku");
      copy(item, shipped, "weight");
      totalQty = totalQty.add(Json.dec(item, "qty_ordered"));
    }
    money(shipment, "total_qty", totalQty);
    money(shipment, "total_weight", totalQty);
    ObjectNode track = shipment.putArray("tracks").addObject();
    track.put("carrier_code", "ups");
    track.put("created_at", at);
    track.put("description", "");
    track.put("entity_id", shipmentId);
    track.put("order_id", entityId);
    track.put("parent_id", shipmentId);
    money(track, "qty", totalQty);
    track.put("title", "United Parcel Service");
    track.put(
        "track_number", String.format("1Z999AA1%010d", shipmentId * 7_654_321L % 10_000_000_000L));
    track.put("updated_at", at);
    money(track, "weight", totalQty);
    shipment.putArray("comments");
    shipment.put("updated_at", at);
    order.put("updated_at", at);
    data.addShipment(shipment);
  }

  private void cancel(DataSet data, ObjectNode order, BigDecimal grandTotal, BigDecimal subtotal) {
    String at = MagentoJson.date(canceledAt);
    for (ObjectNode item : Json.objects(order.get("items"))) {
      item.set("qty_canceled", item.get("qty_ordered").deepCopy());
      item.put("updated_at", at);
    }
    money(order, "subtotal_canceled", subtotal);
    money(order, "base_subtotal_canceled", subtotal);
    money(order, "shipping_canceled", shipping);
    money(order, "base_shipping_canceled", shipping);
    money(order, "tax_canceled", BigDecimal.ZERO);
    money(order, "base_tax_canceled", BigDecimal.ZERO);
    money(order, "discount_canceled", BigDecimal.ZERO);
    money(order, "base_discount_canceled", BigDecimal.ZERO);
    money(order, "total_canceled", grandTotal);
    money(order, "base_total_canceled", grandTotal);
    ObjectNode payment = (ObjectNode) order.get("payment");
    money(payment, "amount_canceled", grandTotal);
    money(payment, "base_amount_canceled", grandTotal);
    money(payment, "shipping_captured", BigDecimal.ZERO);
    data.addOrderHistory(order, "order", cancelComment, canceledAt, 1L, 0)
        .put("status", "canceled");
    order.put("updated_at", at);
  }

  private static void money(ObjectNode node, String field, BigDecimal value) {
    if (value != null) {
      node.set(field, MagentoJson.number(value));
    }
  }

  private static void copy(ObjectNode from, ObjectNode to, String field) {
    if (Json.has(from, field)) {
      to.set(field, from.get(field).deepCopy());
    }
  }
}
