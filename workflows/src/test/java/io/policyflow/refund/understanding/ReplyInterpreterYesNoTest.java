package io.policyflow.refund.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplyInterpreterYesNoTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          yes                                        | YES
          Yes!                                       | YES
          yep                                        | YES
          yeah sure                                  | YES
          sure                                       | YES
          go ahead                                   | YES
          please do                                  | YES
          ok                                         | YES
          OK thanks                                  | YES
          confirm                                    | YES
          I confirm                                  | YES
          absolutely                                 | YES
          that's right                               | YES
          that is correct                            | YES
          yes please, do it                          | YES
          sounds good                                | YES
          no problem, go ahead                       | YES
          not a problem                              | YES
          no worries, go for it                      | YES
          why not                                    | YES
          why not?                                   | YES
          sure, why not?                             | YES
          I don't mind                               | YES
          I wouldn't mind                            | YES
          yes, I don't mind                          | YES
          hmm ok. yes go ahead                       | YES
          what amount? ok, yes                       | YES
          no wait, yes go ahead                      | YES
          👍                                         | YES
          I do                                       | YES
          will do                                    | YES
          yes do it now                              | YES
          yes, that's what I want                    | YES
          no, actually yes                           | YES
          no                                         | NO
          nope                                       | NO
          No thanks                                  | NO
          no, thank you                              | NO
          don't                                      | NO
          please don't                               | NO
          don't do it                                | NO
          do not go ahead                            | NO
          not now                                    | NO
          I changed my mind                          | NO
          I've changed my mind                       | NO
          yes... actually no wait                    | NO
          yes, on second thought no                  | NO
          sure. hmm, actually, no                    | NO
          absolutely not                             | NO
          of course not                              | NO
          I'd rather not                             | NO
          not ok                                     | NO
          that's not right                           | NO
          I don't think so                           | NO
          nah, I'll keep it                          | NO
          no no no                                   | NO
          no I don't                                 | NO
          not at all                                 | NO
          I want to keep it                          | NO
          yes?                                       | UNKNOWN
          what amount?                               | UNKNOWN
          yes, but what amount?                      | UNKNOWN
          yes. how much will I get?                  | UNKNOWN
          can you go ahead?                          | UNKNOWN
          yes but only the tank                      | UNKNOWN
          yes wait                                   | UNKNOWN
          yes and no                                 | UNKNOWN
          ok no                                      | UNKNOWN
          no, go ahead                               | UNKNOWN
          maybe                                      | UNKNOWN
          I'm not sure                               | UNKNOWN
          I don't know                               | UNKNOWN
          I guess                                    | UNKNOWN
          I think so                                 | UNKNOWN
          maybe later                                | UNKNOWN
          hmm                                        | UNKNOWN
          the second one                             | UNKNOWN
          thanks                                     | UNKNOWN
          please                                     | UNKNOWN
          wait                                       | UNKNOWN
          yeah no                                    | UNKNOWN
          ok what happens next                       | UNKNOWN
          yes how long will it take                  | UNKNOWN
          yes if the amount is right                 | UNKNOWN
          yes go ahead as long as it's the full amount | UNKNOWN
          is that ok                                 | UNKNOWN
          good question                              | UNKNOWN
          great                                      | UNKNOWN
          ''                                         | UNKNOWN
          yesterday                                  | UNKNOWN
          I know                                     | UNKNOWN
          okay? what's next                          | UNKNOWN
          """)
  void readsYesOrNo(String text, YesNo expected) {
    assertThat(ReplyInterpreter.yesNo(text)).isEqualTo(expected);
  }

  @Test
  void nullIsNotUnderstood() {
    assertThat(ReplyInterpreter.yesNo(null)).isEqualTo(YesNo.UNKNOWN);
  }
}
