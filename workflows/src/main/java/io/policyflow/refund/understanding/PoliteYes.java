package io.policyflow.refund.understanding;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The polite yes of change {@code understanding-2}: polite and indirect yeses, negated praise, a
 * leading Spanish "sí" and the yes emoji, as written in the class comment of {@link ReadingRules}.
 */
final class PoliteYes {

  /** Polite and indirect yeses, added to the yes/no lexicon of {@code understanding-2}. */
  static final List<String> POLITE_YES =
      List.of(
          "that would be great",
          "that would be lovely",
          "that would be perfect",
          "that would be wonderful",
          "that would be amazing",
          "that would be fantastic",
          "that would be brilliant",
          "that would be awesome",
          "that would be nice",
          "that would be helpful",
          "that would be ideal",
          "that would be good",
          "that would be fine",
          "that would be excellent",
          "that would be super",
          "would be great",
          "would be lovely",
          "would be perfect",
          "would be wonderful",
          "would be amazing",
          "would be nice",
          "would be fantastic",
          "would be awesome",
          "would be helpful",
          "would be ideal",
          "would be good",
          "would be appreciated",
          "would be fine",
          "would be brilliant",
          "would be excellent",
          "great",
          "lovely",
          "wonderful",
          "awesome",
          "amazing",
          "fantastic",
          "brilliant",
          "excellent",
          "cool",
          "super",
          "nice",
          "splendid",
          "fab",
          "fabulous",
          "ace",
          "terrific",
          "superb",
          "marvellous",
          "marvelous",
          "sounds great",
          "sounds perfect",
          "sounds lovely",
          "sounds fine",
          "sounds fair",
          "sounds right",
          "sounds about right",
          "sounds amazing",
          "sounds awesome",
          "sounds wonderful",
          "sounds like a plan",
          "that works",
          "works for me",
          "that works for me",
          "please",
          "pls",
          "plz",
          "please go ahead",
          "please proceed",
          "please process it",
          "go right ahead",
          "i would like that",
          "i would love that",
          "i would love it",
          "i would appreciate that",
          "i would appreciate it",
          "much appreciated",
          "appreciate it",
          "i appreciate it",
          "that is what i want",
          "that is what i wanted",
          "exactly what i want",
          "let us go",
          "lets do it",
          "lets do this",
          "let us do this",
          "do so",
          "please do so",
          "make it so",
          "refund it",
          "refund me",
          "oui",
          "d accord",
          "bien sur",
          "parfait",
          "volontiers",
          "avec plaisir",
          "claro",
          "claro que si",
          "vale",
          "perfecto",
          "de acuerdo",
          "por favor",
          "genial",
          "ja",
          "okayyy",
          "okok");

  /** Praise negated: not a no, a hedge. */
  static final List<String> NEGATED_PRAISE =
      List.of(
          "not great",
          "not good",
          "not nice",
          "not cool",
          "not perfect",
          "not ideal",
          "not super",
          "not awesome",
          "not fine",
          "not lovely",
          "not brilliant",
          "not amazing",
          "not what i want",
          "not what i wanted",
          "would have been");

  static final Pattern EMOJI_YES = Pattern.compile("[\u2705\u2714]|\ud83d\udc4c|\ud83d\ude4f");

  /** A leading Spanish "sí" ("si", "si por favor", "si, gracias") is a "yes". */
  static String leadingSi(String prepared) {
    String t = Text.normalize(prepared);
    List<String> tokens = Text.tokens(t);
    if (tokens.isEmpty() || !tokens.get(0).equals("si")) {
      return prepared;
    }
    String next = tokens.size() > 1 ? tokens.get(1) : ".";
    return Text.isPunctuation(next) || AFTER_SI.contains(next) ? "yes" + t.substring(2) : prepared;
  }

  static final Set<String> AFTER_SI =
      Set.of(
          "si",
          "por",
          "porfa",
          "gracias",
          "claro",
          "senor",
          "senora",
          "perfecto",
          "vale",
          "muchas",
          "please",
          "thanks",
          "ok",
          "adelante",
          "thumbsup");

  private PoliteYes() {}
}
