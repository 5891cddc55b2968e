package io.policyflow.api.realworkflow;

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
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The store behind the real refund workflow in the API tests: three customers with one order each,
 * placed three days before the tests start. Looking up {@link #SLOW} waits until {@link
 * #releaseSlowLookup()} (a turn that outlasts the API's turn timeout).
 */
public final class FakeStore implements CommerceActivities {

  public static final String JANE = "jane.doe@example.com";
  public static final String ADA = "ada@example.com";
  public static final String SLOW = "slow@example.com";

  /** Credit memo of every refund. */
  public static final String CREDIT_MEMO = "CM-42";

  /** When the orders were placed (and shipped a day later). */
  public static final Instant PLACED_AT =
      Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);

  private final Map<String, CustomerRecord> customers =
      Map.of(
          JANE, new CustomerRecord(1L, JANE, "Jane", "Doe", false),
          ADA, new CustomerRecord(2L, ADA, "Ada", "Lovelace", false),
          SLOW, new CustomerRecord(3L, SLOW, "Sam", "Slow", false));
  private final Map<String, OrderRecord> orders =
      Map.of(
          JANE, order(101, "000000101", JANE),
          ADA, order(102, "000000102", ADA),
          SLOW, order(103, "000000103", SLOW));
  private final CountDownLatch slowLookup = new CountDownLatch(1);

  /**
   * Order #… of 59.00 EUR: one Affirm Water Bottle at 54.00 plus 5.00 shipping, shipped, paid by
   * check.
   */
  static OrderRecord order(long id, String number, String email) {
    BigDecimal one = BigDecimal.ONE;
    OrderLine bottle =
        new OrderLine(
            id * 10 + 1,
            "24-UG06",
            "Affirm Water Bottle",
            "simple",
            one,
            one,
            one,
            BigDecimal.ZERO,
            new BigDecimal("54.00"),
            new BigDecimal("54.00"));
    BigDecimal total = new BigDecimal("59.00");
    return new OrderRecord(
        id,
        number,
        PLACED_AT,
        "complete",
        "complete",
        "EUR",
        total,
        total,
        BigDecimal.ZERO,
        new BigDecimal("5.00"),
        "checkmo",
        "check / money order",
        null,
        PLACED_AT.plus(Duration.ofDays(1)),
        email,
        List.of(bottle));
  }

  public void releaseSlowLookup() {
    slowLookup.countDown();
  }

  @Override
  public CustomerRecord findCustomer(String email) {
    if (email.equals(SLOW)) {
      try {
        slowLookup.await(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return customers.get(email);
  }

  @Override
  public List<OrderRecord> recentOrders(CustomerRecord customer, int limit) {
    return List.of(orders.get(customer.email()));
  }

  @Override
  public OrderRecord orderDetails(long orderId) {
    return orders.values().stream()
        .filter(order -> order.orderId() == orderId)
        .findFirst()
        .orElseThrow(
            () ->
                ApplicationFailure.newNonRetryableFailure(
                    "no such order", CommerceFailures.NOT_FOUND));
  }

  @Override
  public RefundReceipt refund(RefundCommand command) {
    return new RefundReceipt(
        CREDIT_MEMO, command.expectedAmount(), command.currency(), Instant.now(), false);
  }

  @Override
  public CreditMemoStatus creditMemoStatus(String creditMemoId) {
    return new CreditMemoStatus(
        creditMemoId,
        CreditMemoStatus.State.REFUNDED,
        new BigDecimal("54.00"),
        "EUR",
        Instant.now());
  }

  @Override
  public void addOrderComment(long orderId, String comment) {}
}
