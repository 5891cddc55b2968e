package io.policyflow.refund.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplyInterpreterEmailTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          jane@example.com                                   | jane@example.com
          it's Jane.Doe+shop@Example.com, thanks             | jane.doe+shop@example.com
          my email is jane@example.com.                      | jane@example.com
          JANE@EXAMPLE.COM                                   | jane@example.com
          <jane@example.com>                                 | jane@example.com
          (jane@example.com)                                 | jane@example.com
          "jane@example.com"                                 | jane@example.com
          'jane@example.com'                                 | jane@example.com
          mailto:jane@example.com                            | jane@example.com
          email: jane_doe-1@mail.example.co.uk!              | jane_doe-1@mail.example.co.uk
          sure, it is j.doe@sub-domain.example.org?          | j.doe@sub-domain.example.org
          jane@example.com or jane@example.com               | jane@example.com
          o'brien@example.ie                                 | o'brien@example.ie
          jane%work@example.com                              | jane%work@example.com
          x@y.io                                             | x@y.io
          no email here                                      | -
          @                                                  | -
          jane@                                              | -
          @example.com                                       | -
          jane@localhost                                     | -
          jane@example                                       | -
          jane@example.c                                     | -
          jane@example.123                                   | -
          jane@@example.com                                  | -
          a@b@example.com                                    | -
          jane..doe@example.com                              | -
          .jane@example.com                                  | -
          jane.@example.com                                  | -
          jane@-example.com                                  | -
          jane@example-.com                                  | -
          jane@example..com                                  | -
          jane@example.com and john@example.com              | -
          jane at example dot com                            | -
          ''                                                 | -
          """)
  void findsTheEmail(String text, String expected) {
    assertThat(ReplyInterpreter.email(text).orElse(null)).isEqualTo(expected);
  }

  @Test
  void nullHasNoEmail() {
    assertThat(ReplyInterpreter.email(null)).isEmpty();
  }
}
