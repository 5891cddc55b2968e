package io.policyflow.refund.understanding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The listed items with the stems of their names, and matching the customer's words against them.
 */
final class ItemCatalog {

  private final List<ItemOption> options;
  private final List<Set<String>> nameStems = new ArrayList<>();

  ItemCatalog(List<ItemOption> options) {
    this.options = List.copyOf(options);
    for (ItemOption option : this.options) {
      nameStems.add(ItemNames.nameStems(option.name()));
    }
  }

  int size() {
    return options.size();
  }

  ItemOption get(int index) {
    return options.get(index);
  }

  /** The options whose names the stemmed words match best; empty when none matches at all. */
  Set<Integer> bestNamed(List<String> stems) {
    Set<Integer> best = new LinkedHashSet<>();
    int bestScore = 0;
    for (int o = 0; o < options.size(); o++) {
      int score = ItemNames.score(stems, nameStems.get(o));
      if (score > bestScore) {
        best.clear();
        bestScore = score;
      }
      if (score == bestScore && score > 0) {
        best.add(o);
      }
    }
    return best;
  }

  /** Whether the stemmed word names a word of option {@code index}'s name. */
  boolean names(int index, String stem) {
    return ItemNames.namesAny(stem, nameStems.get(index));
  }

  /** Whether the token is a word of any listed item's name. */
  boolean isNameWord(String token) {
    if (!ItemNames.isContent(token)) {
      return false;
    }
    String stem = Text.stem(token);
    for (int o = 0; o < options.size(); o++) {
      if (names(o, stem)) {
        return true;
      }
    }
    return false;
  }
}
