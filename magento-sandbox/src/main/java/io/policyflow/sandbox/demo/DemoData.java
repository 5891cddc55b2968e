package io.policyflow.sandbox.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.sandbox.data.DataSet;
import io.policyflow.sandbox.json.MagentoJson;
import io.policyflow.sandbox.refund.RefundInput;
import io.policyflow.sandbox.refund.RefundService;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The demo store used when no fixture is given: every branch of the "Refund order" policy, with
 * dates relative to "now" (the sandbox clock), all in USD, store timezone UTC. The table in {@code
 * magento-sandbox/README.md} describes it; keep the two in step.
 */
public final class DemoData {

  public static final String JANE = "jane.doe@example.com";
  public static final String SAM_GUEST = "sam.guest@example.com";
  public static final String LEE = "lee.partial@example.com";
  public static final String OTHER = "other.person@example.com";
  public static final String NO_ORDERS = "no.orders@example.com";

  /**
   * A registered customer whose address has a {@code +} tag (URL encoding: {@code %2B}, never a
   * space).
   */
  public static final String PLUS_ADDRESS = "pat+shop@example.com";

  static final DemoOrderBuilder.Person JANE_DOE =
      new DemoOrderBuilder.Person(
          1L,
          JANE,
          "Jane",
          "Doe",
          "12 Larkspur Lane",
          "Austin",
          "Texas",
          "TX",
          57,
          "78701",
          "512-555-0142");
  static final DemoOrderBuilder.Person LEE_PARTIAL =
      new DemoOrderBuilder.Person(
          2L,
          LEE,
          "Lee",
          "Partial",
          "88 Harbor View Rd",
          "Portland",
          "Oregon",
          "OR",
          49,
          "97205",
          "503-555-0177");
  static final DemoOrderBuilder.Person OTHER_PERSON =
      new DemoOrderBuilder.Person(
          3L,
          OTHER,
          "Olivia",
          "Other",
          "7 Birch Court",
          "Denver",
          "Colorado",
          "CO",
          13,
          "80202",
          "303-555-0190");
  static final DemoOrderBuilder.Person NO_ORDERS_PERSON =
      new DemoOrderBuilder.Person(
          4L,
          NO_ORDERS,
          "Noah",
          "Orders",
          "19 Willow St",
          "Madison",
          "Wisconsin",
          "WI",
          64,
          "53703",
          "608-555-0111");
  static final DemoOrderBuilder.Person PAT_PLUS =
      new DemoOrderBuilder.Person(
          5L,
          PLUS_ADDRESS,
          "Pat",
          "Plus",
          "3 Juniper Row",
          "Boise",
          "Idaho",
          "ID",
          30,
          "83702",
          "208-555-0163");
  static final DemoOrderBuilder.Person SAM =
      new DemoOrderBuilder.Person(
          null,
          SAM_GUEST,
          "Sam",
          "Guest",
          "401 Maple Ave",
          "Columbus",
          "Ohio",
          "OH",
          47,
          "43215",
          "614-555-0123");

  private DemoData() {}

