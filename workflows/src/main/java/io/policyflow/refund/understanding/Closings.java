package io.policyflow.refund.understanding;

import java.util.List;
import java.util.Set;

/**
 * The closing ("keep it", "forget it") of change {@code understanding-2}, as written in the class
 * comment of {@link ReadingRules}.
 */
final class Closings {

  static final List<List<String>> CLOSERS =
      Phrases.phrases(
          "hang on to it",
          "hang onto it",
          "hold on to it",
          "hold onto it",
          "me lo quedo",
          "me la quedo",
          "me los quedo",
          "me las quedo",
          "me quedo con el",
          "me quedo con ella",
          "lo conservo",
          "je le garde",
          "je la garde",
          "je les garde",
          "le garder",
          "la garder",
          "les garder",
          "laisse tomber",
          "laissez tomber",
          "tant pis",
          "oublie ca",
          "oubliez ca",
          "olvidalo",
          "olvidelo",
          "dejalo",
          "dejelo",
          "da igual",
          "not worth it",
          "not worth the hassle",
          "not worth the trouble",
          "do not bother",
          "not bother");

  static final Set<String> KEEP = Set.of("keep", "keeping", "forget");

  static final Set<String> KEPT_OBJECTS =
      Set.of(
          "it",
          "them",
          "this",
          "that",
          "everything",
          "all",
          "item",
          "items",
          "order",
          "stuff",
          "thing",
          "things",
          "mine",
          "about",
          "whole",
          "lot");

  static final Set<String> NOT_CLOSING =
      Set.of(
          "but",
          "except",
          "instead",
          "refund",
          "refunded",
          "money",
          "credit",
          "exchange",
          "replace",
          "replacement",
          "return",
          "still",
          "other",
          "rest",
          "pero",
          "mais");

  /** Things a closing message may decline ("I'll keep it, no need for a refund"). */
  private static final Set<String> DECLINED =
      Set.of("refund", "money", "return", "credit", "exchange", "replacement");

  private static final Set<String> NEGATING = Set.of("not", "never", "no", "nor");

  /**
   * Whether the message closes the conversation (see the class comment of {@link ReadingRules}).
   */
  static boolean closes(String prepared) {
    if (prepared.indexOf('@') >= 0 || prepared.indexOf('?') >= 0) {
      return false;
    }
    List<String> tokens = Text.tokens(Text.normalize(prepared));
    boolean closing = false;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (NOT_CLOSING.contains(token) && !(DECLINED.contains(token) && negatedBefore(tokens, i))
          || Text.isNumber(token)) {
        return false;
      }
      if (Phrases.phraseAt(tokens, i, CLOSERS) != null) {
        closing = true;
      } else if (KEEP.contains(token) && keptObject(tokens, i + 1) && !negatedBefore(tokens, i)) {
        closing = true;
      }
    }
    return closing;
  }

  private static boolean keptObject(List<String> tokens, int at) {
    int i = at;
    if (i < tokens.size() && (tokens.get(i).equals("the") || tokens.get(i).equals("my"))) {
      i++;
    }
    return i < tokens.size()
        && KEPT_OBJECTS.contains(tokens.get(i))
        && (i + 1 >= tokens.size() || !AFTER_KEPT.contains(tokens.get(i + 1)));
  }

  /** "keep it in the box", "keep them sealed": how it is kept, not a decision to keep it. */
  static final Set<String> AFTER_KEPT =
      Set.of(
          "in", "on", "at", "inside", "safe", "sealed", "unused", "new", "clean", "wrapped", "for",
          "until", "boxed");

  private static boolean negatedBefore(List<String> tokens, int at) {
    for (int i = Math.max(0, at - 4); i < at; i++) {
      if (NEGATING.contains(tokens.get(i))) {
        return true;
      }
    }
    return false;
  }

  private Closings() {}
}
