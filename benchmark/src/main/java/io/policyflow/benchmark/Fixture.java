package io.policyflow.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The sandbox's data for the benchmark, as a {@code SANDBOX_FIXTURE} file in Magento's response
 * shape: customer {@code i} ({@code bench.customer<i>@example.com}) has exactly one refundable
 * order, {@code 1<i, 8 digits>}: complete, paid by check (an offline refund through {@code POST
 * /V1/order/{id}/refund}), shipped two days ago, one Affirm Water Bottle at $10 plus $5 shipping,
 * so the refund is $10.00 and the conversation asks for the item's condition. {@code
 * MagentoSandbox.store().reset()} puts every order back as it was (refundable again).
 */
final class Fixture {

  private static final DateTimeFormatter MAGENTO_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
  private static final long ID_BASE = 100_000;

  private Fixture() {}

  static String email(int customer) {
    return "bench.customer" + customer + "@example.com";
  }

  static String orderNumber(int customer) {
    return String.format("1%08d", customer);
  }

  static Path write(Path file, int customers, Instant now) {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    ArrayNode customerList = root.putArray("customers");
    ArrayNode orders = root.putArray("orders");
    ArrayNode invoices = root.putArray("invoices");
    ArrayNode shipments = root.putArray("shipments");
    String placed = MAGENTO_DATE.format(now.minus(Duration.ofDays(3)));
    String shipped = MAGENTO_DATE.format(now.minus(Duration.ofDays(2)));
    for (int i = 1; i <= customers; i++) {
      long id = ID_BASE + i;
      ObjectNode c = customerList.addObject();
      c.put("id", id)
          .put("group_id", 1)
          .put("email", email(i))
          .put("firstname", "Bench")
          .put("lastname", "Customer" + i)
          .put("website_id", 1)
          .put("store_id", 1)
          .put("created_in", "Default Store View")
          .put("created_at", placed)
          .put("updated_at", placed);
      c.putArray("addresses");

      ObjectNode o = orders.addObject();
      o.put("entity_id", id)
          .put("increment_id", orderNumber(i))
          .put("state", "complete")
          .put("status", "complete")
          .put("created_at", placed)
          .put("updated_at", shipped)
          .put("customer_email", email(i))
          .put("customer_id", id)
          .put("customer_is_guest", 0)
          .put("customer_firstname", "Bench")
          .put("customer_lastname", "Customer" + i)
          .put("order_currency_code", "USD")
          .put("base_currency_code", "USD")
          .put("grand_total", 15)
          .put("base_grand_total", 15)
          .put("subtotal", 10)
          .put("base_subtotal", 10)
          .put("shipping_amount", 5)
          .put("base_shipping_amount", 5)
          .put("total_invoiced", 15)
          .put("total_paid", 15)
          .put("base_total_paid", 15)
          .put("total_item_count", 1)
          .put("total_qty_ordered", 1);
      ObjectNode item = o.putArray("items").addObject();
      item.put("item_id", id)
          .put("order_id", id)
          .put("sku", "24-UG06")
          .put("name", "Affirm Water Bottle")
          .put("product_type", "simple")
          .put("qty_ordered", 1)
          .put("qty_invoiced", 1)
          .put("qty_shipped", 1)
          .put("qty_refunded", 0)
          .put("qty_canceled", 0)
          .put("price", 10)
          .put("base_price", 10)
          .put("row_total", 10)
          .put("base_row_total", 10)
          .put("tax_amount", 0)
          .put("discount_amount", 0);
      ObjectNode payment = o.putObject("payment");
      payment
          .put("method", "checkmo")
          .put("amount_ordered", 15)
          .put("amount_paid", 15)
          .putNull("cc_last4")
          .putNull("account_status");
      payment.putArray("additional_information");
      o.putArray("status_histories");
      ObjectNode shipping =
          o.putObject("extension_attributes")
              .putArray("shipping_assignments")
              .addObject()
              .putObject("shipping");
      shipping.put("method", "flatrate_flatrate").putObject("total").put("shipping_amount", 5);

      ObjectNode invoice = invoices.addObject();
      invoice
          .put("entity_id", id)
          .put("increment_id", String.format("%09d", id))
          .put("order_id", id)
          .put("state", 2)
          .put("grand_total", 15)
          .put("base_grand_total", 15)
          .put("shipping_amount", 5)
          .put("base_shipping_amount", 5)
          .put("total_qty", 1)
          .put("created_at", placed);
      invoice
          .putArray("items")
          .addObject()
          .put("entity_id", id)
          .put("order_item_id", id)
          .put("sku", "24-UG06")
          .put("qty", 1);

      ObjectNode shipment = shipments.addObject();
      shipment
          .put("entity_id", id)
          .put("increment_id", String.format("%09d", id))
          .put("order_id", id)
          .put("created_at", shipped)
          .put("total_qty", 1);
      shipment
          .putArray("items")
          .addObject()
          .put("order_item_id", id)
          .put("sku", "24-UG06")
          .put("qty", 1);
      shipment.putArray("tracks");
    }
    try {
      Files.createDirectories(file.getParent());
      json.writeValue(file.toFile(), root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
