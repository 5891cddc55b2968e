package io.policyflow.refund.policy;

import io.policyflow.refund.commerce.OrderLine;
import io.policyflow.refund.commerce.OrderRecord;
import io.policyflow.refund.commerce.RefundLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * The refund policy's rules as pure functions of the order, the policy and the current time
 * (deterministic: safe in workflow code). Money is {@link BigDecimal} throughout.
 */
public final class EligibilityRules {

  /** Below this, nothing is left to refund. */
  private static final BigDecimal NOTHING = new BigDecimal("0.0001");

  private static final int DEFAULT_FRACTION_DIGITS = 2;

  private EligibilityRules() {}

  /**
   * Order-level rules, in this order: state, money left to refund, return window. The return window
   * counts whole calendar days in the policy's time zone from the last shipment (or the order date
   * when nothing shipped) to {@code now}; exactly {@code returnWindowDays} days is still inside the
   * window. An order with neither date skips the window rule.
   */
  public static Eligibility checkOrder(OrderRecord order, RefundPolicy policy, Instant now) {
    if (!isRefundableState(order.state(), policy)) {
      return Eligibility.no(Eligibility.Rule.ORDER_STATE, OrderStates.explain(order.state()));
    }
    if (order.moneyLeft().compareTo(NOTHING) <= 0) {
      return Eligibility.no(
          Eligibility.Rule.NOTHING_LEFT_TO_REFUND, "this order has already been fully refunded");
    }
    return checkReturnWindow(order, policy, now);
  }

  /** Whether the line's SKU matches a non-returnable pattern (globs, case-insensitive). */
  public static boolean nonReturnable(OrderLine line, RefundPolicy policy) {
    for (String glob : policy.nonReturnableSkus()) {
      if (SkuPattern.matches(glob, line.sku())) {
        return true;
      }
    }
    return false;
  }

  /** Refundable lines, in order: refundable quantity above zero and not non-returnable. */
  public static List<OrderLine> refundableLines(OrderRecord order, RefundPolicy policy) {
    List<OrderLine> lines = new ArrayList<>();
    for (OrderLine line : order.lines()) {
      if (line.refundableQty().signum() > 0 && !nonReturnable(line, policy)) {
        lines.add(line);
      }
    }
    return List.copyOf(lines);
  }

  /**
   * Not eligible when any chosen line is non-returnable, naming every such item: "X can't be
   * returned (it's a final-sale item)", or "X and Y can't be returned (they're final-sale items)".
   */
  public static Eligibility checkLines(List<OrderLine> chosen, RefundPolicy policy) {
    List<String> names = new ArrayList<>();
    for (OrderLine line : chosen) {
      if (nonReturnable(line, policy)) {
        names.add(line.name() == null || line.name().isBlank() ? line.sku() : line.name());
      }
    }
    if (names.isEmpty()) {
      return Eligibility.ok();
    }
    String explanation =
        names.size() == 1
            ? names.get(0) + " can't be returned (it's a final-sale item)"
            : joinNames(names) + " can't be returned (they're final-sale items)";
    return Eligibility.no(Eligibility.Rule.NON_RETURNABLE_ITEM, explanation);
  }

  /**
   * Σ unit refund × quantity over {@code lines}, plus the order's shipping amount when the policy
   * refunds shipping; capped at the money left; scaled (HALF_UP) to the currency's default fraction
   * digits (2 when unknown).
   *
   * @throws IllegalArgumentException when a line names an item that is not in the order, or has no
   *     or a negative quantity
   */
  public static BigDecimal refundAmount(
      OrderRecord order, List<RefundLine> lines, RefundPolicy policy) {
    BigDecimal total = BigDecimal.ZERO;
    for (RefundLine refundLine : lines) {
      OrderLine line = findLine(order, refundLine.orderItemId());
      if (refundLine.qty() == null || refundLine.qty().signum() < 0) {
        throw new IllegalArgumentException("bad quantity for item " + refundLine.orderItemId());
      }
      BigDecimal unit = line.unitRefund() == null ? BigDecimal.ZERO : line.unitRefund();
      total = total.add(unit.multiply(refundLine.qty()));
    }
    if (policy.refundShipping() && order.shippingAmount() != null) {
      total = total.add(order.shippingAmount());
    }
    BigDecimal left = order.moneyLeft();
    if (total.compareTo(left) > 0) {
      total = left;
    }
    return total.setScale(fractionDigits(order.currency()), RoundingMode.HALF_UP);
  }

  /**
   * True when the payment method is not an offline one (case-insensitive) and the order has an
   * invoice.
   */
  public static boolean refundsOnline(OrderRecord order, RefundPolicy policy) {
    if (order.invoiceId() == null) {
      return false;
    }
    String method = order.paymentMethod() == null ? "" : order.paymentMethod().trim();
    for (String offline : policy.offlinePaymentMethods()) {
      if (offline != null && offline.trim().equalsIgnoreCase(method)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isRefundableState(String state, RefundPolicy policy) {
    if (state == null) {
      return false;
    }
    for (String allowed : policy.refundableStates()) {
      if (allowed != null && allowed.trim().equalsIgnoreCase(state.trim())) {
        return true;
      }
    }
    return false;
  }

  private static Eligibility checkReturnWindow(
      OrderRecord order, RefundPolicy policy, Instant now) {
    boolean shipped = order.lastShippedAt() != null;
    Instant reference = shipped ? order.lastShippedAt() : order.placedAt();
    if (reference == null) {
      return Eligibility.ok();
    }
    ZoneId zone = zone(policy.timeZone());
    LocalDate from = LocalDate.ofInstant(reference, zone);
    LocalDate today = LocalDate.ofInstant(now, zone);
    long days = ChronoUnit.DAYS.between(from, today);
    if (days <= policy.returnWindowDays()) {
      return Eligibility.ok();
    }
    String explanation =
        String.format(
            Locale.ROOT,
            "your order was %s %s ago; our return window is %s",
            shipped ? "shipped" : "placed",
            daysText(days),
            daysText(policy.returnWindowDays()));
    return Eligibility.no(Eligibility.Rule.RETURN_WINDOW, explanation);
  }

  private static ZoneId zone(String timeZone) {
    return timeZone == null || timeZone.isBlank() ? ZoneOffset.UTC : ZoneId.of(timeZone.trim());
  }

  private static String daysText(long days) {
    return days == 1 ? "1 day" : days + " days";
  }

  private static OrderLine findLine(OrderRecord order, long itemId) {
    for (OrderLine line : order.lines()) {
      if (line.itemId() == itemId) {
        return line;
      }
    }
    throw new IllegalArgumentException("item " + itemId + " is not in order " + order.number());
  }

  private static int fractionDigits(String currencyCode) {
    if (currencyCode == null) {
      return DEFAULT_FRACTION_DIGITS;
    }
    try {
      int digits =
          Currency.getInstance(currencyCode.trim().toUpperCase(Locale.ROOT))
              .getDefaultFractionDigits();
      return digits < 0 ? DEFAULT_FRACTION_DIGITS : digits;
    } catch (IllegalArgumentException unknownCurrency) {
      return DEFAULT_FRACTION_DIGITS;
    }
  }

  private static String joinNames(List<String> names) {
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }
}
