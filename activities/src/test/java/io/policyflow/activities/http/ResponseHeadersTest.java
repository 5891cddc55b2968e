package io.policyflow.activities.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponseHeadersTest {

  private static final Instant NOW = Instant.parse("2024-05-06T10:00:00Z");

  @ParameterizedTest(name = "Retry-After \"{0}\" waits {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "none",
      value = {
        "120                           | PT2M",
        "' 7 '                         | PT7S",
        "0                             | PT0S",
        "Mon, 06 May 2024 10:00:45 GMT | PT45S",
        "Mon, 06 May 2024 09:59:00 GMT | PT0S",
        "-5                            | none",
        "soon                          | none",
        "2.5                           | none",
        "''                            | none",
      })
  void readsSecondsAndHttpDates(String value, String wait) {
    assertThat(ResponseHeaders.retryAfter(value, NOW))
        .isEqualTo(wait == null ? null : Duration.parse(wait));
  }

  @Test
  void findsAHeaderWhateverTheCaseOfItsName() {
    Map<String, Collection<String>> headers =
        Map.of("retry-after", List.of("30"), "X-RateLimit-Reset", List.of("9"));

    assertThat(ResponseHeaders.retryAfter(headers, NOW)).isEqualTo(Duration.ofSeconds(30));
    assertThat(ResponseHeaders.first(headers, "x-ratelimit-reset")).isEqualTo("9");
    assertThat(ResponseHeaders.first(headers, "x-ratelimit-remaining")).isNull();
    assertThat(ResponseHeaders.retryAfter((Map<String, Collection<String>>) null, NOW)).isNull();
  }
}