  public static DataSet build(Instant clockNow) {
    Instant now = clockNow.truncatedTo(ChronoUnit.SECONDS);
    DataSet data = new DataSet();
    data.addCustomer(customer(JANE_DOE, now.minus(Duration.ofDays(400))));
    data.addCustomer(customer(LEE_PARTIAL, now.minus(Duration.ofDays(200))));
    data.addCustomer(customer(OTHER_PERSON, now.minus(Duration.ofDays(150))));
    data.addCustomer(customer(NO_ORDERS_PERSON, now.minus(Duration.ofDays(30))));
    data.addCustomer(customer(PAT_PLUS, now.minus(Duration.ofDays(60))));

    // Jane: seven orders, so "the 5 most recent" leaves two out (000000103 and 000000100).
    Instant placed100 = daysAgo(now, 90);
    DemoOrderBuilder.order(10, "000000100")
        .by(JANE_DOE)
        .placed(placed100)
        .simple(1001, 14, "24-WB04", "Push It Messenger Bag", 1, 45)
        .shipping(5)
        .invoiced(placed100.plus(Duration.ofHours(1)))
        .shipped(daysAgo(now, 88))
        .addTo(data);

    Instant placed101 = daysAgo(now, 7);
    DemoOrderBuilder.order(11, "000000101")
        .by(JANE_DOE)
        .placed(placed101)
        .simple(1101, 1, "24-UG06", "Affirm Water Bottle", 1, 10)
        .shipping(5)
        .invoiced(placed101.plus(Duration.ofHours(1)))
        .shipped(daysAgo(now, 5))
        .addTo(data);

    Instant placed102 = daysAgo(now, 12);
    DemoOrderBuilder.order(12, "000000102")
        .by(JANE_DOE)
        .placed(placed102)
        .configurable(
            1201,
            1202,
            1812,
            1797,
            "MT07",
            "MT07-M-Gray",
            "Argus All-Weather Tank",
            "Argus All-Weather Tank-M-Gray",
            2,
            22)
        .simple(1203, 1, "24-UG06", "Affirm Water Bottle", 1, 10)
        .shipping(5)
        .paidWith("braintree", "8ndlk2fq")
        .invoiced(placed102.plus(Duration.ofMinutes(1)))
        .shipped(daysAgo(now, 10))
        .addTo(data);

    Instant placed103 = daysAgo(now, 41);
    DemoOrderBuilder.order(13, "000000103")
        .by(JANE_DOE)
        .placed(placed103)
        .simple(1301, 13, "24-WB03", "Driven Backpack", 1, 36)
        .shipping(5)
        .invoiced(placed103.plus(Duration.ofHours(1)))
        .shipped(placed103.plus(Duration.ofHours(5)))
        .addTo(data);

    Instant placed104 = daysAgo(now, 15);
    DemoOrderBuilder.order(14, "000000104")
        .by(JANE_DOE)
        .placed(placed104)
        .simple(1401, 12, "24-WB02", "Compete Track Tote", 1, 32)
        .shipping(5)
        .canceled(daysAgo(now, 14), "Canceled at the customer's request before payment.")
        .addTo(data);

    Instant placed105 = daysAgo(now, 2);
    DemoOrderBuilder.order(15, "000000105")
        .by(JANE_DOE)
        .placed(placed105)
        .simple(1501, 2050, "GIFTCARD-50", "Gift Card $50", 1, 50)
        .shipping(5)
        .invoiced(placed105.plus(Duration.ofHours(1)))
        .addTo(data);

    Instant placed106 = daysAgo(now, 20);
    DemoOrderBuilder.order(16, "000000106")
        .by(JANE_DOE)
        .placed(placed106)
        .simple(1601, 17, "24-WB07", "Overnight Duffle", 1, 45)
        .shipping(5)
        .invoiced(placed106.plus(Duration.ofHours(1)))
        .shipped(daysAgo(now, 18))
        .addTo(data);

    // Guest order: no customer record.
    Instant placed201 = daysAgo(now, 5);
    DemoOrderBuilder.order(21, "000000201")
        .by(SAM)
        .placed(placed201)
        .simple(2101, 35, "24-YM01", "Yoga Mat", 1, 30)
        .shipping(5)
        .invoiced(placed201.plus(Duration.ofHours(1)))
        .shipped(daysAgo(now, 3))
        .addTo(data);

    // Lee: paid 100 with PayPal Express, 40 already refunded online, backpack not shipped yet.
    Instant placed301 = daysAgo(now, 9);
    DemoOrderBuilder.order(31, "000000301")
        .by(LEE_PARTIAL)
        .placed(placed301)
        .simple(3101, 29, "24-WG082-blue", "Sprite Stasis Ball 65 cm", 3, 20)
        .simple(3102, 6, "24-MB02", "Fusion Backpack", 1, 35)
        .shipping(5)
        .paidWith("paypal_express", "5UX21832BN0458734")
        .invoiced(placed301.plus(Duration.ofMinutes(1)))
        .shipped(daysAgo(now, 7), 3101L)
        .addTo(data);

    // Somebody else's order, for "not your order".
    Instant placed999 = daysAgo(now, 6);
    DemoOrderBuilder.order(99, "000000999")
        .by(OTHER_PERSON)
        .placed(placed999)
        .simple(9901, 8, "24-MB06", "Endeavor Daytrip Backpack", 1, 33)
        .shipping(5)
        .invoiced(placed999.plus(Duration.ofHours(1)))
        .shipped(daysAgo(now, 4))
        .addTo(data);

    // History made through the same refund engine the API uses.
    RefundService refunds = new RefundService(false);
    refunds.refundOrder(
        data,
        16,
        new RefundInput(
            List.of(),
            false,
            true,
            true,
            new RefundInput.Comment(
                "Refunded in full: the duffle arrived with a broken zipper.", 1),
            null,
            null,
            null,
            null),
        daysAgo(now, 12));
    refunds.refundInvoice(
        data,
        131,
        new RefundInput(
            List.of(new RefundInput.Item(3101L, BigDecimal.valueOf(2))),
            true,
            true,
            true,
            new RefundInput.Comment("Refund for 2 stasis balls returned unopened.", 1),
            BigDecimal.ZERO,
            null,
            null,
            null),
        daysAgo(now, 6));
    return data;
  }

  private static Instant daysAgo(Instant now, int days) {
    return now.minus(Duration.ofDays(days));
  }

  private static ObjectNode customer(DemoOrderBuilder.Person person, Instant createdAt) {
    long id = person.customerId();
    long addressId = id * 10 + 1;
    ObjectNode customer = MagentoJson.object();
    ObjectNode address = customer.putArray("addresses").addObject();
    address.put("city", person.city());
    address.put("country_id", "US");
    address.put("customer_id", id);
    address.put("default_billing", true);
    address.put("default_shipping", true);
    address.put("firstname", person.firstname());
    address.put("id", addressId);
    address.put("lastname", person.lastname());
    address.put("postcode", person.postcode());
    ObjectNode region = address.putObject("region");
    region.put("region", person.region());
    region.put("region_code", person.regionCode());
    region.put("region_id", person.regionId());
    address.put("region_id", person.regionId());
    address.putArray("street").add(person.street());
    address.put("telephone", person.telephone());
    String created = MagentoJson.date(createdAt);
    customer.put("created_at", created);
    customer.put("created_in", "Default Store View");
    customer.put("default_billing", String.valueOf(addressId));
    customer.put("default_shipping", String.valueOf(addressId));
    customer.put("disable_auto_group_change", 0);
    customer.put("email", person.email());
    customer.putObject("extension_attributes").put("is_subscribed", false);
    customer.put("firstname", person.firstname());
    customer.put("gender", 0);
    customer.put("group_id", 1);
    customer.put("id", id);
    customer.put("lastname", person.lastname());
    customer.put("store_id", 1);
    customer.put("updated_at", created);
    customer.put("website_id", 1);
    return customer;
  }
}
