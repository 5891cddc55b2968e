package io.policyflow.refund.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplyInterpreterConditionTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          unused                                          | UNUSED
          never used                                      | UNUSED
          still in the box                                | UNUSED
          brand new, unopened                             | UNUSED
          original packaging                              | UNUSED
          it's in the original packaging                  | UNUSED
          haven't worn it                                 | UNUSED
          I have not worn them                            | UNUSED
          tags still on                                   | UNUSED
          not used at all                                 | UNUSED
          it hasn't been used                             | UNUSED
          I didn't even open it                           | UNUSED
          never opened, still sealed                      | UNUSED
          new with tags                                   | UNUSED
          it's unworn and unwashed                        | UNUSED
          I haven't used it and it's in the box           | UNUSED
          no, never used                                  | UNUSED
          completely untouched                            | UNUSED
          Actually never used it, still in its box        | UNUSED
          used                                            | USED
          I wore it twice                                 | USED
          opened and used                                 | USED
          it's been used a bit                            | USED
          not in the original packaging                   | USED
          I washed it                                     | USED
          worn                                            | USED
          I used it once                                  | USED
          the tags are off                                | USED
          I removed the tags                              | USED
          threw away the box                              | USED
          it's not new                                    | USED
          without the original packaging                  | USED
          no box anymore                                  | USED
          barely used                                     | USED
          it's damaged                                    | USED
          unused... actually I wore it once               | USED
          I opened it but never used it                   | UNKNOWN
          used, but still in the box                      | UNKNOWN
          like new                                        | UNKNOWN
          I tried it on                                   | UNKNOWN
          not really used                                 | UNKNOWN
          one of them is used                             | UNKNOWN
          not sure                                        | UNKNOWN
          good condition                                  | UNKNOWN
          is it ok if I opened it?                        | UNKNOWN
          what counts as used?                            | UNKNOWN
          yes                                             | UNKNOWN
          no                                              | UNKNOWN
          fine                                            | UNKNOWN
          the tank                                        | UNKNOWN
          ''                                              | UNKNOWN
          """)
  void readsTheCondition(String text, Condition expected) {
    assertThat(ReplyInterpreter.condition(text)).isEqualTo(expected);
  }

  @Test
  void nullIsNotUnderstood() {
    assertThat(ReplyInterpreter.condition(null)).isEqualTo(Condition.UNKNOWN);
  }
}
