package io.policyflow.refund.understanding;

import java.time.LocalDate;
import java.util.List;

/**
 * One order as listed to the customer. {@code position} counts from 1 in the order listed; {@code
 * placedOn} is the day it was placed, in the store's time zone (null when not known: then recency
 * picks such as "the most recent one" are not read).
 */
public record OrderOption(int position, String number, List<String> itemNames, LocalDate placedOn) {
  public OrderOption {
    itemNames = List.copyOf(itemNames);
  }

  public OrderOption(int position, String number, List<String> itemNames) {
    this(position, number, itemNames, null);
  }
}
