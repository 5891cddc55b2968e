package io.policyflow.refund.understanding;

import java.util.Map;

/** Cardinal and ordinal numbers written as digits or words ("two", "2", "second", "2nd"). */
final class Numbers {

  private static final Map<String, Integer> CARDINALS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12));

  private static final Map<String, Integer> ORDINALS =
      Map.ofEntries(
          Map.entry("first", 1),
          Map.entry("second", 2),
          Map.entry("third", 3),
          Map.entry("fourth", 4),
          Map.entry("fifth", 5),
          Map.entry("sixth", 6),
          Map.entry("seventh", 7),
          Map.entry("eighth", 8),
          Map.entry("ninth", 9),
          Map.entry("tenth", 10),
          Map.entry("1st", 1),
          Map.entry("2nd", 2),
          Map.entry("3rd", 3),
          Map.entry("4th", 4),
          Map.entry("5th", 5),
          Map.entry("6th", 6),
          Map.entry("7th", 7),
          Map.entry("8th", 8),
          Map.entry("9th", 9),
          Map.entry("10th", 10));

  private Numbers() {}

  /**
   * The value of a cardinal written in digits (at most 4) or as a word (one..twelve); -1 when it is
   * neither.
   */
  static int cardinal(String token) {
    if (Text.isNumber(token)) {
      return token.length() <= 4 ? Integer.parseInt(token) : -1;
    }
    return CARDINALS.getOrDefault(token, -1);
  }

  static boolean isCardinalWord(String token) {
    return CARDINALS.containsKey(token);
  }

  /**
   * The value of an ordinal ("second", "2nd"); -1 when the token is not one. "last" is handled by
   * the callers.
   */
  static int ordinal(String token) {
    return ORDINALS.getOrDefault(token, -1);
  }
}
