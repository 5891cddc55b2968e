package io.policyflow.refund.policy;

/**
 * The verdict of one eligibility check. When not eligible, {@code explanation} tells the customer
 * exactly which rule fired, with figures from the data (e.g. "your order was placed 41 days ago;
 * our return window is 30 days").
 */
public record Eligibility(boolean eligible, Rule rule, String explanation) {

  public enum Rule {
    /** The order's state does not allow a refund (cancelled, closed, on hold, not paid, ...). */
    ORDER_STATE,
    /** Everything paid was already refunded. */
    NOTHING_LEFT_TO_REFUND,
    RETURN_WINDOW,
    NON_RETURNABLE_ITEM,
    /** Shipped items that were used (or are not in their original packaging). */
    ITEM_CONDITION
  }

  public static Eligibility ok() {
    return new Eligibility(true, null, null);
  }

  public static Eligibility no(Rule rule, String explanation) {
    return new Eligibility(false, rule, explanation);
  }
}
