package io.policyflow.refund.understanding;

import java.util.List;
import java.util.Optional;

/**
 * Reply understanding: pure, deterministic functions (safe in workflow code: no I/O, clock, randomness or mutable
 * state). What cannot be classified with confidence is UNKNOWN, never a yes.
 *
 * <p>Shared reading rules (see {@link Lexicon} and {@link CueScanner}): text is lower-cased and contractions expanded;
 * phrases are matched longest first, so "no problem" is not a "no" and "not a problem" is not a "not"; a negation
 * flips the next cue of its clause ("haven't worn it" is unused); after a reversal ("actually", "wait", "on second
 * thought") the later answer wins; mixed answers and hedges ("maybe", "not sure") are UNKNOWN; questions are not
 * answers ("yes?").
 */
public final class ReplyInterpreter {

  private ReplyInterpreter() {}

  /**
   * What the message asks for regardless of the question: a person (AGENT), calling the conversation off (CANCEL),
   * the refund's status (REFUND_STATUS), else NONE. Details in {@link IntentRules}.
   */
  public static Intent intent(String text) {
    return IntentRules.read(text);
  }

  /** The email address in the text, lower-cased; empty when there is none, or several different ones. */
  public static Optional<String> email(String text) {
    return EmailFinder.find(text);
  }

  /**
   * YES or NO as meant ("no problem, go ahead" is YES, "yes... actually no wait" is NO); UNKNOWN when mixed,
   * hedged, followed by "but"/"wait"/a question, or a question itself. Details in {@link YesNoRules}.
   */
  public static YesNo yesNo(String text) {
    return YesNoRules.read(text);
  }

  /**
   * By number (with or without '#', leading zeros optional), position ("the second one", "2") or item name; a
   * listed order number wins over a position. Details, including when it is NOT_FOUND, in {@link OrderPicker}.
   */
  public static OrderPick orderPick(String text, List<OrderOption> options) {
    return OrderPicker.pick(text, options);
  }

  /**
   * "everything", "just the tank", "2 of the bottles", "the first item", ... An item named without a quantity is
   * chosen in full (its {@code maxQty}); a quantity above {@code maxQty} is UNKNOWN, never clamped. Details in
   * {@link ItemPicker}.
   */
  public static ItemPick itemPick(String text, List<ItemOption> options) {
    return ItemPicker.pick(text, options);
  }

  /** UNUSED ("never used", "still in the box"), USED ("wore it twice", "not in the original packaging"), else UNKNOWN. */
  public static Condition condition(String text) {
    return ConditionRules.read(text);
  }

  /** STORE_CREDIT, EXCHANGE, DECLINED ("no thanks", "neither"), else UNKNOWN. Details in {@link AlternativeRules}. */
  public static Alternative alternative(String text) {
    return AlternativeRules.read(text);
  }

  /** ARRIVED ("yes got it", "no problem, it arrived"), NOT_ARRIVED ("not yet", "haven't received it"), else UNKNOWN. */
  public static Arrival arrival(String text) {
    return ArrivalRules.read(text);
  }
}
