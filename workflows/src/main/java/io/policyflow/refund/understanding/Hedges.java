package io.policyflow.refund.understanding;

import java.util.List;
import java.util.Set;

/**
 * The hedge and the conditional yes of change {@code understanding-2}: their word lists and rules,
 * as written in the class comment of {@link ReadingRules}.
 */
final class Hedges {

  static final List<List<String>> HEDGES =
      Phrases.phrases(
          "maybe",
          "perhaps",
          "probably",
          "prob",
          "possibly",
          "might",
          "may be",
          "not sure",
          "unsure",
          "not certain",
          "uncertain",
          "not positive",
          "i think",
          "i believe",
          "i guess",
          "i suppose",
          "i reckon",
          "i assume",
          "i hope",
          "hopefully",
          "think so",
          "believe so",
          "guess so",
          "suppose so",
          "idk",
          "dunno",
          "do not know",
          "no idea",
          "no clue",
          "not a clue",
          "who knows",
          "beats me",
          "can not say",
          "can not tell",
          "can not remember",
          "do not remember",
          "can not recall",
          "do not recall",
          "not remember",
          "hard to say",
          "kind of",
          "sort of",
          "kinda",
          "sorta",
          "more or less",
          "somewhat",
          "should be",
          "quizas",
          "quiza",
          "tal vez",
          "a lo mejor",
          "creo",
          "no se",
          "no estoy seguro",
          "no estoy segura",
          "peut etre",
          "je pense",
          "je crois",
          "je sais pas",
          "je ne sais pas",
          "pas sur",
          "pas sure",
          "pas certain",
          "thinkingface",
          "shrugface");

  static final Set<String> SURE = Set.of("sure", "certain", "positive", "100");

  static final Set<String> CONDITIONAL =
      Set.of(
          "if",
          "unless",
          "provided",
          "providing",
          "assuming",
          "only",
          "except",
          "depending",
          "depends",
          "sauf",
          "pero",
          "mais",
          "but",
          "condition");

  static final List<List<String>> CONDITIONAL_PHRASES = Phrases.phrases("as long as", "so long as");

  /** Whether the message hedges (see the class comment of {@link ReadingRules}). */
  static boolean hedged(List<String> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (Phrases.phraseAt(tokens, i, HEDGES) != null) {
        return true;
      }
      if (tokens.get(i).equals("not")) {
        for (int j = i + 1; j <= i + 3 && j < tokens.size(); j++) {
          if (SURE.contains(tokens.get(j)) && !tokens.get(j).equals("100")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether a yes is made conditional (see the class comment of {@link ReadingRules}). */
  static boolean conditional(List<String> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (CONDITIONAL.contains(token) || token.equals("si") && i > 0) {
        return true;
      }
      if (Phrases.phraseAt(tokens, i, CONDITIONAL_PHRASES) != null) {
        return true;
      }
    }
    return false;
  }

  private Hedges() {}
}
