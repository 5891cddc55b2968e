package io.policyflow.refund.understanding;

import java.util.ArrayList;
import java.util.List;

/**
 * Phrases of words for the rules of {@link ReadingRules}: the lists, longest first, and the longest
 * one at a token.
 */
final class Phrases {

  static List<List<String>> phrases(String... phrases) {
    List<List<String>> list = new ArrayList<>();
    for (String phrase : phrases) {
      list.add(List.of(phrase.split(" ")));
    }
    list.sort((a, b) -> b.size() - a.size());
    return List.copyOf(list);
  }

  /** The longest of the phrases at {@code i}, or null. */
  static List<String> phraseAt(List<String> tokens, int i, List<List<String>> phrases) {
    for (List<String> phrase : phrases) {
      if (i + phrase.size() <= tokens.size()
          && tokens.subList(i, i + phrase.size()).equals(phrase)) {
        return phrase;
      }
    }
    return null;
  }

  private Phrases() {}
}
