package io.policyflow.refund.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplyInterpreterArrivalTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          yes got it                                    | ARRIVED
          yes                                           | ARRIVED
          it arrived                                    | ARRIVED
          received, thanks                              | ARRIVED
          all good                                      | ARRIVED
          yes it's there                                | ARRIVED
          no problem, it arrived                        | ARRIVED
          no worries it came through                    | ARRIVED
          yep, the money is in my account               | ARRIVED
          it showed up yesterday                        | ARRIVED
          I got the refund, thank you                   | ARRIVED
          yeah I can see it on my statement             | ARRIVED
          it has arrived, thanks                        | ARRIVED
          not yet... wait, it just arrived              | ARRIVED
          👍                                            | ARRIVED
          no                                            | NOT_ARRIVED
          not yet                                       | NOT_ARRIVED
          haven't received it                           | NOT_ARRIVED
          nothing arrived                               | NOT_ARRIVED
          nothing has arrived yet                       | NOT_ARRIVED
          still waiting                                 | NOT_ARRIVED
          it has not arrived                            | NOT_ARRIVED
          nope, nothing yet                             | NOT_ARRIVED
          I didn't get it                               | NOT_ARRIVED
          it never came                                 | NOT_ARRIVED
          it's not in my account                        | NOT_ARRIVED
          I don't see it                                | NOT_ARRIVED
          no, still nothing                             | NOT_ARRIVED
          I don't think so                              | NOT_ARRIVED
          I haven't                                     | NOT_ARRIVED
          I have not yet received it                    | NOT_ARRIVED
          it hasn't arrived yet, but thanks             | NOT_ARRIVED
          when will it arrive                           | UNKNOWN
          it did arrive, when do I get the rest?        | UNKNOWN
          not sure                                      | UNKNOWN
          I haven't checked                             | UNKNOWN
          only part of it                               | UNKNOWN
          yes but the wrong amount                      | UNKNOWN
          yes and no                                    | UNKNOWN
          has it?                                       | UNKNOWN
          when will it arrive?                          | UNKNOWN
          maybe                                         | UNKNOWN
          let me check                                  | UNKNOWN
          thanks                                        | UNKNOWN
          the tank                                      | UNKNOWN
          ''                                            | UNKNOWN
          """)
  void readsTheArrival(String text, Arrival expected) {
    assertThat(ReplyInterpreter.arrival(text)).isEqualTo(expected);
  }

  @Test
  void nullIsNotUnderstood() {
    assertThat(ReplyInterpreter.arrival(null)).isEqualTo(Arrival.UNKNOWN);
  }
}
