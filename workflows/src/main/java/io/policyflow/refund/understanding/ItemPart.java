package io.policyflow.refund.understanding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One part of an item answer, between separators ("2 of the tanks" in "2 of the tanks and the
 * bottle"); negated when it excludes ("not the bottle", what follows "except").
 */
final class ItemPart {

  private static final Set<String> NEGATIONS =
      Set.of("not", "no", "without", "keep", "keeping", "except", "excluding");
  private static final Set<String> WHOLE =
      Set.of("all", "everything", "whole", "entire", "lot", "both");
  private static final Set<String> VAGUE = Set.of("some", "few", "several", "half", "most", "many");
  private static final Set<String> POSITION_WORDS =
      Set.of("item", "items", "number", "no", "nr", "#", "option", "line", "product", "position");
  private static final Set<String> ARTICLE_QUANTITIES = Set.of("a", "an", "one", "single");
  private static final Set<String> QUANTITY_NOUNS = Set.of("pair", "couple");
  private static final Set<String> BETWEEN_QUANTITY_AND_ITEM =
      Set.of("of", "the", "those", "these", "my", "them", "your", "single");
  private static final Set<String> ITEM_LEADS =
      Set.of("the", "my", "a", "an", "one", "just", "only", "that", "this");
  private static final Pattern TIMES = Pattern.compile("x(\\d{1,3})|(\\d{1,3})x");
  private static final Pattern MARKER = Pattern.compile("opt\\d+");

  /** For quantities read in a part that names no item at all ("just one"). */
  private static final int NO_ITEM = -2;

  private final ItemCatalog catalog;
  private final List<String> tokens;
  private final boolean negated;

  /**
   * Set when the previous part named a position by number: the "3" in "items 1 and 3" is a position
   * too.
   */
  private boolean continuesPositions;

  ItemPart(ItemCatalog catalog, List<String> tokens, boolean excluding) {
    this.catalog = catalog;
    this.tokens = List.copyOf(tokens);
    boolean negation = excluding;
    for (String token : tokens) {
      negation |= NEGATIONS.contains(token);
    }
    this.negated = negation;
  }

  boolean negated() {
    return negated;
  }

  /** Tells this part that the one before named a position by number ("items 1 and 3"). */
  void followsNumberedPosition(boolean follows) {
    this.continuesPositions = follows;
  }

  ItemReference read() {
    Set<Integer> marked = new LinkedHashSet<>();
    Set<Integer> positions = new LinkedHashSet<>();
    Set<Integer> positionTokens = new LinkedHashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (isMarker(tokens.get(i))) {
        marked.add(Integer.parseInt(tokens.get(i).substring(3)));
      } else if (position(i) != 0) {
        positions.add(position(i));
        positionTokens.add(i);
      }
    }
    if (marked.size() > 1 || positions.size() > 1) {
      return ItemReference.unclear();
    }
    for (int p : positions) {
      if (p > catalog.size()) {
        return ItemReference.unclear();
      }
    }
    List<Integer> words = contentWords(positionTokens);
    Set<Integer> named = bestNamed(words);
    Set<Integer> candidates = marked.isEmpty() ? null : marked;
    if (!positions.isEmpty()) {
      candidates = intersect(candidates, Set.of(positions.iterator().next() - 1));
    }
    if (!named.isEmpty()) {
      candidates = intersect(candidates, named);
    }
    if (candidates == null) {
      return noItem(!words.isEmpty() && !negated && looksLikeAnItem(), positionTokens);
    }
    if (candidates.size() != 1) {
      return ItemReference.unclear();
    }
    ItemReference ref = new ItemReference();
    ref.option = candidates.iterator().next();
    readQuantity(ref, itemToken(ref.option, words), positionTokens);
    return ref;
  }

  /** Whether this part names a position by number ("item 2"). */
  boolean namesPositionByNumber() {
    for (int i = 0; i < tokens.size(); i++) {
      if (Numbers.cardinal(tokens.get(i)) > 0 && position(i) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * A part naming no item: the whole order ("everything"), a loose quantity ("just one"), or
   * chatter.
   */
  private ItemReference noItem(boolean namesSomethingElse, Set<Integer> positionTokens) {
    if (namesSomethingElse) {
      return ItemReference.unclear();
    }
    ItemReference ref = new ItemReference();
    if (hasWhole(tokens)) {
      boolean bothOfTwo = !tokens.contains("both") || catalog.size() == 2;
      boolean countMatches = true;
      for (String token : tokens) {
        int n = Numbers.cardinal(token);
        countMatches &= n <= 0 || n == catalog.size();
      }
      ref.whole = bothOfTwo && countMatches;
      ref.unclear = !ref.whole;
      return ref;
    }
    readQuantity(ref, NO_ITEM, positionTokens);
    return ref;
  }

  /** Indexes of the part's content words (not positions, not markers). */
  private List<Integer> contentWords(Set<Integer> skip) {
    List<Integer> words = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!skip.contains(i) && !isMarker(tokens.get(i)) && ItemNames.isContent(tokens.get(i))) {
        words.add(i);
      }
    }
    return words;
  }

  private Set<Integer> bestNamed(List<Integer> words) {
    List<String> stems = new ArrayList<>();
    for (int i : words) {
      stems.add(Text.stem(tokens.get(i)));
    }
    return catalog.bestNamed(stems);
  }

  /** The first token naming the option (its marker or a word of its name), or -1. */
  private int itemToken(int option, List<Integer> words) {
    String marker = "opt" + option;
    Set<Integer> content = new HashSet<>(words);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).equals(marker)
          || content.contains(i) && catalog.names(option, Text.stem(tokens.get(i)))) {
        return i;
      }
    }
    return -1;
  }

  /** A position named at token {@code i} (1-based, possibly past the list), or 0. */
  private int position(int i) {
    String token = tokens.get(i);
    if (token.equals("last")) {
      return catalog.size();
    }
    int ordinal = Numbers.ordinal(token);
    if (ordinal > 0) {
      return ordinal;
    }
    int cardinal = Numbers.cardinal(token);
    boolean listedPosition = continuesPositions && i == 0 && tokens.size() == 1;
    return cardinal > 0 && (POSITION_WORDS.contains(at(tokens, i - 1)) || listedPosition)
        ? cardinal
        : 0;
  }

  /**
   * The quantity the part says, into {@code ref}: a number that is not a position, "x2",
   * "a"/"an"/"one" right before the item (token {@code itemAt}; "one" also when the part names no
   * item: "just one"), "a pair"/"a couple" = 2, "both" before a plural = 2, "2 of the 3" = 2; "all"
   * keeps the default (everything refundable) or goes with a number ("all 3 tanks"). Two different
   * quantities, or a vague one, make the part unclear.
   */
  private void readQuantity(ItemReference ref, int itemAt, Set<Integer> positionTokens) {
    Set<Integer> found = new LinkedHashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      Matcher times = TIMES.matcher(token);
      if (positionTokens.contains(i)) {
        continue;
      } else if (times.matches()) {
        found.add(Integer.parseInt(times.group(1) != null ? times.group(1) : times.group(2)));
      } else if (token.equals("pair") || token.equals("couple")) {
        found.add(2);
      } else if (token.equals("both")) {
        if (itemAt > i && plural(tokens.get(itemAt))) {
          found.add(2);
        }
      } else if (VAGUE.contains(token)) {
        ref.unclear = true;
      } else if (ARTICLE_QUANTITIES.contains(token)) {
        boolean beforeItem =
            itemAt > i && reaches(i, itemAt) && !QUANTITY_NOUNS.contains(at(tokens, i + 1));
        boolean alone = itemAt == NO_ITEM && token.equals("one");
        if (beforeItem || alone) {
          found.add(1);
        }
      } else if (Numbers.cardinal(token) > 0) {
        found.add(Numbers.cardinal(token));
        if (at(tokens, i + 1).equals("of") && Numbers.cardinal(at(tokens, i + 3)) > 0) {
          i += 3;
        }
      }
    }
    if (found.size() > 1) {
      ref.unclear = true;
    } else if (found.size() == 1) {
      ref.quantity = found.iterator().next();
    }
  }

  /**
   * Whether only words like "of the", or words of an item's name, stand between {@code from} and
   * the item.
   */
  private boolean reaches(int from, int itemAt) {
    if (itemAt - from > 4) {
      return false;
    }
    for (int j = from + 1; j < itemAt; j++) {
      String between = tokens.get(j);
      if (!BETWEEN_QUANTITY_AND_ITEM.contains(between) && !catalog.isNameWord(between)) {
        return false;
      }
    }
    return true;
  }

  private boolean plural(String token) {
    return !Text.stem(token).equals(token);
  }

  /** Whether the part reads like naming an item ("the yoga mat", "2 mats") rather than chatter. */
  private boolean looksLikeAnItem() {
    if (ITEM_LEADS.contains(tokens.get(0))) {
      return true;
    }
    for (String token : tokens) {
      if (Numbers.cardinal(token) > 0) {
        return true;
      }
    }
    return false;
  }

  static boolean hasWhole(List<String> tokens) {
    for (String token : tokens) {
      if (WHOLE.contains(token)) {
        return true;
      }
    }
    return false;
  }

  static boolean isMarker(String token) {
    return MARKER.matcher(token).matches();
  }

  private static String at(List<String> tokens, int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i) : ".";
  }

  private static Set<Integer> intersect(Set<Integer> a, Set<Integer> b) {
    if (a == null) {
      return new LinkedHashSet<>(b);
    }
    Set<Integer> both = new LinkedHashSet<>(a);
    both.retainAll(b);
    return both;
  }
}
