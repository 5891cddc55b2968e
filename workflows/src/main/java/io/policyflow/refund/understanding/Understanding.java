package io.policyflow.refund.understanding;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The readings a conversation uses, fixed when it starts: a running conversation keeps the readings
 * it started with, so that what it did replays the same. {@link #LEGACY} reads as {@link
 * ReplyInterpreter} always did; {@link #CURRENT} (change {@code understanding-2}) adds the readings
 * of {@link ReadingRules}: hedges asked again, negated and recency picks, "keep it" closing the
 * conversation, polite yeses. Every reading, like {@link ReplyInterpreter}'s, reads at most {@link
 * ReplyInterpreter#MAX_READ_CHARS} code points and reads a failing rule as not understood.
 */
public enum Understanding {
  /** The first readings ({@link ReplyInterpreter}). */
  LEGACY,
  /** Change {@code understanding-2}: {@link ReadingRules} on top of the first readings. */
  CURRENT;

  /** The readings of a conversation started at this version of change {@code understanding-2}. */
  public static Understanding ofVersion(int version) {
    return version >= 1 ? CURRENT : LEGACY;
  }

  /** See {@link ReplyInterpreter#intent}; CURRENT also closes on "keep it", "forget it". */
  public Intent intent(String text) {
    return this == LEGACY
        ? ReplyInterpreter.intent(text)
        : ReplyInterpreter.read(text, ReadingRules::intent, Intent.NONE);
  }

  /** See {@link ReplyInterpreter#email}. */
  public Optional<String> email(String text) {
    return ReplyInterpreter.email(text);
  }

  /** See {@link ReplyInterpreter#yesNo}; CURRENT reads polite yeses, hedges are UNKNOWN. */
  public YesNo yesNo(String text) {
    return this == LEGACY
        ? ReplyInterpreter.yesNo(text)
        : ReplyInterpreter.read(text, ReadingRules::yesNo, YesNo.UNKNOWN);
  }

  /**
   * See {@link ReplyInterpreter#orderPick}; CURRENT reads negated picks and, with the orders' days
   * and {@code today}, recency picks.
   */
  public OrderPick orderPick(String text, List<OrderOption> options, LocalDate today) {
    return this == LEGACY
        ? ReplyInterpreter.orderPick(text, options)
        : ReplyInterpreter.read(
            text, t -> ReadingRules.orderPick(t, options, today), OrderPick.unknown());
  }

  /** See {@link ReplyInterpreter#itemPick}. */
  public ItemPick itemPick(String text, List<ItemOption> options) {
    return ReplyInterpreter.itemPick(text, options);
  }

  /**
   * The answer to the condition question: a condition, else a plain yes (UNUSED) or no (USED), else
   * UNKNOWN. CURRENT reads a hedge as UNKNOWN.
   */
  public Condition condition(String text) {
    if (this == CURRENT) {
      return ReplyInterpreter.read(text, ReadingRules::condition, Condition.UNKNOWN);
    }
    Condition condition = ReplyInterpreter.condition(text);
    if (condition == Condition.UNKNOWN) {
      YesNo yesNo = ReplyInterpreter.yesNo(text);
      condition =
          yesNo == YesNo.YES
              ? Condition.UNUSED
              : yesNo == YesNo.NO ? Condition.USED : Condition.UNKNOWN;
    }
    return condition;
  }

  /** See {@link ReplyInterpreter#alternative}; CURRENT reads a hedge as UNKNOWN. */
  public Alternative alternative(String text) {
    return this == LEGACY
        ? ReplyInterpreter.alternative(text)
        : ReplyInterpreter.read(text, ReadingRules::alternative, Alternative.UNKNOWN);
  }

  /** See {@link ReplyInterpreter#arrival}; CURRENT reads a hedge as UNKNOWN. */
  public Arrival arrival(String text) {
    return this == LEGACY
        ? ReplyInterpreter.arrival(text)
        : ReplyInterpreter.read(text, ReadingRules::arrival, Arrival.UNKNOWN);
  }
}
