package io.policyflow.refund.understanding;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reply understanding: pure, deterministic functions (safe in workflow code: no I/O, clock,
 * randomness or mutable state). What cannot be classified with confidence is UNKNOWN, never a yes.
 *
 * <p>Shared reading rules (see {@link Lexicon} and {@link CueScanner}): text is lower-cased and
 * contractions expanded; phrases are matched longest first, so "no problem" is not a "no" and "not
 * a problem" is not a "not"; a negation flips the next cue of its clause ("haven't worn it" is
 * unused); after a reversal ("actually", "wait", "on second thought") the later answer wins; mixed
 * answers and hedges ("maybe", "not sure") are UNKNOWN; questions are not answers ("yes?").
 *
 * <p>Safe on any input: every rule takes time linear in the text, only its first {@link
 * #MAX_READ_CHARS} code points are read, and a rule that fails anyway (an exception, a stack
 * overflow) reads as not understood (UNKNOWN, NONE or empty) instead of failing the workflow task,
 * which Temporal would retry forever.
 */
public final class ReplyInterpreter {

  /**
   * How much of a message is read, in Unicode code points: the longest text the API admits ({@code
   * InputRules.MAX_TEXT_LENGTH}), so no message it admits is cut and no reading recorded in a
   * workflow history changes. Longer text (sent around the API) is read only up to here; the
   * transcript keeps it whole.
   */
  public static final int MAX_READ_CHARS = 2_000;

  private ReplyInterpreter() {}

  /**
   * What the message asks for regardless of the question: a person (AGENT), calling the
   * conversation off (CANCEL), the refund's status (REFUND_STATUS), else NONE. Details in {@link
   * IntentRules}.
   */
  public static Intent intent(String text) {
    return read(text, IntentRules::read, Intent.NONE);
  }

  /**
   * The email address in the text, lower-cased; empty when there is none, or several different
   * ones.
   */
  public static Optional<String> email(String text) {
    return read(text, EmailFinder::find, Optional.empty());
  }

  /**
   * YES or NO as meant ("no problem, go ahead" is YES, "yes... actually no wait" is NO); UNKNOWN
   * when mixed, hedged, followed by "but"/"wait"/a question, or a question itself. Details in
   * {@link YesNoRules}.
   */
  public static YesNo yesNo(String text) {
    return read(text, YesNoRules::read, YesNo.UNKNOWN);
  }

  /**
   * By number (with or without '#', leading zeros optional), position ("the second one", "2") or
   * item name; a listed order number wins over a position. Details, including when it is NOT_FOUND,
   * in {@link OrderPicker}.
   */
  public static OrderPick orderPick(String text, List<OrderOption> options) {
    return read(text, t -> OrderPicker.pick(t, options), OrderPick.unknown());
  }

  /**
   * "everything", "just the tank", "2 of the bottles", "the first item", ... An item named without
   * a quantity is chosen in full (its {@code maxQty}); a quantity above {@code maxQty} is UNKNOWN,
   * never clamped. Details in {@link ItemPicker}.
   */
  public static ItemPick itemPick(String text, List<ItemOption> options) {
    return read(text, t -> ItemPicker.pick(t, options), ItemPick.unknown());
  }

  /**
   * UNUSED ("never used", "still in the box"), USED ("wore it twice", "not in the original
   * packaging"), else UNKNOWN.
   */
  public static Condition condition(String text) {
    return read(text, ConditionRules::read, Condition.UNKNOWN);
  }

  /**
   * STORE_CREDIT, EXCHANGE, DECLINED ("no thanks", "neither"), else UNKNOWN. Details in {@link
   * AlternativeRules}.
   */
  public static Alternative alternative(String text) {
    return read(text, AlternativeRules::read, Alternative.UNKNOWN);
  }

  /**
   * ARRIVED ("yes got it", "no problem, it arrived"), NOT_ARRIVED ("not yet", "haven't received
   * it"), else UNKNOWN.
   */
  public static Arrival arrival(String text) {
    return read(text, ArrivalRules::read, Arrival.UNKNOWN);
  }

  /**
   * The rule's reading of the text's first {@link #MAX_READ_CHARS} code points; {@code
   * notUnderstood} when the rule fails. Rules are pure, so a failure is the same on every replay.
   */
  static <T> T read(String text, Function<String, T> rule, T notUnderstood) {
    try {
      return rule.apply(readable(text));
    } catch (RuntimeException | StackOverflowError e) {
      return notUnderstood;
    }
  }

  /**
   * The text's first {@link #MAX_READ_CHARS} code points (all of it when shorter); null stays null.
   */
  static String readable(String text) {
    if (text == null || text.length() <= MAX_READ_CHARS) {
      return text;
    }
    int end = 0;
    for (int read = 0; read < MAX_READ_CHARS && end < text.length(); read++) {
      end += Character.charCount(text.codePointAt(end));
    }
    return end >= text.length() ? text : text.substring(0, end);
  }
}
