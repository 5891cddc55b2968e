package io.policyflow.refund.understanding;

/**
 * Which listed order the customer chose.
 *
 * @param position the chosen order's position (from 1) when {@code kind} is PICKED, else 0
 */
public record OrderPick(Kind kind, int position) {

  public enum Kind {
    /** Exactly one listed order matches. */
    PICKED,
    /**
     * The customer named an order (a number, a position, an item) that is not among the listed
     * ones.
     */
    NOT_FOUND,
    /** Could not tell which order is meant (several match, or nothing order-like was said). */
    UNKNOWN
  }

  public static OrderPick picked(int position) {
    return new OrderPick(Kind.PICKED, position);
  }

  public static OrderPick notFound() {
    return new OrderPick(Kind.NOT_FOUND, 0);
  }

  public static OrderPick unknown() {
    return new OrderPick(Kind.UNKNOWN, 0);
  }
}
