package io.policyflow.refund.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplyInterpreterOrderPickTest {

  /** Distinct items in every order. */
  private static final List<OrderOption> DISTINCT =
      List.of(
          new OrderOption(1, "000000123", List.of("Breathe-Easy Tank", "Affirm Water Bottle")),
          new OrderOption(2, "000000124", List.of("Sprite Yoga Strap")),
          new OrderOption(3, "100000042", List.of("Gobi HeatTec Tee", "Fusion Backpack")));

  /** A tank in two orders. */
  private static final List<OrderOption> SHARED =
      List.of(
          new OrderOption(1, "000000201", List.of("Breathe-Easy Tank")),
          new OrderOption(2, "000000202", List.of("Breathe-Easy Tank", "Affirm Water Bottle")),
          new OrderOption(3, "000000203", List.of("Sprite Foam Roller")));

  /** An order number that is also a position: 000000002 is listed third. */
  private static final List<OrderOption> SMALL_NUMBERS =
      List.of(
          new OrderOption(1, "000000010", List.of("Breathe-Easy Tank")),
          new OrderOption(2, "000000011", List.of("Affirm Water Bottle")),
          new OrderOption(3, "000000002", List.of("Sprite Foam Roller")));

  private static final Map<String, List<OrderOption>> FIXTURES =
      Map.of("distinct", DISTINCT, "shared", SHARED, "small", SMALL_NUMBERS, "none", List.of());

  @ParameterizedTest(name = "[{index}] {0}: \"{1}\" -> {2} {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # fixture | message                                        | kind      | position
          distinct  | 000000123                                      | PICKED    | 1
          distinct  | 123                                            | PICKED    | 1
          distinct  | #000000123                                     | PICKED    | 1
          distinct  | #123                                           | PICKED    | 1
          distinct  | order 123                                      | PICKED    | 1
          distinct  | it's order number 000000124, thanks            | PICKED    | 2
          distinct  | 100000042                                      | PICKED    | 3
          distinct  | order #100000042 please                        | PICKED    | 3
          distinct  | the second one                                 | PICKED    | 2
          distinct  | 2                                              | PICKED    | 2
          distinct  | second                                         | PICKED    | 2
          distinct  | 2nd                                            | PICKED    | 2
          distinct  | #2                                             | PICKED    | 2
          distinct  | number 3                                       | PICKED    | 3
          distinct  | option two                                     | PICKED    | 2
          distinct  | one                                            | PICKED    | 1
          distinct  | it's 3                                         | PICKED    | 3
          distinct  | 2 please                                       | PICKED    | 2
          distinct  | the last one                                   | PICKED    | 3
          distinct  | the first order                                | PICKED    | 1
          distinct  | the third                                      | PICKED    | 3
          distinct  | second to last                                 | PICKED    | 2
          distinct  | the one with the water bottle                  | PICKED    | 1
          distinct  | the tank top                                   | PICKED    | 1
          distinct  | The one with the BOTTLES                       | PICKED    | 1
          distinct  | the botle                                      | PICKED    | 1
          distinct  | the yoga strap                                 | PICKED    | 2
          distinct  | the backpack one                               | PICKED    | 3
          distinct  | the order with the tee                         | PICKED    | 3
          distinct  | I ordered 2 tanks                              | PICKED    | 1
          distinct  | order 123 with the tank                        | PICKED    | 1
          distinct  | the first one, I paid $59.00 for it            | PICKED    | 1
          distinct  | the one from 12/03/2026 with the backpack      | PICKED    | 3
          distinct  | the top one                                    | PICKED    | 1
          distinct  | the bottom one                                 | PICKED    | 3
          distinct  | I think it's 124                               | PICKED    | 2
          distinct  | Order #000000124 placed 2 days ago             | PICKED    | 2
          distinct  | the one with 2 tanks                           | PICKED    | 1
          distinct  | no. 124                                        | PICKED    | 2
          distinct  | 000000999                                      | NOT_FOUND | 0
          distinct  | order #999                                     | NOT_FOUND | 0
          distinct  | 42                                             | NOT_FOUND | 0
          distinct  | 7                                              | NOT_FOUND | 0
          distinct  | the fifth one                                  | NOT_FOUND | 0
          distinct  | the one with the coffee mug                    | NOT_FOUND | 0
          distinct  | the red one                                    | NOT_FOUND | 0
          distinct  | the coffee mug                                 | NOT_FOUND | 0
          distinct  | the first two                                  | UNKNOWN   | 0
          distinct  | second, with the bottle                        | UNKNOWN   | 0
          distinct  | the one from yesterday                         | UNKNOWN   | 0
          distinct  | the one for 59.00                              | UNKNOWN   | 0
          distinct  | the middle one                                 | UNKNOWN   | 0
          distinct  | 123 and 124                                    | UNKNOWN   | 0
          distinct  | order 123, the second one                      | UNKNOWN   | 0
          distinct  | the second one, 000000999                      | UNKNOWN   | 0
          distinct  | the one with the tank and the tee              | UNKNOWN   | 0
          distinct  | the other one                                  | UNKNOWN   | 0
          distinct  | all of them                                    | UNKNOWN   | 0
          distinct  | my last order                                  | UNKNOWN   | 0
          distinct  | the latest one                                 | UNKNOWN   | 0
          distinct  | the one from last week                         | UNKNOWN   | 0
          distinct  | hmm not sure                                   | UNKNOWN   | 0
          distinct  | I don't remember                               | UNKNOWN   | 0
          distinct  | yes                                            | UNKNOWN   | 0
          distinct  | ''                                             | UNKNOWN   | 0
          shared    | the tank                                       | UNKNOWN   | 0
          shared    | the second one with the tank                   | PICKED    | 2
          shared    | the one with the tank and the bottle           | PICKED    | 2
          shared    | the foam roller                                | PICKED    | 3
          shared    | 000000202                                      | PICKED    | 2
          shared    | #2                                             | PICKED    | 2
          shared    | the third one with the tank                    | UNKNOWN   | 0
          small     | 2                                              | PICKED    | 3
          small     | #2                                             | PICKED    | 3
          small     | the second one                                 | PICKED    | 2
          small     | 10                                             | PICKED    | 1
          none      | 123                                            | NOT_FOUND | 0
          none      | hello                                          | UNKNOWN   | 0
          """)
  void picksTheOrder(String fixture, String text, OrderPick.Kind kind, int position) {
    assertThat(ReplyInterpreter.orderPick(text, FIXTURES.get(fixture)))
        .isEqualTo(new OrderPick(kind, position));
  }

  @Test
  void nullTextOrOptionsAreHandled() {
    assertThat(ReplyInterpreter.orderPick(null, DISTINCT)).isEqualTo(OrderPick.unknown());
    assertThat(ReplyInterpreter.orderPick("123", null)).isEqualTo(OrderPick.notFound());
  }
}
