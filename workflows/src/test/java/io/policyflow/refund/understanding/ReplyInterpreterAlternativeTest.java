package io.policyflow.refund.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplyInterpreterAlternativeTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          store credit                                      | STORE_CREDIT
          Store credit please                               | STORE_CREDIT
          credit                                            | STORE_CREDIT
          a voucher would be nice                           | STORE_CREDIT
          gift card                                         | STORE_CREDIT
          credit to my account                              | STORE_CREDIT
          I'll take the store credit                        | STORE_CREDIT
          can I get store credit?                           | STORE_CREDIT
          refund it as store credit                         | STORE_CREDIT
          not an exchange, store credit                     | STORE_CREDIT
          is store credit possible                          | STORE_CREDIT
          store credit if possible                          | STORE_CREDIT
          exchange                                          | EXCHANGE
          an exchange please                                | EXCHANGE
          swap it                                           | EXCHANGE
          a different size                                  | EXCHANGE
          replace it                                        | EXCHANGE
          replacement                                       | EXCHANGE
          could you swap it for a medium?                   | EXCHANGE
          I'd like the same in another colour               | EXCHANGE
          no credit, I want an exchange                     | EXCHANGE
          I don't want credit, a replacement is fine        | EXCHANGE
          how about an exchange?                            | EXCHANGE
          I want the money                                  | DECLINED
          no thanks                                         | DECLINED
          neither                                           | DECLINED
          none                                              | DECLINED
          I'll pass                                         | DECLINED
          no                                                | DECLINED
          nope, just the refund                             | DECLINED
          I want my money back                              | DECLINED
          neither, thanks                                   | DECLINED
          I don't want store credit                         | DECLINED
          I don't want credit or an exchange                | DECLINED
          no exchange                                       | DECLINED
          not interested                                    | DECLINED
          back to my credit card please                     | DECLINED
          I'd rather not                                    | DECLINED
          is there a voucher                                | UNKNOWN
          either                                            | UNKNOWN
          either is fine                                    | UNKNOWN
          store credit or an exchange, whichever            | UNKNOWN
          credit and exchange                               | UNKNOWN
          no thanks, store credit                           | UNKNOWN
          maybe                                             | UNKNOWN
          what is store credit?                             | UNKNOWN
          how does the exchange work?                       | UNKNOWN
          I'm not sure                                      | UNKNOWN
          hmm                                               | UNKNOWN
          yes                                               | UNKNOWN
          the tank                                          | UNKNOWN
          ''                                                | UNKNOWN
          """)
  void readsTheAlternative(String text, Alternative expected) {
    assertThat(ReplyInterpreter.alternative(text)).isEqualTo(expected);
  }

  @Test
  void nullIsNotUnderstood() {
    assertThat(ReplyInterpreter.alternative(null)).isEqualTo(Alternative.UNKNOWN);
  }
}
