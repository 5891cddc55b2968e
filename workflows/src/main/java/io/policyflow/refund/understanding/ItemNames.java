package io.policyflow.refund.understanding;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Matching the customer's words against item names: case-insensitive, plural-tolerant (stems), one
 * typo allowed in words of five letters or more ("botle"), and only content words count (not "the",
 * "one", "order", numbers...).
 */
final class ItemNames {

  /** Words that never identify an item. */
  static final Set<String> STOPWORDS =
      Set.copyOf(
          Arrays.asList(
              "a",
              "an",
              "the",
              "of",
              "my",
              "me",
              "i",
              "it",
              "its",
              "them",
              "they",
              "one",
              "ones",
              "item",
              "items",
              "please",
              "pls",
              "just",
              "only",
              "want",
              "wanted",
              "would",
              "like",
              "to",
              "refund",
              "refunded",
              "return",
              "returned",
              "returning",
              "back",
              "for",
              "with",
              "from",
              "that",
              "this",
              "those",
              "these",
              "thing",
              "things",
              "product",
              "products",
              "order",
              "orders",
              "purchase",
              "purchases",
              "package",
              "shipment",
              "delivery",
              "and",
              "or",
              "x",
              "qty",
              "quantity",
              "pcs",
              "piece",
              "pieces",
              "unit",
              "units",
              "you",
              "your",
              "can",
              "could",
              "get",
              "send",
              "do",
              "did",
              "is",
              "are",
              "am",
              "was",
              "were",
              "be",
              "been",
              "have",
              "has",
              "had",
              "on",
              "in",
              "at",
              "ok",
              "okay",
              "thanks",
              "thank",
              "yes",
              "yeah",
              "well",
              "also",
              "too",
              "so",
              "then",
              "let",
              "us",
              "go",
              "which",
              "what",
              "will",
              "all",
              "both",
              "every",
              "each",
              "everything",
              "whole",
              "entire",
              "some",
              "not",
              "no",
              "but",
              "except",
              "keep",
              "bought",
              "ordered",
              "purchased",
              "containing",
              "contained",
              "contains",
              "include",
              "includes",
              "included",
              "where",
              "there",
              "here",
              "number",
              "nr",
              "num",
              "option",
              "last",
              "latest",
              "previous",
              "other",
              "lot",
              "same",
              "about",
              "pair",
              "couple",
              "single",
              "more",
              "than",
              "hi",
              "hello",
              "hey",
              "need",
              "think",
              "guess",
              "sure",
              "got",
              "hmm",
              "um",
              "oh",
              "plus",
              "as",
              "by",
              "if",
              "we",
              "our",
              "apart",
              "besides",
              "excluding",
              "minus",
              "rest",
              "else",
              "nothing",
              "none",
              "any",
              "first",
              "second",
              "third",
              "line",
              "want",
              "give",
              "take",
              "choose",
              "pick",
              "picked",
              "mean",
              "meant",
              "said",
              "say",
              "again",
              "now",
              "sorry",
              "actually",
              "yes",
              "stuff",
              "etc",
              "middle",
              "top",
              "bottom",
              "rest"));

  private ItemNames() {}

  /** The content stems of an item name ("Affirm Water Bottle" gives affirm, water, bottle). */
  static Set<String> nameStems(String name) {
    Set<String> stems = new LinkedHashSet<>();
    for (String token : Text.tokenize(name)) {
      if (isContent(token)) {
        stems.add(Text.stem(token));
      }
    }
    return stems;
  }

  /**
   * Whether a token can identify an item: a word of two letters or more that is not a stopword or a
   * number.
   */
  static boolean isContent(String token) {
    return token.length() >= 2
        && !Text.isPunctuation(token)
        && !STOPWORDS.contains(token)
        && !Text.isNumber(token)
        && !Numbers.isCardinalWord(token)
        && Numbers.ordinal(token) < 0
        && Character.isLetter(token.charAt(0));
  }

  /** Whether the customer's word (stemmed) names this item word (stemmed). */
  static boolean matches(String word, String nameStem) {
    if (word.equals(nameStem)) {
      return true;
    }
    return word.length() >= 5 && nameStem.length() >= 5 && Text.withinOneEdit(word, nameStem);
  }

  /** How many of the customer's content stems name a word of the item: 0 when none. */
  static int score(List<String> wordStems, Set<String> nameStems) {
    int score = 0;
    for (String word : new LinkedHashSet<>(wordStems)) {
      for (String stem : nameStems) {
        if (matches(word, stem)) {
          score++;
          break;
        }
      }
    }
    return score;
  }

  /** Whether the stemmed word names any word of the item. */
  static boolean namesAny(String wordStem, Set<String> nameStems) {
    for (String stem : nameStems) {
      if (matches(wordStem, stem)) {
        return true;
      }
    }
    return false;
  }
}
