package io.policyflow.activities.magento.sandbox;

import static io.policyflow.activities.magento.sandbox.RealSandbox.commentsOf;
import static io.policyflow.activities.magento.sandbox.RealSandbox.daysAgo;
import static io.policyflow.activities.magento.sandbox.RealSandbox.decimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.policyflow.activities.magento.MagentoCommerceActivities;
import io.policyflow.refund.commerce.CommerceFailures;
import io.policyflow.refund.commerce.CreditMemoStatus;
import io.policyflow.refund.commerce.CustomerRecord;
import io.policyflow.refund.commerce.OrderLine;
import io.policyflow.refund.commerce.OrderRecord;
import io.policyflow.refund.commerce.RefundCommand;
import io.policyflow.refund.commerce.RefundLine;
import io.policyflow.refund.commerce.RefundReceipt;
import io.policyflow.sandbox.MagentoSandbox;
import io.temporal.failure.ApplicationFailure;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The adapter's behaviours ({@code MagentoCommerceActivitiesTest} runs them against WireMock stubs)
 * against a real Magento sandbox over HTTP: the same client, real searchCriteria parsing, real
 * refund validation and real totals. A parallel contract class, not a shared abstract one: the
 * WireMock suite verifies requests and uses its own fixture ids, while this one checks the store's
 * state afterwards on the sandbox's demo data.
 */
class SandboxCommerceActivitiesTest {

  private static final Jane JANE = new Jane();
  private static MagentoSandbox sandbox;
  private MagentoCommerceActivities activities;

  @BeforeAll
  static void startSandbox() {
    sandbox = RealSandbox.start();
  }

  @AfterAll
  static void stopSandbox() {
    sandbox.close();
  }

  @BeforeEach
  void setUp() {
    sandbox.store().reset();
    sandbox.faults().clear();
    activities = RealSandbox.activities(sandbox);
  }

  // --- customers
  // ---------------------------------------------------------------------------------------------

  @Test
  void registeredCustomerIsFoundByNormalizedEmail() {
    assertThat(activities.findCustomer("  Jane.Doe@Example.COM ")).isEqualTo(JANE.record);
  }

  @Test
  void plusAddressIsSentEncodedAndFound() {
    // a '+' sent raw would reach Magento as a space and find nobody
    assertThat(activities.findCustomer("Pat+Shop@example.com"))
        .isEqualTo(new CustomerRecord(5L, "pat+shop@example.com", "Pat", "Plus", false));
  }

  @Test
  void guestIsFoundFromTheirLatestOrder() {
    assertThat(activities.findCustomer("Sam.Guest@example.com"))
        .isEqualTo(new CustomerRecord(null, "sam.guest@example.com", "Sam", "Guest", true));
  }

  @Test
  void unknownEmailGivesNull() {
    assertThat(activities.findCustomer("nobody@example.com")).isNull();
  }

  // --- orders
  // ------------------------------------------------------------------------------------------------

  @Test
  void recentOrdersAreTheFiveNewestWithConfigurableChildrenFolded() {
    List<OrderRecord> orders = activities.recentOrders(JANE.record, 5);

    assertThat(orders)
        .extracting(OrderRecord::number)
        .containsExactly("000000105", "000000101", "000000102", "000000104", "000000106");
    OrderRecord bottle = orders.get(1);
    assertThat(bottle.orderId()).isEqualTo(11L);
    assertThat(bottle.placedAt()).isEqualTo(daysAgo(7));
    assertThat(bottle.grandTotal()).isEqualByComparingTo("15");
    assertThat(bottle.moneyLeft()).isEqualByComparingTo("15");
    OrderRecord tank = orders.get(2);
    assertThat(tank.lines())
        .extracting(OrderLine::itemId)
        .as("child 1202 folded into 1201")
        .containsExactly(1201L, 1203L);
    assertThat(tank.lines()).extracting(OrderLine::sku).containsExactly("MT07", "24-UG06");
    assertThat(tank.paymentMethod()).isEqualTo("braintree");
    assertThat(orders.get(3).state()).isEqualTo("canceled");
    assertThat(orders.get(4).totalRefunded()).isEqualByComparingTo("50");
  }

