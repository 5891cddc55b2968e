package io.policyflow.refund.understanding;

import java.util.List;

/** Which items (and how many of each) the customer wants refunded. */
public record ItemPick(Kind kind, List<Choice> choices) {

  public ItemPick {
    choices = choices == null ? List.of() : List.copyOf(choices);
  }

  public enum Kind {
    /** Everything refundable. */
    ALL,
    /** The listed choices. */
    SOME,
    UNKNOWN
  }

  /** {@code qty} is at least 1 and at most the option's {@code maxQty}. */
  public record Choice(long itemId, int qty) {}

  public static ItemPick all() {
    return new ItemPick(Kind.ALL, List.of());
  }

  public static ItemPick some(List<Choice> choices) {
    return new ItemPick(Kind.SOME, choices);
  }

  public static ItemPick unknown() {
    return new ItemPick(Kind.UNKNOWN, List.of());
  }
}
