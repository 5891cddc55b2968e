package io.policyflow.refund.understanding;

import java.util.List;
import java.util.Set;

/**
 * The negated order pick of change {@code understanding-2}: negators and the end of their clause,
 * as written in the class comment of {@link ReadingRules}.
 */
final class ExcludedPicks {

  static final Set<String> NEGATORS = Set.of("not", "never", "nor", "neither", "except", "pas");

  /** "anything but the tank", "other than the tank": negators of two words. */
  private static final Set<String> EXCLUDING =
      Set.of("anything but", "everything but", "any but", "other than", "apart from");

  static final Set<String> HEDGED_AFTER_NEGATOR =
      Set.of("sure", "sur", "certain", "positive", "know", "remember", "recall", "really", "100");

  static final Set<String> CLAUSE_ENDS =
      Set.of(".", ",", ";", ":", "!", "?", "but", "rather", "instead", "actually", "other", "pero");

  static final List<List<String>> CLAUSE_END_PHRASES =
      Phrases.phrases(
          "it is",
          "i mean",
          "i meant",
          "i want",
          "i need",
          "i would like",
          "the other",
          "that one");

  /** Marks the tokens each negator reaches; whether any were. */
  static boolean negationScopes(List<String> tokens, boolean[] negated) {
    boolean any = false;
    int i = 0;
    while (i < tokens.size()) {
      String token = tokens.get(i);
      String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
      int width = EXCLUDING.contains(token + " " + next) ? 2 : NEGATORS.contains(token) ? 1 : 0;
      String after = i + width < tokens.size() ? tokens.get(i + width) : "";
      if (width == 0 || HEDGED_AFTER_NEGATOR.contains(after)) {
        i++;
        continue;
      }
      int j = i + width;
      while (j < tokens.size()
          && !CLAUSE_ENDS.contains(tokens.get(j))
          && Phrases.phraseAt(tokens, j, CLAUSE_END_PHRASES) == null) {
        negated[j] = true;
        any = true;
        j++;
      }
      i = j;
    }
    return any;
  }

  private ExcludedPicks() {}
}
