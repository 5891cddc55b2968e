package io.policyflow.refund.policy;

import io.policyflow.refund.commerce.OrderLine;
import io.policyflow.refund.commerce.OrderRecord;
import io.policyflow.refund.commerce.RefundLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The refund policy's rules as pure functions of the order, the policy and the current time. */
public final class EligibilityRules {

  private EligibilityRules() {}

  /** Order-level rules, in this order: state, money left to refund, return window. */
  public static Eligibility checkOrder(OrderRecord order, RefundPolicy policy, Instant now) {
    throw new IllegalStateException("placeholder: implemented by the policy helper");
  }

  /** Whether the line's SKU matches a non-returnable pattern. */
  public static boolean nonReturnable(OrderLine line, RefundPolicy policy) {
    throw new IllegalStateException("placeholder: implemented by the policy helper");
  }

  /** Refundable lines: refundable quantity above zero and not non-returnable. */
  public static List<OrderLine> refundableLines(OrderRecord order, RefundPolicy policy) {
    throw new IllegalStateException("placeholder: implemented by the policy helper");
  }

  /** Not eligible when any chosen line is non-returnable, naming it. */
  public static Eligibility checkLines(List<OrderLine> chosen, RefundPolicy policy) {
    throw new IllegalStateException("placeholder: implemented by the policy helper");
  }

  /** Items only (plus remaining shipping if the policy says so), capped at the money left, in currency scale. */
  public static BigDecimal refundAmount(OrderRecord order, List<RefundLine> lines, RefundPolicy policy) {
    throw new IllegalStateException("placeholder: implemented by the policy helper");
  }

  /** True when the order is refunded online through its invoice (payment method not offline, invoice known). */
  public static boolean refundsOnline(OrderRecord order, RefundPolicy policy) {
    throw new IllegalStateException("placeholder: implemented by the policy helper");
  }
}
