package io.policyflow.kustomer.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The demo org: the Magento sandbox's demo customers, with their orders as KObjects of the order
 * Klass (dates relative to "now", the same offsets as the Magento demo store, so both sandboxes
 * tell one story).
 */
final class DemoOrg {

  private DemoOrg() {}

  /**
   * The demo org when {@link KustomerSandboxConfig#demoData()}, else only the order Klass and the
   * two users.
   */
  static void seed(SandboxOrg org, KustomerSandboxConfig config) {
    synchronized (org) {
      if (config.demoData()) {
        load(org, config.clock().instant(), config.orderKlass());
      } else {
        org.klasses.put(config.orderKlass(), "66300000000000000000abcd");
        org.users.put(KustomerDemo.BOT_USER_ID, "Refund Bot");
        org.users.put(KustomerDemo.AGENT_USER_ID, "Alex Agent");
      }
    }
  }

  private static void load(SandboxOrg org, Instant clockNow, String orderKlass) {
    Instant now = clockNow.truncatedTo(ChronoUnit.SECONDS);
    org.users.put(KustomerDemo.BOT_USER_ID, "Refund Bot");
    org.users.put(KustomerDemo.AGENT_USER_ID, "Alex Agent");
    org.teams.put(KustomerDemo.TIER2_TEAM_ID, "Tier 2 Support");
    org.queues.put(KustomerDemo.REFUND_BOT_QUEUE_ID, "Refund bot");
    org.queues.put(KustomerDemo.REFUNDS_HUMAN_QUEUE_ID, "Refunds (humans)");
    org.klasses.put(orderKlass, "66300000000000000000abcd");
    org.tagNames.put("6640aa000000000000000001", KustomerDemo.REFUND_BOT_TAG);

    customer(
        org, KustomerDemo.JANE_CUSTOMER_ID, "Jane", "Doe", KustomerDemo.JANE_EMAIL, 1L, now, 400);
    customer(
        org,
        KustomerDemo.LEE_CUSTOMER_ID,
        "Lee",
        "Partial",
        "lee.partial@example.com",
        2L,
        now,
        200);
    customer(
        org,
        KustomerDemo.OLIVIA_CUSTOMER_ID,
        "Olivia",
        "Other",
        "other.person@example.com",
        3L,
        now,
        150);
    customer(
        org, KustomerDemo.NOAH_CUSTOMER_ID, "Noah", "Orders", "no.orders@example.com", 4L, now, 30);
    customer(
        org, KustomerDemo.SAM_CUSTOMER_ID, "Sam", "Guest", "sam.guest@example.com", null, now, 5);

    String jane = KustomerDemo.JANE_CUSTOMER_ID;
    order(
        org,
        orderKlass,
        jane,
        10,
        "000000100",
        now,
        90,
        "complete",
        5,
        item(1001, "24-WB04", "Push It Messenger Bag", 1, 45));
    order(
        org,
        orderKlass,
        jane,
        11,
        "000000101",
        now,
        7,
        "complete",
        5,
        item(1101, "24-UG06", "Affirm Water Bottle", 1, 10));
    order(
        org,
        orderKlass,
        jane,
        12,
        "000000102",
        now,
        12,
        "complete",
        5,
        item(1201, "MT07-M-Gray", "Argus All-Weather Tank", 2, 22),
        item(1203, "24-UG06", "Affirm Water Bottle", 1, 10));
    order(
        org,
        orderKlass,
        jane,
        13,
        "000000103",
        now,
        41,
        "complete",
        5,
        item(1301, "24-WB03", "Driven Backpack", 1, 36));
    order(
        org,
        orderKlass,
        jane,
        14,
        "000000104",
        now,
        15,
        "canceled",
        5,
        item(1401, "24-WB02", "Compete Track Tote", 1, 32));
    order(
        org,
        orderKlass,
        jane,
        15,
        "000000105",
        now,
        2,
        "processing",
        5,
        item(1501, "GIFTCARD-50", "Gift Card $50", 1, 50));
    order(
        org,
        orderKlass,
        jane,
        16,
        "000000106",
        now,
        20,
        "closed",
        5,
        item(1601, "24-WB07", "Overnight Duffle", 1, 45));
    order(
        org,
        orderKlass,
        KustomerDemo.SAM_CUSTOMER_ID,
        21,
        "000000201",
        now,
        5,
        "complete",
        5,
        item(2101, "24-YM01", "Yoga Mat", 1, 30));
    order(
        org,
        orderKlass,
        KustomerDemo.LEE_CUSTOMER_ID,
        31,
        "000000301",
        now,
        9,
        "processing",
        5,
        item(3101, "24-WG082-blue", "Sprite Stasis Ball 65 cm", 3, 20),
        item(3102, "24-MB02", "Fusion Backpack", 1, 35));
    order(
        org,
        orderKlass,
        KustomerDemo.OLIVIA_CUSTOMER_ID,
        99,
        "000000999",
        now,
        6,
        "complete",
        5,
        item(9901, "24-MB06", "Endeavor Daytrip Backpack", 1, 33));
  }

  private record Item(long itemId, String sku, String name, int qty, int price) {}

  private static Item item(long itemId, String sku, String name, int qty, int price) {
    return new Item(itemId, sku, name, qty, price);
  }

  private static void customer(
      SandboxOrg org,
      String id,
      String first,
      String last,
      String email,
      Long magentoId,
      Instant now,
      int daysAgo) {
    SandboxOrg.Customer c = new SandboxOrg.Customer();
    c.id = id;
    c.firstName = first;
    c.lastName = last;
    c.name = first + " " + last;
    c.emails.add(email);
    if (magentoId != null) {
      c.externalId = magentoId.toString();
      c.custom.put("magentoCustomerIdNum", magentoId);
    }
    c.createdAt = now.minus(Duration.ofDays(daysAgo));
    c.updatedAt = c.createdAt;
    org.customers.put(id, c);
  }

  private static void order(
      SandboxOrg org,
      String klass,
      String customerId,
      long entityId,
      String number,
      Instant now,
      int daysAgo,
      String status,
      int shipping,
      Item... items) {
    Instant placed = now.minus(Duration.ofDays(daysAgo));
    int total = shipping;
    int count = 0;
    ArrayNode lines = Json.array();
    for (Item item : items) {
      total += item.qty() * item.price();
      count += item.qty();
      ObjectNode line = lines.addObject();
      line.put("item_id", item.itemId());
      line.put("sku", item.sku());
      line.put("name", item.name());
      line.put("qty_ordered", item.qty());
      line.put("price", item.price());
    }
    SandboxOrg.KObject k = new SandboxOrg.KObject();
    k.id = "6631bb00cc00dd00ee00" + String.format("%04x", entityId);
    k.klass = klass;
    k.customerId = customerId;
    k.externalId = Long.toString(entityId);
    k.title = "Order #" + number;
    k.description = count + (count == 1 ? " item" : " items") + " · $" + total + ".00 · " + status;
    k.icon = "cart";
    k.custom.put("orderNumberStr", number);
    k.custom.put("orderStatusStr", status);
    k.custom.put("totalPriceNum", new BigDecimal(total));
    k.custom.put("currencyStr", "USD");
    k.custom.put("orderCreatedAt", Json.date(placed));
    k.data.put("entity_id", entityId);
    k.data.put("increment_id", number);
    k.data.set("items", lines);
    k.createdAt = placed.plus(Duration.ofMinutes(3));
    k.updatedAt = k.createdAt;
    org.kobjects.put(k.id, k);
  }
}
