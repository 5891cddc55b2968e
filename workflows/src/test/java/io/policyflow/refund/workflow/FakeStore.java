package io.policyflow.refund.workflow;

import io.policyflow.refund.commerce.CommerceActivities;
import io.policyflow.refund.commerce.CommerceFailures;
import io.policyflow.refund.commerce.CreditMemoStatus;
import io.policyflow.refund.commerce.CustomerRecord;
import io.policyflow.refund.commerce.OrderLine;
import io.policyflow.refund.commerce.OrderRecord;
import io.policyflow.refund.commerce.RefundCommand;
import io.policyflow.refund.commerce.RefundReceipt;
import io.temporal.failure.ApplicationFailure;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-memory store for scenario tests: customers, orders, and the refunds and comments it
 * received.
 */
final class FakeStore implements CommerceActivities {

  static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z"); // a Thursday

  final Map<String, CustomerRecord> customers = new LinkedHashMap<>();
  final Map<Long, OrderRecord> orders = new LinkedHashMap<>();
  final List<RefundCommand> refunds = Collections.synchronizedList(new ArrayList<>());
  final List<String> comments = Collections.synchronizedList(new ArrayList<>());
  final List<String> emailsLookedUp = Collections.synchronizedList(new ArrayList<>());
  volatile RuntimeException refundFailure;

  /** The store is down for this many refund attempts (a retryable failure each), then answers. */
  final java.util.concurrent.atomic.AtomicInteger refundOutages =
      new java.util.concurrent.atomic.AtomicInteger();

  final java.util.concurrent.atomic.AtomicInteger refundAttempts =
      new java.util.concurrent.atomic.AtomicInteger();
  volatile Duration refundDelay = Duration.ZERO;
  volatile CreditMemoStatus.State memoState = CreditMemoStatus.State.REFUNDED;

  static FakeStore withDemoData() {
    FakeStore store = new FakeStore();
    store.customers.put(
        "jane.doe@example.com",
        new CustomerRecord(1L, "jane.doe@example.com", "Jane", "Doe", false));
    store.add(
        order(
            101,
            "000000101",
            daysAgo(6),
            "complete",
            "checkmo",
            null,
            daysAgo(5),
            money("5"),
            line(1011, "24-UG06", "Affirm Water Bottle", 1, "10")));
    store.add(
        order(
            102,
            "000000102",
            daysAgo(12),
            "complete",
            "braintree",
            901L,
            daysAgo(10),
            money("5"),
            line(1021, "MT07", "Argus All-Weather Tank", 2, "22"),
            line(1023, "24-UG06", "Affirm Water Bottle", 1, "10")));
    store.add(
        order(
            103,
            "000000103",
            daysAgo(45),
            "complete",
            "checkmo",
            null,
            daysAgo(41),
            money("5"),
            line(1031, "WS12", "Radiant Tee", 1, "22")));
    store.add(
        order(
            104,
            "000000104",
            daysAgo(3),
            "canceled",
            "checkmo",
            null,
            null,
            money("5"),
            line(1041, "WB04", "Olivia Light Jacket", 1, "40")));
    store.add(
        order(
            105,
            "000000105",
            daysAgo(2),
            "processing",
            "checkmo",
            null,
            null,
            money("0"),
            line(1051, "GIFTCARD-50", "Gift Card $50", 1, "50")));
    store.add(
        order(
            100,
            "000000100",
            daysAgo(90),
            "complete",
            "checkmo",
            null,
            daysAgo(88),
            money("5"),
            line(1001, "MH01", "Chaz Kangeroo Hoodie", 1, "52")));
    return store;
  }

  static Instant daysAgo(int days) {
    return NOW.minus(Duration.ofDays(days));
  }

  static BigDecimal money(String amount) {
    return new BigDecimal(amount);
  }

  static OrderLine line(long itemId, String sku, String name, int qty, String price) {
    BigDecimal q = BigDecimal.valueOf(qty);
    BigDecimal p = new BigDecimal(price);
    return new OrderLine(itemId, sku, name, "simple", q, q, BigDecimal.ZERO, BigDecimal.ZERO, p, p);
  }

  static OrderRecord order(
      long id,
      String number,
      Instant placedAt,
      String state,
      String payment,
      Long invoiceId,
      Instant shippedAt,
      BigDecimal shipping,
      OrderLine... lines) {
    List<OrderLine> shippedLines = new ArrayList<>();
    BigDecimal total = shipping;
    for (OrderLine line : lines) {
      total = total.add(line.price().multiply(line.qtyOrdered()));
      shippedLines.add(
          shippedAt == null
              ? line
              : new OrderLine(
                  line.itemId(),
                  line.sku(),
                  line.name(),
                  line.productType(),
                  line.qtyOrdered(),
                  line.qtyInvoiced(),
                  line.qtyOrdered(),
                  line.qtyRefunded(),
                  line.price(),
                  line.unitRefund()));
    }
    boolean paid = !state.equals("canceled");
    String title = payment.equals("checkmo") ? "check / money order" : "card";
    return new OrderRecord(
        id,
        number,
        placedAt,
        state,
        state,
        "USD",
        total,
        paid ? total : BigDecimal.ZERO,
        BigDecimal.ZERO,
        shipping,
        payment,
        title,
        invoiceId,
        shippedAt,
        "jane.doe@example.com",
        shippedLines);
  }

  void add(OrderRecord order) {
    orders.put(order.orderId(), order);
  }

  @Override
  public CustomerRecord findCustomer(String email) {
    emailsLookedUp.add(email);
    return customers.get(email);
  }

  @Override
  public List<OrderRecord> recentOrders(CustomerRecord customer, int limit) {
    return orders.values().stream()
        .filter(order -> order.customerEmail().equals(customer.email()))
        .sorted(Comparator.comparing(OrderRecord::placedAt).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public OrderRecord orderDetails(long orderId) {
    OrderRecord order = orders.get(orderId);
    if (order == null) {
      throw ApplicationFailure.newNonRetryableFailure("no such order", CommerceFailures.NOT_FOUND);
    }
    return order;
  }

  @Override
  public RefundReceipt refund(RefundCommand command) {
    sleep(refundDelay);
    refundAttempts.incrementAndGet();
    if (refundOutages.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw ApplicationFailure.newFailure("store unavailable (HTTP 503)", "MagentoUnavailable");
    }
    if (refundFailure != null) {
      throw refundFailure;
    }
    refunds.add(command);
    return new RefundReceipt(
        "7" + refunds.size(), command.expectedAmount(), command.currency(), NOW, false);
  }

  @Override
  public CreditMemoStatus creditMemoStatus(String creditMemoId) {
    return new CreditMemoStatus(creditMemoId, memoState, BigDecimal.TEN, "USD", NOW);
  }

  @Override
  public void addOrderComment(long orderId, String comment) {
    comments.add(orderId + ": " + comment);
  }

  private static void sleep(Duration duration) {
    if (duration.isZero()) {
      return;
    }
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
