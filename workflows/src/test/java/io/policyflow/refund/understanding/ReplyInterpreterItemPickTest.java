package io.policyflow.refund.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplyInterpreterItemPickTest {

  private static final List<ItemOption> THREE =
      List.of(
          new ItemOption(11, "MT01-M-Blue", "Breathe-Easy Tank", 3),
          new ItemOption(12, "MB02", "Affirm Water Bottle", 1),
          new ItemOption(13, "MS03", "Gobi HeatTec Tee", 2));

  /** Two tank lines, told apart by colour only. */
  private static final List<ItemOption> TWO_TANKS =
      List.of(
          new ItemOption(21, "MT01-M-Blue", "Breathe-Easy Tank - Blue", 2),
          new ItemOption(22, "MT01-M-Red", "Breathe-Easy Tank - Red", 1),
          new ItemOption(23, "MB02", "Affirm Water Bottle", 1));

  private static final List<ItemOption> TWO =
      List.of(
          new ItemOption(41, "MT01", "Breathe-Easy Tank", 1),
          new ItemOption(42, "MB02", "Affirm Water Bottle", 2));

  private static final List<ItemOption> ONE =
      List.of(new ItemOption(31, "MS04", "Sprite Yoga Strap", 3));

  private static final Map<String, List<ItemOption>> FIXTURES =
      Map.of("three", THREE, "tanks", TWO_TANKS, "two", TWO, "one", ONE, "none", List.of());

  @ParameterizedTest(name = "[{index}] {0}: \"{1}\" -> {2} {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # fixture | message                                          | kind    | choices (itemId x qty)
          three     | all                                              | ALL     | ''
          three     | everything                                       | ALL     | ''
          three     | the whole order                                  | ALL     | ''
          three     | all of them                                      | ALL     | ''
          three     | everything please                                | ALL     | ''
          three     | refund all items                                 | ALL     | ''
          three     | all 3                                            | ALL     | ''
          three     | just the tank                                    | SOME    | 11x3
          three     | the water bottle                                 | SOME    | 12x1
          three     | 2 of the tanks                                   | SOME    | 11x2
          three     | one bottle                                       | SOME    | 12x1
          three     | the first item                                   | SOME    | 11x3
          three     | item 2                                           | SOME    | 12x1
          three     | 1 tank and the bottle                            | SOME    | 11x1 12x1
          three     | two tanks and a tee                              | SOME    | 11x2 13x1
          three     | the tee x2                                       | SOME    | 13x2
          three     | 2x tank                                          | SOME    | 11x2
          three     | a tank                                           | SOME    | 11x1
          three     | all the tanks                                    | SOME    | 11x3
          three     | both tees                                        | SOME    | 13x2
          three     | the tank and the tee                             | SOME    | 11x3 13x2
          three     | the tee, and the tank                            | SOME    | 11x3 13x2
          three     | both the tank and the bottle                     | SOME    | 11x3 12x1
          three     | everything except the bottle                     | SOME    | 11x3 13x2
          three     | all but the tee                                  | SOME    | 11x3 12x1
          three     | keep the bottle, refund the tank                 | SOME    | 11x3
          three     | the tank, not the bottle                         | SOME    | 11x3
          three     | I don't want to return the bottle, just the tee  | SOME    | 13x2
          three     | the last one                                     | SOME    | 13x2
          three     | 2                                                | SOME    | 12x1
          three     | MB02                                             | SOME    | 12x1
          three     | Affirm Water Bottle                              | SOME    | 12x1
          three     | the Breathe-Easy Tank and the Affirm Water Bottle | SOME   | 11x3 12x1
          three     | the blue tank                                    | SOME    | 11x3
          three     | 3 tanks please                                   | SOME    | 11x3
          three     | the bottles                                      | SOME    | 12x1
          three     | the botle                                        | SOME    | 12x1
          three     | the tank, 2 please                               | SOME    | 11x2
          three     | a pair of tees                                   | SOME    | 13x2
          three     | I want a refund for the tee                      | SOME    | 13x2
          three     | one of the tanks plus the bottle                 | SOME    | 11x1 12x1
          three     | the second item and one tee                      | SOME    | 12x1 13x1
          three     | tank & bottle                                    | SOME    | 11x3 12x1
          three     | all 3 tanks                                      | SOME    | 11x3
          three     | items 1 and 3                                    | SOME    | 11x3 13x2
          three     | first and third                                  | SOME    | 11x3 13x2
          three     | i only want to return 2 of the 3 tanks           | SOME    | 11x2
          three     | one tank, one tee                                | SOME    | 11x1 13x1
          three     | 2 tanks, 1 tee                                   | SOME    | 11x2 13x1
          three     | all except the tee and the bottle                | SOME    | 11x3
          three     | tee shirt                                        | SOME    | 13x2
          three     | 4 tanks                                          | UNKNOWN | ''
          three     | 2 bottles                                        | UNKNOWN | ''
          three     | some of the tanks                                | UNKNOWN | ''
          three     | a few tees                                       | UNKNOWN | ''
          three     | the yoga mat                                     | UNKNOWN | ''
          three     | the tank and the yoga mat                        | UNKNOWN | ''
          three     | item 5                                           | UNKNOWN | ''
          three     | the fourth item                                  | UNKNOWN | ''
          three     | the tank and the tank                            | UNKNOWN | ''
          three     | the bottle, not the bottle                       | UNKNOWN | ''
          three     | the tank or the bottle                           | UNKNOWN | ''
          three     | everything and 2 tanks                           | UNKNOWN | ''
          three     | 2 or 3 tanks                                     | UNKNOWN | ''
          three     | not sure                                         | UNKNOWN | ''
          three     | maybe the tank                                   | UNKNOWN | ''
          three     | both                                             | UNKNOWN | ''
          three     | not the bottle                                   | UNKNOWN | ''
          three     | everything except the tank, the bottle and the tee | UNKNOWN | ''
          three     | 5                                                | UNKNOWN | ''
          three     | all 4 tanks                                      | UNKNOWN | ''
          three     | 1 and 3                                          | UNKNOWN | ''
          three     | the shirt                                        | UNKNOWN | ''
          three     | opt5                                             | UNKNOWN | ''
          three     | opt1 and opt99999999999999                       | UNKNOWN | ''
          three     | none                                             | UNKNOWN | ''
          three     | yes                                              | UNKNOWN | ''
          three     | ''                                               | UNKNOWN | ''
          tanks     | the tank                                         | UNKNOWN | ''
          tanks     | the blue tank                                    | SOME    | 21x2
          tanks     | the red one                                      | SOME    | 22x1
          tanks     | the red tank and the bottle                      | SOME    | 22x1 23x1
          tanks     | 2 red tanks                                      | UNKNOWN | ''
          two       | both                                             | ALL     | ''
          two       | both of them                                     | ALL     | ''
          two       | both bottles                                     | SOME    | 42x2
          one       | 2                                                | SOME    | 31x2
          one       | just one                                         | SOME    | 31x1
          one       | the strap                                        | SOME    | 31x3
          one       | all                                              | ALL     | ''
          one       | 4                                                | UNKNOWN | ''
          one       | both                                             | UNKNOWN | ''
          none      | all                                              | UNKNOWN | ''
          """)
  void picksTheItems(String fixture, String text, ItemPick.Kind kind, String choices) {
    assertThat(ReplyInterpreter.itemPick(text, FIXTURES.get(fixture)))
        .isEqualTo(new ItemPick(kind, parse(choices)));
  }

  @Test
  void nullTextOrOptionsAreNotUnderstood() {
    assertThat(ReplyInterpreter.itemPick(null, THREE)).isEqualTo(ItemPick.unknown());
    assertThat(ReplyInterpreter.itemPick("all", null)).isEqualTo(ItemPick.unknown());
  }

  private static List<ItemPick.Choice> parse(String spec) {
    List<ItemPick.Choice> choices = new ArrayList<>();
    if (spec.isBlank()) {
      return choices;
    }
    for (String part : spec.trim().split("\\s+")) {
      String[] idQty = part.split("x");
      choices.add(new ItemPick.Choice(Long.parseLong(idQty[0]), Integer.parseInt(idQty[1])));
    }
    return choices;
  }
}
