package io.policyflow.refund.understanding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which listed order the customer means. Three kinds of evidence, each a set of listed positions:
 *
 * <ul>
 *   <li>order number: a number equal to a listed order's number, '#' and leading zeros optional
 *       ("123", "#000000123"). A number matching a listed order number always means that order,
 *       even when it could also be a position.
 *   <li>position: ordinals ("the second one", "2nd", "the last one", "second to last", "the top
 *       one") and short numbers that stand alone or follow "#", "number", "option", "order" ("2",
 *       "#2", "number 2", "order two");
 *   <li>items: content words of the message matching the orders' item names; the orders with the
 *       best score.
 * </ul>
 *
 * <p>PICKED when the evidence given agrees on exactly one order (e.g. "the second one, with the
 * tank" narrows two tank orders to one). UNKNOWN when several orders remain, the evidence
 * disagrees, or nothing order-like was said. NOT_FOUND when nothing matched but the customer did
 * name an order: a number that is neither a listed order number nor a valid position ("000000999",
 * "7" of 3), a position past the list ("the fifth one" of 3), or a description ("the one with the
 * yoga mat", "the red one") matching no order's items. Dates, times, years and amounts are ignored;
 * "latest"/"most recent" are not guessed (the listing order is not known here).
 */
final class OrderPicker {

  private static final Pattern IGNORED_NUMBERS =
      Pattern.compile(
          "\\b\\d{1,4}[/.-]\\d{1,2}([/.-]\\d{1,4})?\\b"
              + "|[$\u20ac\u00a3\u00a5] ?\\d+([.,]\\d+)?"
              + "|\\b\\d+([.,]\\d+)? ?(usd|eur|gbp|jpy|dollars?|euros?|pounds?|bucks|yen)\\b"
              + "|\\b\\d+[.,]\\d{2}\\b"
              + "|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? \\d{1,2}(st|nd|rd|th)?\\b"
              + "|\\b\\d{1,2}(st|nd|rd|th)? (of )?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b"
              + "|\\b(19|20)\\d{2}\\b"
              + "|\\b\\d{1,2}:\\d{2}\\b|\\b\\d{1,2} ?(am|pm)\\b");
  private static final Set<String> BEFORE_POSITION =
      Set.of("#", "number", "no", "nr", "num", "option", "order", "choice", "is");

  /**
   * "one" is a position only after these ("number one"); otherwise it is a pronoun ("the one
   * with...").
   */
  private static final Set<String> ONE_MARKERS =
      Set.of("#", "number", "no", "nr", "num", "option", "order", "choice");

  private static final Set<String> AFTER_POSITION =
      Set.of(
          "one", "please", "pls", "order", "thanks", "thank", "then", "is", "it", "!", ".", ",",
          "?", ";", ":");
  private static final Set<String> TIME_WORDS =
      Set.of(
          "week",
          "month",
          "year",
          "time",
          "night",
          "weekend",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "order",
          "orders",
          "purchase",
          "package",
          "delivery",
          "shipment");
  private static final Pattern DESCRIPTION =
      Pattern.compile(
          "\\b(one|order|purchase|package|thing|that) (with|containing|for|that (had|has|contained|includes|included)"
              + "|where i (bought|ordered|got)|of) (the |a |an |my |some )?[a-z]{2,}");
  private static final Set<String> POLITE =
      Set.of(
          "please", "pls", "thanks", "thank", "you", "ok", "okay", "um", "hmm", "oh", "it", "is",
          "was", "i", "think");

  private final List<OrderOption> options;

  /** Each listed order's number as {@link #digits}, null when it is not digits ("A-1001"). */
  private final List<String> numbers = new ArrayList<>();

  /** The highest listed position ("the last one"); positions count from 1. */
  private final int count;

  private OrderPicker(List<OrderOption> options) {
    this.options = options;
    int last = 0;
    for (OrderOption option : options) {
      last = Math.max(last, option.position());
      numbers.add(digits(option.number()));
    }
    this.count = last;
  }

  static OrderPick pick(String text, List<OrderOption> options) {
    return new OrderPicker(options == null ? List.of() : options).pick(text);
  }

  private OrderPick pick(String text) {
    Evidence evidence = evidence(Text.normalize(text));
    return evidence.several()
        ? OrderPick.unknown()
        : decide(evidence.sets(), evidence.numberMatched(), evidence.namedMissing());
  }

  /** What a (normalized) text says about the listed orders, before deciding. */
  record Evidence(
      List<Set<Integer>> sets,
      boolean numberMatched,
      boolean namedMissing,
      boolean several,
      Set<Integer> mentioned) {

    /** The orders all given evidence agrees on; null when no evidence was given. */
    Set<Integer> agreed() {
      Set<Integer> agreed = null;
      for (Set<Integer> set : sets) {
        if (!set.isEmpty()) {
          if (agreed == null) {
            agreed = new LinkedHashSet<>(set);
          } else {
            agreed.retainAll(set);
          }
        }
      }
      return agreed;
    }
  }

  Evidence evidence(String normalized) {
    Set<String> numbersUsed = new LinkedHashSet<>();
    Set<Integer> byNumber = byOrderNumber(normalized, numbersUsed);

    List<String> tokens = Text.tokens(IGNORED_NUMBERS.matcher(normalized).replaceAll(" "));
    if (severalFromAnEnd(tokens)) {
      return new Evidence(List.of(), false, false, true, Set.of());
    }
    Set<Integer> byPosition = new LinkedHashSet<>();
    boolean namedMissing = byPosition(tokens, numbersUsed, byPosition);

    List<String> words = contentStems(tokens);
    Set<Integer> byItem = bestItemMatches(words);
    namedMissing |= !words.isEmpty() && byItem.isEmpty() && describesSomething(normalized, tokens);

    Set<Integer> mentioned = new LinkedHashSet<>(byNumber);
    mentioned.addAll(byPosition);
    mentioned.addAll(anyItemMatches(words));
    return new Evidence(
        List.of(byNumber, byPosition, byItem), !byNumber.isEmpty(), namedMissing, false, mentioned);
  }

  static OrderPicker over(List<OrderOption> options) {
    return new OrderPicker(options == null ? List.of() : options);
  }

  List<OrderOption> options() {
    return options;
  }

  /** "a.b" ignored numbers (dates, amounts, times) blanked out of a normalized text. */
  static String withoutIgnoredNumbers(String normalized) {
    return IGNORED_NUMBERS.matcher(normalized).replaceAll(" ");
  }

  /**
   * PICKED when the evidence given agrees on one order; NOT_FOUND when there is none but something
   * missing was named; UNKNOWN otherwise. Something missing next to a position or an item is a
   * contradiction (UNKNOWN); next to a listed order number it is ignored.
   */
  private static OrderPick decide(
      List<Set<Integer>> evidence, boolean numberMatched, boolean namedMissing) {
    Set<Integer> agreed = null;
    for (Set<Integer> set : evidence) {
      if (!set.isEmpty()) {
        if (agreed == null) {
          agreed = new LinkedHashSet<>(set);
        } else {
          agreed.retainAll(set);
        }
      }
    }
    if (agreed == null) {
      return namedMissing ? OrderPick.notFound() : OrderPick.unknown();
    }
    if (namedMissing && !numberMatched) {
      return OrderPick.unknown();
    }
    return agreed.size() == 1 ? OrderPick.picked(agreed.iterator().next()) : OrderPick.unknown();
  }

  /** Listed orders whose number is in the message; the matching tokens go into {@code used}. */
  private Set<Integer> byOrderNumber(String normalized, Set<String> used) {
    Set<Integer> found = new LinkedHashSet<>();
    for (String token : Text.tokens(normalized)) {
      String digits = Text.isNumber(token) ? stripZeros(token) : null;
      for (int o = 0; digits != null && o < options.size(); o++) {
        if (digits.equals(numbers.get(o))) {
          found.add(options.get(o).position());
          used.add(token);
        }
      }
    }
    found.addAll(nonNumericNumbers(normalized));
    return found;
  }

  /**
   * Listed positions named in the tokens, into {@code found}; returns whether a position past the
   * list or an unknown order number ("000000999") was named.
   */
  private boolean byPosition(List<String> tokens, Set<String> numbersUsed, Set<Integer> found) {
    boolean missing = false;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (numbersUsed.contains(token)) {
        continue;
      }
      int position = position(tokens, i);
      if (position > 0) {
        if (isListed(position)) {
          found.add(position);
        } else {
          missing = true;
        }
      } else if (Text.isNumber(token) && isLongNumber(token)) {
        missing = true;
      }
    }
    return missing;
  }

  private boolean isListed(int position) {
    for (OrderOption option : options) {
      if (option.position() == position) {
        return true;
      }
    }
    return false;
  }

  /**
   * The position token {@code i} names, 0 when none, or a position past the list. Numbers count
   * only where they read as positions ("2", "#2", "number 2"), not as quantities ("2 tanks").
   */
  private int position(List<String> tokens, int i) {
    String token = tokens.get(i);
    String previous = at(tokens, i - 1);
    String next = at(tokens, i + 1);
    if (token.equals("penultimate")
        || token.equals("second")
            && (next.equals("last") || next.equals("to") && at(tokens, i + 2).equals("last"))) {
      return count >= 2 ? count - 1 : count + 1;
    }
    if ((token.equals("top") || token.equals("bottom"))
        && (next.equals("one")
            || next.equals("order")
            || previous.equals("the") && at(tokens, i - 2).equals("at"))) {
      return token.equals("top") ? 1 : count;
    }
    if (token.equals("last")) {
      boolean partOfSecondToLast =
          previous.equals("second") || previous.equals("to") && at(tokens, i - 2).equals("second");
      return partOfSecondToLast || TIME_WORDS.contains(next) ? 0 : count;
    }
    int ordinal = Numbers.ordinal(token);
    if (ordinal > 0) {
      return ordinal;
    }
    if (previous.equals("first") || previous.equals("last")) {
      return 0;
    }
    if (Text.isNumber(token) && isLongNumber(token)) {
      return 0;
    }
    int cardinal = Numbers.cardinal(token);
    if (cardinal <= 0) {
      return 0;
    }
    boolean standsAlone = Text.isPunctuation(previous) && AFTER_POSITION.contains(next);
    boolean marked =
        token.equals("one") ? ONE_MARKERS.contains(previous) : BEFORE_POSITION.contains(previous);
    return standsAlone || marked ? cardinal : 0;
  }

  /** "the first two", "the last 3": several orders. */
  private static boolean severalFromAnEnd(List<String> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if ((token.equals("first") || token.equals("last"))
          && Numbers.cardinal(at(tokens, i + 1)) > 1) {
        return true;
      }
    }
    return false;
  }

  private static String at(List<String> tokens, int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i) : ".";
  }

  private static boolean isLongNumber(String token) {
    return token.length() > 2 || token.startsWith("0");
  }

  /**
   * An order number as its digits without '#' and leading zeros ("#000000123" gives "123"); null if
   * not digits.
   */
  private static String digits(String number) {
    if (number == null) {
      return null;
    }
    String wanted = number.trim().toLowerCase(Locale.ROOT).replaceFirst("^#", "");
    return Text.isNumber(wanted) ? stripZeros(wanted) : null;
  }

  private static String stripZeros(String digits) {
    int zeros = 0;
    while (zeros < digits.length() && digits.charAt(zeros) == '0') {
      zeros++;
    }
    return zeros == digits.length() ? "0" : digits.substring(zeros);
  }

  /** Order numbers that are not plain digits ("A-1001") found verbatim in the message. */
  private Set<Integer> nonNumericNumbers(String normalized) {
    Set<Integer> found = new LinkedHashSet<>();
    for (OrderOption option : options) {
      String number =
          option.number() == null ? "" : option.number().trim().toLowerCase(Locale.ROOT);
      if (!number.isEmpty()
          && !Text.isNumber(number.replaceFirst("^#", ""))
          && Pattern.compile("(?<![a-z0-9])" + Pattern.quote(number) + "(?![a-z0-9])")
              .matcher(normalized)
              .find()) {
        found.add(option.position());
      }
    }
    return found;
  }

  private static List<String> contentStems(List<String> tokens) {
    List<String> stems = new ArrayList<>();
    for (String token : tokens) {
      if (ItemNames.isContent(token)) {
        stems.add(Text.stem(token));
      }
    }
    return stems;
  }

  /** The listed orders whose item names any of the words match. */
  private Set<Integer> anyItemMatches(List<String> words) {
    Set<Integer> any = new LinkedHashSet<>();
    for (OrderOption option : options) {
      Set<String> stems = new LinkedHashSet<>();
      for (String name : option.itemNames()) {
        stems.addAll(ItemNames.nameStems(name));
      }
      if (ItemNames.score(words, stems) > 0) {
        any.add(option.position());
      }
    }
    return any;
  }

  /** The listed orders whose item names the words match best; empty when none matches. */
  private Set<Integer> bestItemMatches(List<String> words) {
    Set<Integer> best = new LinkedHashSet<>();
    int bestScore = 0;
    for (OrderOption option : options) {
      Set<String> stems = new LinkedHashSet<>();
      for (String name : option.itemNames()) {
        stems.addAll(ItemNames.nameStems(name));
      }
      int score = ItemNames.score(words, stems);
      if (score > bestScore) {
        best.clear();
        bestScore = score;
      }
      if (score == bestScore && score > 0) {
        best.add(option.position());
      }
    }
    return best;
  }

  /**
   * Whether the message describes an order by its contents: "the one with the yoga mat", or a short
   * noun phrase ("the yoga mat", "my red one").
   */
  private static boolean describesSomething(String normalized, List<String> tokens) {
    if (DESCRIPTION.matcher(normalized).find()) {
      return true;
    }
    List<String> words = new ArrayList<>();
    for (String token : tokens) {
      if (!Text.isPunctuation(token) && !POLITE.contains(token)) {
        words.add(token);
      }
    }
    if (words.size() < 2
        || words.size() > 5
        || !(words.get(0).equals("the") || words.get(0).equals("my"))) {
      return false;
    }
    int last = words.size() - 1;
    if (words.get(last).equals("one") || words.get(last).equals("order")) {
      last--;
    }
    if (last < 1) {
      return false;
    }
    for (String word : words.subList(1, last + 1)) {
      if (!ItemNames.isContent(word)) {
        return false;
      }
    }
    return true;
  }
}
