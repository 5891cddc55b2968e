package io.policyflow.activities.http;

import static org.assertj.core.api.Assertions.assertThat;

import feign.Request;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpErrorsTest {

  @ParameterizedTest(name = "HTTP {0} is {1}, retryable: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "401 | UNAUTHORIZED | false",
        "403 | UNAUTHORIZED | false",
        "404 | NOT_FOUND    | false",
        "429 | RATE_LIMITED | true",
        "408 | UNAVAILABLE  | true",
        "500 | UNAVAILABLE  | true",
        "503 | UNAVAILABLE  | true",
        "400 | REJECTED     | false",
        "413 | REJECTED     | false",
        "422 | REJECTED     | false",
        "302 | REJECTED     | false",
      })
  void sortsStatusesByWhatARetryCanFix(int status, HttpErrors.Kind kind, boolean retryable) {
    assertThat(HttpErrors.kind(status)).isEqualTo(kind);
    assertThat(HttpErrors.kind(status).retryable()).isEqualTo(retryable);
  }

  @ParameterizedTest(name = "{0} has path \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://shop.example/rest/V1/customers/search?searchCriteria=jane@example.com | /rest/V1/customers/search",
        "https://shop.example/rest/V1/orders/7 | /rest/V1/orders/7",
        "https://shop.example/v1/customers/email=a b?x=1 | https://shop.example/v1/customers/email=a b",
        "https://shop.example | ''",
      })
  void keepsThePathAndNeverTheQuery(String url, String path) {
    Request request =
        Request.create(
            Request.HttpMethod.GET, url, Map.of(), new byte[0], StandardCharsets.UTF_8, null);

    assertThat(HttpErrors.path(request)).isEqualTo(path);
  }
}
