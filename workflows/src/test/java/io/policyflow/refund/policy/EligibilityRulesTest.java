package io.policyflow.refund.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.policyflow.refund.commerce.OrderLine;
import io.policyflow.refund.commerce.OrderRecord;
import io.policyflow.refund.commerce.RefundLine;
import io.policyflow.refund.policy.Eligibility.Rule;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EligibilityRulesTest {

  private static final Instant NOW = Instant.parse("2026-10-15T12:00:00Z");

  private static RefundPolicy policy(int windowDays, String timeZone, boolean refundShipping) {
    RefundPolicy d = RefundPolicy.defaults();
    return new RefundPolicy(
        windowDays,
        d.refundableStates(),
        d.nonReturnableSkus(),
        d.offlinePaymentMethods(),
        refundShipping,
        d.ordersListed(),
        d.minBusinessDays(),
        d.maxBusinessDays(),
        d.holidays(),
        timeZone,
        d.reminderAfter(),
        d.abandonAfter(),
        d.followUpReplyWindow(),
        d.slowTurnThreshold(),
        d.maxNotUnderstood());
  }

  private static RefundPolicy withSkus(List<String> globs) {
    RefundPolicy d = RefundPolicy.defaults();
    return new RefundPolicy(
        d.returnWindowDays(),
        d.refundableStates(),
        globs,
        d.offlinePaymentMethods(),
        d.refundShipping(),
        d.ordersListed(),
        d.minBusinessDays(),
        d.maxBusinessDays(),
        d.holidays(),
        d.timeZone(),
        d.reminderAfter(),
        d.abandonAfter(),
        d.followUpReplyWindow(),
        d.slowTurnThreshold(),
        d.maxNotUnderstood());
  }

  @ParameterizedTest(name = "state {0} -> eligible={1} {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          processing      | true  | -
          complete        | true  | -
          COMPLETE        | true  | -
          ' processing '  | true  | -
          canceled        | false | this order was cancelled
          closed          | false | this order has already been closed (fully refunded)
          holded          | false | this order is on hold
          new             | false | this order hasn't been paid yet
          pending_payment | false | this order hasn't been paid yet
          payment_review  | false | this order's payment is still under review
          fraud           | false | this order is in state fraud
          pending         | false | this order is in state pending
          -               | false | this order is in state unknown
          """)
  void stateMustAllowARefund(String state, boolean eligible, String explanation) {
    Eligibility result =
        EligibilityRules.checkOrder(
            Orders.withState(Orders.order(), state), policy(30, "UTC", false), NOW);

    assertThat(result.eligible()).isEqualTo(eligible);
    assertThat(result.rule()).isEqualTo(eligible ? null : Rule.ORDER_STATE);
    assertThat(result.explanation()).isEqualTo(explanation);
  }

  @Test
  void stateIsCheckedBeforeMoneyAndWindow() {
    OrderRecord order =
        Orders.withMoney(
            Orders.withState(Orders.order(), "closed"), "USD", "64.00", "64.00", "5.00");
    order = Orders.withDates(order, Instant.parse("2025-01-01T00:00:00Z"), null);

    assertThat(EligibilityRules.checkOrder(order, policy(30, "UTC", false), NOW).rule())
        .isEqualTo(Rule.ORDER_STATE);
  }

  @ParameterizedTest(name = "paid {0}, refunded {1} -> eligible={2}")
  @CsvSource(
      nullValues = "-",
      textBlock =
          """
          64.00, 0.00,    true
          64.00, 30.00,   true
          64.00, 63.999,  true
          64.00, 63.9999, false
          64.00, 64.00,   false
          64.00, 70.00,   false
          -,     -,       false
          64.00, -,       true
          """)
  void somethingMustBeLeftToRefund(String paid, String refunded, boolean eligible) {
    OrderRecord order = Orders.withMoney(Orders.order(), "USD", paid, refunded, "5.00");

    Eligibility result = EligibilityRules.checkOrder(order, policy(30, "UTC", false), NOW);

    assertThat(result.eligible()).isEqualTo(eligible);
    if (!eligible) {
      assertThat(result.rule()).isEqualTo(Rule.NOTHING_LEFT_TO_REFUND);
      assertThat(result.explanation()).isEqualTo("this order has already been fully refunded");
    }
  }

  @Test
  void moneyIsCheckedBeforeTheWindow() {
    OrderRecord order = Orders.withMoney(Orders.order(), "USD", "64.00", "64.00", "5.00");
    order = Orders.withDates(order, Instant.parse("2025-01-01T00:00:00Z"), null);

    assertThat(EligibilityRules.checkOrder(order, policy(30, "UTC", false), NOW).rule())
        .isEqualTo(Rule.NOTHING_LEFT_TO_REFUND);
  }

  @ParameterizedTest(name = "[{index}] placed {0}, shipped {1}, now {2} in {3}, window {4} -> {5}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          # placed              | last shipped          | now                   | zone             | window | explanation (- = eligible)
          2026-10-01T10:00:00Z  | -                     | 2026-10-31T09:00:00Z  | UTC              | 30     | -
          2026-10-01T10:00:00Z  | -                     | 2026-10-31T23:59:59Z  | UTC              | 30     | -
          2026-10-01T10:00:00Z  | -                     | 2026-11-01T00:00:00Z  | UTC              | 30     | your order was placed 31 days ago; our return window is 30 days
          2026-09-01T10:00:00Z  | -                     | 2026-10-12T08:00:00Z  | UTC              | 30     | your order was placed 41 days ago; our return window is 30 days
          2026-09-01T10:00:00Z  | 2026-10-10T10:00:00Z  | 2026-11-09T10:00:00Z  | UTC              | 30     | -
          2026-09-01T10:00:00Z  | 2026-10-10T10:00:00Z  | 2026-11-10T10:00:00Z  | UTC              | 30     | your order was shipped 31 days ago; our return window is 30 days
          2026-08-01T10:00:00Z  | 2026-09-01T10:00:00Z  | 2026-10-12T10:00:00Z  | UTC              | 30     | your order was shipped 41 days ago; our return window is 30 days
          2026-10-01T10:00:00Z  | 2026-10-02T10:00:00Z  | 2026-11-01T10:00:00Z  | UTC              | 30     | -
          2026-10-01T02:00:00Z  | -                     | 2026-10-31T12:00:00Z  | UTC              | 30     | -
          2026-10-01T02:00:00Z  | -                     | 2026-10-31T12:00:00Z  | America/New_York | 30     | your order was placed 31 days ago; our return window is 30 days
          2026-10-01T12:00:00Z  | -                     | 2026-10-31T23:30:00Z  | UTC              | 30     | -
          2026-10-01T12:00:00Z  | -                     | 2026-10-31T23:30:00Z  | Asia/Tokyo       | 30     | your order was placed 31 days ago; our return window is 30 days
          2026-10-01T23:30:00Z  | -                     | 2026-11-01T00:30:00Z  | UTC              | 30     | your order was placed 31 days ago; our return window is 30 days
          2026-10-01T23:30:00Z  | -                     | 2026-11-01T00:30:00Z  | Asia/Tokyo       | 30     | -
          2026-10-15T08:00:00Z  | -                     | 2026-10-15T20:00:00Z  | UTC              | 0      | -
          2026-10-14T23:00:00Z  | -                     | 2026-10-15T01:00:00Z  | UTC              | 0      | your order was placed 1 day ago; our return window is 0 days
          2026-10-13T12:00:00Z  | -                     | 2026-10-15T12:00:00Z  | UTC              | 1      | your order was placed 2 days ago; our return window is 1 day
          2026-10-20T12:00:00Z  | -                     | 2026-10-15T12:00:00Z  | UTC              | 30     | -
          2026-03-01T12:00:00Z  | -                     | 2026-03-31T12:00:00Z  | Europe/Berlin    | 30     | -
          2026-03-01T12:00:00Z  | -                     | 2026-04-01T12:00:00Z  | Europe/Berlin    | 30     | your order was placed 31 days ago; our return window is 30 days
          """)
  void returnWindowCountsCalendarDaysInThePolicyZone(
      Instant placed, Instant shipped, Instant now, String zone, int window, String explanation) {
    OrderRecord order = Orders.withDates(Orders.order(), placed, shipped);

    Eligibility result = EligibilityRules.checkOrder(order, policy(window, zone, false), now);

    assertThat(result.explanation()).isEqualTo(explanation);
    assertThat(result.eligible()).isEqualTo(explanation == null);
    assertThat(result.rule()).isEqualTo(explanation == null ? null : Rule.RETURN_WINDOW);
  }

  @Test
  void noDateAtAllSkipsTheWindow() {
    OrderRecord order = Orders.withDates(Orders.order(), null, null);

    assertThat(EligibilityRules.checkOrder(order, policy(30, "UTC", false), NOW))
        .isEqualTo(Eligibility.ok());
  }

  @ParameterizedTest(name = "sku {0} against {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          GIFTCARD-50     | GIFTCARD-* *-FINAL | true
          giftcard-50     | GIFTCARD-* *-FINAL | true
          GIFTCARD-       | GIFTCARD-* *-FINAL | true
          MYGIFTCARD-50   | GIFTCARD-* *-FINAL | false
          GIFTCARD50      | GIFTCARD-* *-FINAL | false
          TEE-FINAL       | GIFTCARD-* *-FINAL | true
          tee-final       | GIFTCARD-* *-FINAL | true
          TEE-FINAL-2     | GIFTCARD-* *-FINAL | false
          MB01            | GIFTCARD-* *-FINAL | false
          MB01            | MB0?               | true
          MB011           | MB0?               | false
          MB0             | MB0?               | false
          anything        | *                  | true
          A.B             | a.b                | true
          AXB             | a.b                | false
          X[1]            | x[1]               | true
          X1              | x[1]               | false
          MB01            | -                  | false
          -               | *                  | false
          """)
  void skuGlobsAreCaseInsensitive(String sku, String globs, boolean expected) {
    List<String> patterns = globs == null ? List.of() : Arrays.asList(globs.split(" "));
    OrderLine line = Orders.line(1, sku, "Thing", "1", "0", "1.00");

    assertThat(EligibilityRules.nonReturnable(line, withSkus(patterns))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # lines as id:sku:invoiced:refunded, space-separated | refundable ids
          1:MT01:2:0 2:MB02:1:0                                  | 1 2
          1:MT01:2:2 2:MB02:1:0                                  | 2
          1:MT01:2:1 2:MB02:1:1                                  | 1
          1:GIFTCARD-25:1:0 2:MB02:1:0                           | 2
          1:TEE-FINAL:1:0 2:GIFTCARD-25:1:0                      | ''
          1:MT01:0:0 2:MB02:1:0 3:MH03:3:1                       | 2 3
          3:MH03:3:1 1:MT01:1:0                                  | 3 1
          1:MT01:1:2                                             | ''
          """)
  void keepsLinesWithSomethingLeftThatCanBeReturned(String lines, String expectedIds) {
    OrderRecord order = Orders.withLines(Orders.order(), parseLines(lines));

    List<Long> ids =
        EligibilityRules.refundableLines(order, RefundPolicy.defaults()).stream()
            .map(OrderLine::itemId)
            .collect(Collectors.toList());

    assertThat(ids).isEqualTo(ids(expectedIds));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          # chosen lines as sku=name, comma-separated         | explanation (- = eligible)
          MT01=Tank Top,MB02=Water Bottle                     | -
          GIFTCARD-25=Gift Card                               | Gift Card can't be returned (it's a final-sale item)
          MT01=Tank Top,TEE-FINAL=Clearance Tee               | Clearance Tee can't be returned (it's a final-sale item)
          GIFTCARD-25=Gift Card,TEE-FINAL=Clearance Tee       | Gift Card and Clearance Tee can't be returned (they're final-sale items)
          GIFTCARD-1=A,GIFTCARD-2=B,X-FINAL=C,MB02=D          | A, B and C can't be returned (they're final-sale items)
          GIFTCARD-25=                                        | GIFTCARD-25 can't be returned (it's a final-sale item)
          ''                                                  | -
          """)
  void namesEveryNonReturnableItem(String chosen, String explanation) {
    List<OrderLine> lines = new ArrayList<>();
    long id = 1;
    for (String part : chosen.isEmpty() ? new String[0] : chosen.split(",")) {
      String[] skuName = part.split("=", -1);
      lines.add(Orders.line(id++, skuName[0], skuName[1], "1", "0", "1.00"));
    }

    Eligibility result = EligibilityRules.checkLines(lines, RefundPolicy.defaults());

    assertThat(result.explanation()).isEqualTo(explanation);
    assertThat(result.eligible()).isEqualTo(explanation == null);
    assertThat(result.rule()).isEqualTo(explanation == null ? null : Rule.NON_RETURNABLE_ITEM);
  }

  @ParameterizedTest(
      name =
          "[{index}] {0} paid {1} refunded {2} shipping {3} (refund shipping {4}), lines {5} -> {6}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          # currency | paid    | refunded | shipping | refund shipping | lines (id x qty) | expected
          USD        | 64.00   | 0        | 5.00     | false           | 101x1            | 25.00
          USD        | 64.00   | 0        | 5.00     | false           | 101x2            | 50.00
          USD        | 64.00   | 0        | 5.00     | false           | 101x2 102x1      | 59.00
          USD        | 64.00   | 0        | 5.00     | true            | 101x2 102x1      | 64.00
          USD        | 64.00   | 0        | 5.00     | true            | 102x1            | 14.00
          USD        | 64.00   | 0        | -        | true            | 102x1            | 9.00
          USD        | 64.00   | 30.00    | 5.00     | false           | 101x2            | 34.00
          USD        | 64.00   | 30.00    | 5.00     | false           | 102x1            | 9.00
          USD        | 64.00   | 10.00    | 5.00     | true            | 101x2 102x1      | 54.00
          USD        | 64.00   | 64.00    | 5.00     | false           | 101x1            | 0.00
          USD        | 64.00   | 0        | 5.00     | false           | 101x0            | 0.00
          USD        | 64.00   | 0        | 5.00     | false           | ''               | 0.00
          usd        | 64.00   | 0        | 5.00     | false           | 101x1            | 25.00
          JPY        | 64.00   | 0        | 5.00     | false           | 101x2            | 50
          EUR        | 64.00   | 0        | 5.00     | false           | 101x1            | 25.00
          BHD        | 64.00   | 0        | 5.00     | false           | 101x1            | 25.000
          XYZ        | 64.00   | 0        | 5.00     | false           | 101x1            | 25.00
          XXX        | 64.00   | 0        | 5.00     | false           | 101x1            | 25.00
          -          | 64.00   | 0        | 5.00     | false           | 101x1            | 25.00
          """)
  void sumsLinesAddsShippingCapsAndScales(
      String currency,
      String paid,
      String refunded,
      String shipping,
      boolean refundShipping,
      String lines,
      String expected) {
    OrderRecord order = Orders.withMoney(Orders.order(), currency, paid, refunded, shipping);

    BigDecimal amount =
        EligibilityRules.refundAmount(order, refundLines(lines), policy(30, "UTC", refundShipping));

    assertThat(amount).isEqualTo(new BigDecimal(expected));
  }

  @ParameterizedTest(name = "[{index}] {0}: unit {1} x {2} -> {3}")
  @CsvSource(
      textBlock =
          """
          USD, 33.335, 1,   33.34
          USD, 33.334, 1,   33.33
          USD, 10.005, 3,   30.02
          JPY, 1000.5, 1,   1001
          JPY, 1000.4, 1,   1000
          JPY, 1500,   3,   4500
          KWD, 1.2345, 1,   1.235
          USD, 12.50,  1.5, 18.75
          """)
  void roundsHalfUpToTheCurrencyDigits(String currency, String unit, String qty, String expected) {
    OrderRecord order =
        Orders.withLines(
            Orders.withMoney(Orders.order(), currency, "100000", "0", "0"),
            List.of(Orders.line(7, "X", "X", "10", "0", unit)));

    BigDecimal amount =
        EligibilityRules.refundAmount(
            order, List.of(new RefundLine(7, new BigDecimal(qty))), policy(30, "UTC", false));

    assertThat(amount).isEqualTo(new BigDecimal(expected));
  }

  @Test
  void anUnknownItemIsAProgrammingError() {
    assertThatThrownBy(
            () ->
                EligibilityRules.refundAmount(
                    Orders.order(),
                    List.of(new RefundLine(999, BigDecimal.ONE)),
                    RefundPolicy.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("999");
  }

  @Test
  void aNegativeQuantityIsAProgrammingError() {
    assertThatThrownBy(
            () ->
                EligibilityRules.refundAmount(
                    Orders.order(),
                    List.of(new RefundLine(101, new BigDecimal("-1"))),
                    RefundPolicy.defaults()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "method {0}, invoice {1} -> online {2}")
  @CsvSource(
      nullValues = "-",
      textBlock =
          """
          braintree,      11, true
          paypal_express, 11, true
          checkmo,        11, false
          CheckMo,        11, false
          banktransfer,   11, false
          cashondelivery, 11, false
          purchaseorder,  11, false
          free,           11, false
          braintree,      -,  false
          checkmo,        -,  false
          -,              11, true
          """)
  void onlineNeedsAnOnlineMethodAndAnInvoice(String method, Long invoiceId, boolean expected) {
    OrderRecord order = Orders.withPayment(Orders.order(), method, invoiceId);

    assertThat(EligibilityRules.refundsOnline(order, RefundPolicy.defaults())).isEqualTo(expected);
  }

  @Test
  void anEligibleOrderPassesEveryRule() {
    assertThat(EligibilityRules.checkOrder(Orders.order(), policy(30, "UTC", false), NOW))
        .isEqualTo(Eligibility.ok());
  }

  private static List<OrderLine> parseLines(String spec) {
    List<OrderLine> lines = new ArrayList<>();
    for (String part : spec.trim().split("\\s+")) {
      String[] f = part.split(":");
      lines.add(Orders.line(Long.parseLong(f[0]), f[1], f[1], f[2], f[3], "1.00"));
    }
    return lines;
  }

  private static List<RefundLine> refundLines(String spec) {
    List<RefundLine> lines = new ArrayList<>();
    if (spec.isBlank()) {
      return lines;
    }
    for (String part : spec.trim().split("\\s+")) {
      String[] f = part.split("x");
      lines.add(new RefundLine(Long.parseLong(f[0]), new BigDecimal(f[1])));
    }
    return lines;
  }

  private static List<Long> ids(String spec) {
    if (spec.isBlank()) {
      return List.of();
    }
    return Arrays.stream(spec.trim().split("\\s+"))
        .map(Long::parseLong)
        .collect(Collectors.toList());
  }
}
