package io.policyflow.refund.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplyInterpreterIntentTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          agent                                                   | AGENT
          Agent please                                            | AGENT
          human                                                   | AGENT
          HUMAN!!                                                 | AGENT
          I want to talk to someone                               | AGENT
          can I speak to a real person?                           | AGENT
          representative                                          | AGENT
          get me a representative now                             | AGENT
          operator                                                | AGENT
          I need support staff                                    | AGENT
          let me chat with somebody                               | AGENT
          put me through to customer service                      | AGENT
          connect me to a person please                           | AGENT
          is there an actual person I can talk to                 | AGENT
          this bot is useless, I want a human                     | AGENT
          no, I want a human                                      | AGENT
          are you a bot? I want an agent                          | AGENT
          I'm not happy, get me a manager                         | AGENT
          where is my refund? I want to speak to someone          | AGENT
          cancel this and get me a human                          | AGENT
          I need help from a person                               | AGENT
          I'm not talking to a bot, give me a human               | AGENT
          no human needed                                         | NONE
          I don't need an agent                                   | NONE
          I do not need to talk to an agent, the second order    | NONE
          no need for a human, it's the tank                      | NONE
          a human is not needed                                   | NONE
          are you a human?                                        | NONE
          are you a real person                                   | NONE
          cancel                                                  | CANCEL
          Cancel.                                                 | CANCEL
          cancel it please                                        | CANCEL
          please cancel                                           | CANCEL
          never mind                                              | CANCEL
          nevermind                                               | CANCEL
          ok never mind then                                      | CANCEL
          forget it                                               | CANCEL
          oh forget about it, thanks                              | CANCEL
          stop                                                    | CANCEL
          please stop                                             | CANCEL
          stop messaging me                                       | CANCEL
          I don't want a refund anymore                           | CANCEL
          I no longer want the refund                             | CANCEL
          cancel the refund request                               | CANCEL
          please cancel my refund                                 | CANCEL
          never mind, I'll keep it                                | CANCEL
          nvm                                                     | CANCEL
          I changed my mind, I don't want a refund                | CANCEL
          I want to cancel                                        | CANCEL
          I'd like to stop this                                   | CANCEL
          I give up                                               | CANCEL
          never mind, I'll keep the items                         | CANCEL
          my order was cancelled                                  | NONE
          I want to cancel my order and get a refund              | NONE
          the cancelled order                                     | NONE
          cancel my order                                         | NONE
          don't cancel                                            | NONE
          please don't stop, go ahead                             | NONE
          never mind, it's the second order                       | NONE
          forget the tank, just the bottle                        | NONE
          where is my refund?                                     | REFUND_STATUS
          where's my money                                        | REFUND_STATUS
          has my refund been sent                                 | REFUND_STATUS
          when will I get my money back                           | REFUND_STATUS
          refund status                                           | REFUND_STATUS
          any update on my refund?                                | REFUND_STATUS
          did you send the refund                                 | REFUND_STATUS
          I still haven't received my refund                      | REFUND_STATUS
          is my refund on its way?                                | REFUND_STATUS
          how long until the money is back on my card             | REFUND_STATUS
          the refund has not arrived yet                          | REFUND_STATUS
          I want a refund                                         | NONE
          yes                                                     | NONE
          the second one                                          | NONE
          jane@example.com                                        | NONE
          ''                                                      | NONE
          """)
  void readsTheIntent(String text, Intent expected) {
    assertThat(ReplyInterpreter.intent(text)).isEqualTo(expected);
  }

  @Test
  void nullIsNone() {
    assertThat(ReplyInterpreter.intent(null)).isEqualTo(Intent.NONE);
  }
}
