package io.policyflow.refund.understanding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which items, and how many of each, the customer wants refunded. The message is cut into parts at
 * "and", commas, "plus", "but", "except"...; each part names at most one item, by its name (or
 * SKU), by position ("the first item", "item 2", "the last one"), or both, with an optional
 * quantity (digits, one..twelve, "a"/"an"/"single" right before the item, "a pair"/"a
 * couple"/"both" = 2, "x2"/"2x", "all" = everything refundable of it).
 *
 * <ul>
 *   <li>ALL: "all", "everything", "the whole order", "all of them"; "both" only when two items are
 *       listed.
 *   <li>SOME: the named items; <b>an item named without a quantity counts its full refundable
 *       quantity</b> ("the tank" is every refundable tank). "Everything except the bottle" is SOME
 *       of the others, each in full. Choices come in the listed order.
 *   <li>UNKNOWN: a quantity above what is refundable (never clamped), a vague one ("some", "a
 *       few"), a part that names several items ("the tank" when two tank lines are listed) or none
 *       it could be ("the yoga mat"), an item named twice, contradictions ("the bottle, not the
 *       bottle"), hedges, nothing item-like.
 * </ul>
 *
 * <p>A quantity on its own right after an item without one is that item's ("the tank, 2 please"). A
 * bare number is a position when several items are listed ("2" is item 2) and a quantity when only
 * one is.
 */
final class ItemPicker {

  private static final Set<String> SEPARATORS =
      Set.of(",", ";", ".", "!", "and", "&", "plus", "also", "but", "then", "as");
  private static final Set<String> EXCLUDING =
      Set.of("except", "excluding", "besides", "minus", "apart", "other");
  private static final Set<String> HEDGES = Set.of("maybe", "perhaps", "dunno", "idk", "unsure");

  /** The customer's own "opt7" must not pass for a marker. */
  private static final Pattern MARKER_TEXT = Pattern.compile("(?<![a-z0-9])opt\\d+(?![a-z0-9])");

  private final List<ItemOption> options;
  private final ItemCatalog catalog;

  private ItemPicker(List<ItemOption> options) {
    this.options = options;
    this.catalog = new ItemCatalog(options);
  }

  static ItemPick pick(String text, List<ItemOption> options) {
    if (options == null || options.isEmpty()) {
      return ItemPick.unknown();
    }
    return new ItemPicker(options).pick(text);
  }

  private ItemPick pick(String text) {
    String normalized = markFullNames(Text.normalize(text));
    List<String> tokens = Text.tokens(normalized);
    if (hedges(normalized, tokens)) {
      return ItemPick.unknown();
    }
    ItemPick bare = bareNumber(tokens);
    if (bare != null) {
      return bare;
    }
    Map<Integer, Integer> chosen = new LinkedHashMap<>();
    Set<Integer> excluded = new LinkedHashSet<>();
    boolean whole = false;
    Integer looseQuantity = null;
    int awaitingQuantity = -1;
    boolean numberedPosition = false;
    for (ItemPart part : parts(tokens)) {
      part.followsNumberedPosition(numberedPosition);
      numberedPosition = part.namesPositionByNumber();
      ItemReference ref = part.read();
      if (ref.unclear) {
        return ItemPick.unknown();
      }
      int previous = awaitingQuantity;
      awaitingQuantity = -1;
      if (ref.option >= 0) {
        if (part.negated()) {
          excluded.add(ref.option);
        } else if (chosen.containsKey(ref.option)) {
          return ItemPick.unknown();
        } else {
          chosen.put(ref.option, ref.quantity);
          awaitingQuantity = ref.quantity == null ? ref.option : -1;
        }
      } else if (ref.whole && !part.negated()) {
        whole = true;
      } else if (ref.quantity != null && !part.negated()) {
        if (previous >= 0) {
          chosen.put(previous, ref.quantity);
        } else if (looseQuantity != null) {
          return ItemPick.unknown();
        } else {
          looseQuantity = ref.quantity;
        }
      }
    }
    return decide(chosen, excluded, whole, looseQuantity);
  }

  private ItemPick decide(
      Map<Integer, Integer> chosen, Set<Integer> excluded, boolean whole, Integer looseQuantity) {
    for (Integer option : chosen.keySet()) {
      if (excluded.contains(option)) {
        return ItemPick.unknown();
      }
    }
    if (whole) {
      if (!chosen.isEmpty() || looseQuantity != null) {
        return ItemPick.unknown();
      }
      if (excluded.isEmpty()) {
        return ItemPick.all();
      }
      for (int i = 0; i < options.size(); i++) {
        if (!excluded.contains(i)) {
          chosen.put(i, null);
        }
      }
    } else if (looseQuantity != null) {
      if (!chosen.isEmpty() || options.size() != 1) {
        return ItemPick.unknown();
      }
      chosen.put(0, looseQuantity);
    }
    if (chosen.isEmpty()) {
      return ItemPick.unknown();
    }
    List<ItemPick.Choice> choices = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      if (!chosen.containsKey(i)) {
        continue;
      }
      ItemOption option = options.get(i);
      Integer quantity = chosen.get(i);
      int qty = quantity == null ? option.maxQty() : quantity;
      if (qty < 1 || qty > option.maxQty()) {
        return ItemPick.unknown();
      }
      choices.add(new ItemPick.Choice(option.itemId(), qty));
    }
    return ItemPick.some(choices);
  }

  /**
   * Replaces an item's full name or SKU written in the message by a marker token ("opt0", the
   * option's index).
   */
  private String markFullNames(String normalized) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt((Integer i) -> -length(options.get(i).name())));
    String marked = MARKER_TEXT.matcher(normalized).replaceAll(" ");
    for (int i : order) {
      ItemOption option = options.get(i);
      for (String label : new String[] {option.name(), option.sku()}) {
        String wanted = Text.normalize(label);
        if (wanted.length() >= 3) {
          marked =
              Pattern.compile("(?<![a-z0-9])" + Pattern.quote(wanted) + "s?(?![a-z0-9])")
                  .matcher(marked)
                  .replaceAll(" opt" + i + " ");
        }
      }
    }
    return marked;
  }

  private static int length(String s) {
    return s == null ? 0 : s.length();
  }

  private static boolean hedges(String normalized, List<String> tokens) {
    for (String token : tokens) {
      if (HEDGES.contains(token)) {
        return true;
      }
    }
    return normalized.contains("not sure") || normalized.contains("do not know");
  }

  /** "2" (or "two"): item 2 when several are listed, a quantity of the only item otherwise. */
  private ItemPick bareNumber(List<String> tokens) {
    List<String> words = new ArrayList<>();
    for (String token : tokens) {
      if (!Text.isPunctuation(token) && !token.equals("please") && !token.equals("thanks")) {
        words.add(token);
      }
    }
    if (words.size() != 1 || Numbers.cardinal(words.get(0)) < 1) {
      return null;
    }
    int n = Numbers.cardinal(words.get(0));
    if (options.size() == 1) {
      ItemOption only = options.get(0);
      return n <= only.maxQty()
          ? ItemPick.some(List.of(new ItemPick.Choice(only.itemId(), n)))
          : ItemPick.unknown();
    }
    if (n > options.size()) {
      return ItemPick.unknown();
    }
    ItemOption option = options.get(n - 1);
    return ItemPick.some(List.of(new ItemPick.Choice(option.itemId(), option.maxQty())));
  }

  private List<ItemPart> parts(List<String> tokens) {
    List<ItemPart> parts = new ArrayList<>();
    List<String> current = new ArrayList<>();
    boolean excluding = false;
    boolean currentExcluding = false;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      boolean separator =
          SEPARATORS.contains(token)
              && !(token.equals("as")
                  && !(at(tokens, i + 1).equals("well") && at(tokens, i + 2).equals("as")));
      boolean excluder =
          EXCLUDING.contains(token)
              || token.equals("but")
                  && !at(tokens, i + 1).equals("not")
                  && ItemPart.hasWhole(current);
      if (separator || excluder) {
        if (!current.isEmpty()) {
          parts.add(new ItemPart(catalog, current, currentExcluding));
        }
        current = new ArrayList<>();
        if (excluder) {
          excluding = true;
        }
        currentExcluding = excluding;
        if (token.equals("as")) {
          i += 2;
        }
        continue;
      }
      current.add(token);
    }
    if (!current.isEmpty()) {
      parts.add(new ItemPart(catalog, current, currentExcluding));
    }
    return parts;
  }

  private static String at(List<String> tokens, int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i) : ".";
  }
}
