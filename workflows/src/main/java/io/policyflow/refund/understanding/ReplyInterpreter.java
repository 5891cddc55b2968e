package io.policyflow.refund.understanding;

import java.util.List;
import java.util.Optional;

/**
 * Reply understanding: pure, deterministic functions (safe in workflow code). What cannot be classified with
 * confidence is UNKNOWN, never a yes.
 */
public final class ReplyInterpreter {

  private ReplyInterpreter() {}

  /** What the message asks for regardless of the question (a person, cancelling, the refund's status). */
  public static Intent intent(String text) {
    throw new IllegalStateException("placeholder: implemented by the understanding helper");
  }

  /** The email address in the text, lower-cased; empty when there is none. */
  public static Optional<String> email(String text) {
    throw new IllegalStateException("placeholder: implemented by the understanding helper");
  }

  public static YesNo yesNo(String text) {
    throw new IllegalStateException("placeholder: implemented by the understanding helper");
  }

  /** By number (with or without '#', leading zeros optional), position ("the second one", "2") or item name. */
  public static OrderPick orderPick(String text, List<OrderOption> options) {
    throw new IllegalStateException("placeholder: implemented by the understanding helper");
  }

  /** "everything", "just the tank", "2 of the bottles", "the first item", ... */
  public static ItemPick itemPick(String text, List<ItemOption> options) {
    throw new IllegalStateException("placeholder: implemented by the understanding helper");
  }

  public static Condition condition(String text) {
    throw new IllegalStateException("placeholder: implemented by the understanding helper");
  }

  public static Alternative alternative(String text) {
    throw new IllegalStateException("placeholder: implemented by the understanding helper");
  }

  public static Arrival arrival(String text) {
    throw new IllegalStateException("placeholder: implemented by the understanding helper");
  }
}
