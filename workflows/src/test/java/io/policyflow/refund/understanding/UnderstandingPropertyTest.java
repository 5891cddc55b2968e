package io.policyflow.refund.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Invariants of change {@code understanding-2} over generated messages ({@value #MESSAGES} per
 * state, from a seeded {@link Random}: the same messages on every run): a hedged reply is neither a
 * yes nor a no at any question; a conditional yes is never a yes; a pick is only ever a listed
 * order; a negated order is never picked.
 */
class UnderstandingPropertyTest {

  private static final int MESSAGES = 10_000;
  private static final long SEED = 20_261_204L;
  private static final Understanding CURRENT = Understanding.CURRENT;
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 19);

  private static final List<OrderOption> ORDERS =
      List.of(
          new OrderOption(1, "000000301", List.of("Breathe-Easy Tank"), LocalDate.of(2026, 3, 17)),
          new OrderOption(
              2,
              "000000302",
              List.of("Affirm Water Bottle", "Sprite Yoga Strap"),
              LocalDate.of(2026, 3, 10)),
          new OrderOption(3, "000000303", List.of("Gobi HeatTec Tee"), LocalDate.of(2026, 2, 20)),
          new OrderOption(4, "A-1001", List.of("Breathe-Easy Tank"), LocalDate.of(2026, 1, 5)));
  private static final List<OrderOption> PAIR = ORDERS.subList(0, 2);

  private static final List<String> HEDGES =
      List.of(
          "maybe",
          "perhaps",
          "probably",
          "possibly",
          "might",
          "not sure",
          "not 100% sure",
          "not entirely sure",
          "not totally certain",
          "unsure",
          "I think",
          "i believe",
          "I guess",
          "i suppose",
          "I reckon",
          "hopefully",
          "I hope so",
          "think so",
          "no idea",
          "idk",
          "dunno",
          "I don't know",
          "can't remember",
          "don't recall",
          "hard to say",
          "kind of",
          "sort of",
          "kinda",
          "more or less",
          "should be",
          "peut-être",
          "je pense",
          "je ne sais pas",
          "pas sûr",
          "quizás",
          "tal vez",
          "creo que",
          "no sé",
          "no estoy seguro",
          "\ud83e\udd14",
          "\ud83e\udd37");
  private static final List<String> ANSWERS =
      List.of(
          "yes",
          "no",
          "yep",
          "nope",
          "sure",
          "ok",
          "unused",
          "used",
          "never used",
          "new",
          "opened",
          "still in the box",
          "worn",
          "go ahead",
          "that would be great",
          "please",
          "sounds good",
          "no thanks",
          "store credit",
          "an exchange",
          "arrived",
          "got it",
          "not yet",
          "haven't received it",
          "oui",
          "sí",
          "claro",
          "nah",
          "perfect",
          "\ud83d\udc4d",
          "\ud83d\udc4c",
          "never",
          "not",
          "definitely",
          "absolutely",
          "correct",
          "wrong");
  private static final List<String> FILLERS =
      List.of(
          "",
          "",
          "um",
          "so",
          "well",
          "the",
          "box",
          "it",
          "tbh",
          "lol",
          "thanks",
          "honestly",
          "my kid",
          "opened the package",
          "the tank",
          "once",
          "again",
          "haha",
          "\ud83d\ude0a",
          "!!",
          "...",
          "?",
          "i",
          "was",
          "really");
  private static final List<String> CONDITIONS =
      List.of(
          "if",
          "unless",
          "as long as",
          "provided",
          "assuming",
          "only if",
          "but",
          "except",
          "depending on",
          "so long as",
          "mais",
          "pero",
          "sauf");
  private static final List<String> SEPARATORS = List.of(" ", " ", ", ", ". ", "! ", "... ", " - ");

  private static final List<String> PICK_WORDS =
      List.of(
          "the",
          "one",
          "order",
          "tank",
          "bottle",
          "yoga",
          "strap",
          "tee",
          "gobi",
          "301",
          "302",
          "303",
          "#000000302",
          "A-1001",
          "999",
          "2",
          "first",
          "second",
          "third",
          "fourth",
          "last",
          "latest",
          "most recent",
          "oldest",
          "newest",
          "last week",
          "this week",
          "yesterday",
          "tuesday",
          "last month",
          "not",
          "never",
          "nor",
          "neither",
          "except",
          "no",
          "other",
          "the other one",
          "but",
          "it's",
          "i mean",
          "actually",
          "please",
          "$12.50",
          "3/10",
          "with",
          "my",
          "refund",
          "sure",
          "not sure",
          "\ud83d\ude4f",
          ",",
          ".",
          "?");

  /** Ways to name each order in {@link #ORDERS}, by position. */
  private static final List<List<String>> NAMES =
      List.of(
          List.of("the tank", "the first one", "#000000301", "301", "the newest one", "the 1st"),
          List.of("the bottle", "the yoga strap", "the second one", "000000302", "302", "2nd"),
          List.of("the tee", "the gobi heattec tee", "the third one", "#303", "the 3rd order"),
          List.of("A-1001", "the fourth one", "the oldest one", "the earliest order", "4th"));

  @Test
  void aHedgedReplyIsNeverAYesNorANoAtAnyQuestion() {
    assertAllUnknown("condition", CURRENT::condition, Condition.UNKNOWN);
    assertAllUnknown("confirmation", CURRENT::yesNo, YesNo.UNKNOWN);
    assertAllUnknown("alternative", CURRENT::alternative, Alternative.UNKNOWN);
    assertAllUnknown("follow-up", CURRENT::arrival, Arrival.UNKNOWN);
  }

  @Test
  void aConditionalYesIsNeverAYes() {
    Random random = new Random(SEED + 1);
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < MESSAGES; i++) {
      List<String> parts = new ArrayList<>();
      parts.add(pick(random, ANSWERS));
      parts.add(pick(random, CONDITIONS) + " " + pick(random, FILLERS));
      if (random.nextBoolean()) {
        parts.add(pick(random, FILLERS));
      }
      if (random.nextBoolean()) {
        java.util.Collections.reverse(parts);
      }
      String message = join(random, parts);
      if (CURRENT.yesNo(message) == YesNo.YES) {
        wrong.add(message);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void aPickIsOnlyEverAListedOrder() {
    Random random = new Random(SEED + 2);
    for (List<OrderOption> options : List.of(ORDERS, PAIR)) {
      for (int i = 0; i < MESSAGES; i++) {
        List<String> parts = new ArrayList<>();
        int words = 1 + random.nextInt(8);
        for (int w = 0; w < words; w++) {
          parts.add(pick(random, PICK_WORDS));
        }
        String message = join(random, parts);
        OrderPick pick = CURRENT.orderPick(message, options, TODAY);
        if (pick.kind() == OrderPick.Kind.PICKED) {
          assertThat(options.stream().map(OrderOption::position))
              .as(message)
              .contains(pick.position());
        } else {
          assertThat(pick.position()).as(message).isZero();
        }
      }
    }
  }

  @Test
  void aNegatedPickNeverChoosesTheNegatedOrder() {
    Random random = new Random(SEED + 3);
    List<String> wrong = new ArrayList<>();
    for (List<OrderOption> options : List.of(ORDERS, PAIR)) {
      for (int i = 0; i < MESSAGES; i++) {
        int negated = 1 + random.nextInt(options.size());
        String name = pick(random, NAMES.get(negated - 1));
        if (options == PAIR && (name.contains("newest") || name.contains("first"))) {
          name = "the tank";
        }
        List<String> parts = new ArrayList<>();
        if (random.nextBoolean()) {
          parts.add(pick(random, FILLERS));
        }
        parts.add(
            pick(random, List.of("not", "NOT", "never", "it isn't", "i don't want", "not"))
                + " "
                + name);
        parts.add(pick(random, List.of("the other one", "", "the other", "it's", "i mean")));
        if (random.nextBoolean()) {
          int other = 1 + random.nextInt(options.size());
          parts.add(pick(random, NAMES.get(other - 1)));
        }
        if (random.nextBoolean()) {
          parts.add(pick(random, FILLERS));
        }
        String message = join(random, parts);
        OrderPick pick = CURRENT.orderPick(message, options, TODAY);
        if (pick.kind() == OrderPick.Kind.PICKED && pick.position() == negated) {
          wrong.add(message + " -> " + negated);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static <T> void assertAllUnknown(String state, Function<String, T> read, T unknown) {
    Random random = new Random(SEED + state.hashCode());
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < MESSAGES; i++) {
      List<String> parts = new ArrayList<>();
      int answers = random.nextInt(3);
      for (int a = 0; a < answers; a++) {
        parts.add(pick(random, ANSWERS));
      }
      parts.add(random.nextInt(parts.size() + 1), pick(random, HEDGES));
      if (random.nextBoolean()) {
        parts.add(random.nextInt(parts.size() + 1), pick(random, FILLERS));
      }
      String message = join(random, parts);
      if (random.nextInt(4) == 0) {
        message = message.toUpperCase(java.util.Locale.ROOT);
      }
      T reading = read.apply(message);
      if (!reading.equals(unknown)) {
        wrong.add(state + ": \"" + message + "\" -> " + reading);
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static String join(Random random, List<String> parts) {
    StringBuilder text = new StringBuilder();
    for (String part : parts) {
      if (text.length() > 0) {
        text.append(pick(random, SEPARATORS));
      }
      text.append(part);
    }
    return text.toString();
  }

  private static String pick(Random random, List<String> list) {
    return list.get(random.nextInt(list.size()));
  }
}