  @Test
  void recentOrdersOfAGuestSearchByEmail() {
    List<OrderRecord> orders =
        activities.recentOrders(
            new CustomerRecord(null, "sam.guest@example.com", "Sam", "Guest", true), 5);

    assertThat(orders)
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.number()).isEqualTo("000000201");
              assertThat(o.currency()).isEqualTo("USD");
              assertThat(o.lines())
                  .singleElement()
                  .satisfies(l -> assertThat(l.shipped()).isTrue());
            });
  }

  @Test
  void orderDetailsHavePaidInvoiceLastShipmentAndUnitRefunds() {
    OrderRecord order = activities.orderDetails(12);

    assertThat(order.number()).isEqualTo("000000102");
    assertThat(order.invoiceId()).isEqualTo(112L);
    assertThat(order.lastShippedAt()).isEqualTo(daysAgo(10));
    assertThat(order.state()).isEqualTo("complete");
    assertThat(order.customerEmail()).isEqualTo("jane.doe@example.com");
    assertThat(order.shippingAmount()).isEqualByComparingTo("5");
    assertThat(order.lines()).hasSize(2);
    OrderLine tank = order.lines().get(0);
    assertThat(tank.productType()).isEqualTo("configurable");
    assertThat(tank.unitRefund()).isEqualTo(new BigDecimal("22.00"));
    assertThat(tank.refundableQty()).isEqualByComparingTo("2");
    assertThat(tank.shipped()).isTrue();
    assertThat(order.lines().get(1).unitRefund()).isEqualTo(new BigDecimal("10.00"));
  }

  @Test
  void unshippedOrderHasNoShipmentDate() {
    OrderRecord giftCard = activities.orderDetails(15);

    assertThat(giftCard.invoiceId()).isEqualTo(115L);
    assertThat(giftCard.lastShippedAt()).isNull();
    assertThat(giftCard.lines()).singleElement().satisfies(l -> assertThat(l.shipped()).isFalse());
  }

  @Test
  void unknownOrderIsNotFound() {
    ApplicationFailure failure =
        catchThrowableOfType(ApplicationFailure.class, () -> activities.orderDetails(9999));

    assertThat(failure.getType()).isEqualTo(CommerceFailures.NOT_FOUND);
    assertThat(failure.isNonRetryable()).isTrue();
  }

  // --- refunds
  // -----------------------------------------------------------------------------------------------

  @Test
  void offlineRefundOfTheBottleCreatesOneMarkedCreditMemoAndUpdatesTheOrder() {
    RefundReceipt receipt = activities.refund(offline101("conv-1:11"));

    assertThat(receipt.alreadyExisted()).isFalse();
    assertThat(receipt.amount()).isEqualByComparingTo("10");
    assertThat(receipt.currency()).isEqualTo("USD");
    List<Map<String, Object>> memos = RealSandbox.creditMemos(sandbox, "000000101");
    assertThat(memos)
        .singleElement()
        .satisfies(
            memo -> {
              assertThat(String.valueOf(memo.get("entity_id"))).isEqualTo(receipt.creditMemoId());
              assertThat(decimal(memo.get("grand_total"))).isEqualByComparingTo("10");
              assertThat(decimal(memo.get("shipping_amount")))
                  .as("shipping kept")
                  .isEqualByComparingTo("0");
              assertThat(commentsOf(memo))
                  .anySatisfy(c -> assertThat(c).contains("[policyflow:conv-1:11]"));
            });
    Map<String, Object> order = sandbox.store().order("000000101");
    assertThat(decimal(order.get("total_refunded"))).isEqualByComparingTo("10");
    assertThat(decimal(order.get("total_offline_refunded"))).isEqualByComparingTo("10");
    assertThat(activities.creditMemoStatus(receipt.creditMemoId()).state())
        .isEqualTo(CreditMemoStatus.State.REFUNDED);
  }

  @Test
  void onlineRefundGoesThroughTheBraintreeInvoice() {
    RefundCommand command =
        new RefundCommand(
            12,
            "000000102",
            112L,
            true,
            List.of(line(1201, "1"), line(1203, "1")),
            false,
            "conv-2:12",
            new BigDecimal("32"),
            "USD");

    RefundReceipt receipt = activities.refund(command);

    assertThat(receipt.amount()).isEqualByComparingTo("32");
    assertThat(RealSandbox.creditMemos(sandbox, "000000102"))
        .singleElement()
        .satisfies(
            memo -> {
              assertThat(decimal(memo.get("grand_total"))).isEqualByComparingTo("32");
              assertThat(memo.get("invoice_id")).hasToString("112");
              assertThat(memo.get("transaction_id")).as("refunded online").isNotNull();
            });
    Map<String, Object> order = sandbox.store().order("000000102");
    assertThat(decimal(order.get("total_refunded"))).isEqualByComparingTo("32");
    assertThat(decimal(order.get("total_online_refunded"))).isEqualByComparingTo("32");
    assertThat(order.get("total_offline_refunded")).isNull();
  }

  @Test
  void theSameMarkerTwiceRefundsOnce() {
    RefundReceipt first = activities.refund(offline101("conv-3:11"));
    RefundReceipt second = activities.refund(offline101("conv-3:11"));

    assertThat(first.alreadyExisted()).isFalse();
    assertThat(second.alreadyExisted()).isTrue();
    assertThat(second.creditMemoId()).isEqualTo(first.creditMemoId());
    assertThat(RealSandbox.creditMemos(sandbox, "000000101")).hasSize(1);
    assertThat(decimal(sandbox.store().order("000000101").get("total_refunded")))
        .isEqualByComparingTo("10");
  }

  @Test
  void magentosValidationRefusalIsNotRetryableAndCarriesItsReason() {
    RefundCommand closed =
        new RefundCommand(
            16,
            "000000106",
            null,
            false,
            List.of(line(1601, "1")),
            false,
            "conv-4:16",
            new BigDecimal("45"),
            "USD");

    ApplicationFailure failure =
        catchThrowableOfType(ApplicationFailure.class, () -> activities.refund(closed));

    assertThat(failure.getType()).isEqualTo(CommerceFailures.REFUND_REFUSED);
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(failure.getOriginalMessage())
        .startsWith("Creditmemo Document Validation Error(s):\n")
        .contains("A creditmemo can not be created when an order has a status of closed");
    assertThat(RealSandbox.creditMemos(sandbox, "000000106"))
        .as("only the historical memo")
        .hasSize(1);
  }

  @Test
  void wrongTokenIsUnauthorized() {
    MagentoCommerceActivities wrong =
        new MagentoCommerceActivities(
            RealSandbox.client(sandbox, "not-the-token"), RealSandbox.CLOCK);

    ApplicationFailure failure =
        catchThrowableOfType(
            ApplicationFailure.class, () -> wrong.findCustomer("jane.doe@example.com"));

    assertThat(failure.getType()).isEqualTo(CommerceFailures.UNAUTHORIZED);
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(failure.getOriginalMessage()).contains("Magento_Customer::customer");
  }

  // --- comments
  // ----------------------------------------------------------------------------------------------

  @Test
  void orderCommentIsStoredAndKeepsTheOrdersStatus() {
    activities.addOrderComment(11, "Refund of $10.00 issued by Policyflow (conversation 42).");

    assertThat(sandbox.store().order("000000101").get("status")).isEqualTo("complete");
    assertThat(sandbox.store().orderComments("000000101").get(0))
        .satisfies(
            comment -> {
              assertThat(comment.get("comment"))
                  .isEqualTo("Refund of $10.00 issued by Policyflow (conversation 42).");
              assertThat(comment.get("status")).isEqualTo("complete");
            });
  }

  private static RefundCommand offline101(String marker) {
    return new RefundCommand(
        11,
        "000000101",
        null,
        false,
        List.of(line(1101, "1")),
        false,
        marker,
        BigDecimal.TEN,
        "USD");
  }

  private static RefundLine line(long itemId, String qty) {
    return new RefundLine(itemId, new BigDecimal(qty));
  }

  /** Jane Doe, demo customer 1. */
  private static final class Jane {
    final CustomerRecord record =
        new CustomerRecord(1L, "jane.doe@example.com", "Jane", "Doe", false);
  }
}
