package io.policyflow.refund.understanding;

import java.util.List;

/** One order as listed to the customer. {@code position} counts from 1 in the order listed. */
public record OrderOption(int position, String number, List<String> itemNames) {
  public OrderOption {
    itemNames = List.copyOf(itemNames);
  }
}
