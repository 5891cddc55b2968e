package io.policyflow.api.problems;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The error page keeps the status of the error forwarded to it; asked for directly it is 404
 * (LimitsApiTest).
 */
class ProblemErrorControllerTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static MockHttpServletResponse forwarded(int status, Throwable exception)
      throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/error");
    request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
    request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/v1/refunds");
    if (exception != null) {
      request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, exception);
    }
    MockHttpServletResponse response = new MockHttpServletResponse();
    new ProblemErrorController().error(request, response);
    return response;
  }

  @Test
  void aForwardedErrorKeepsItsStatusWithATypedProblem() throws Exception {
    for (int status : new int[] {400, 401, 404, 405, 413, 503}) {
      MockHttpServletResponse response = forwarded(status, null);

      assertThat(response.getStatus()).isEqualTo(status);
      assertThat(response.getContentType()).startsWith("application/problem+json");
      JsonNode problem = JSON.readTree(response.getContentAsString());
      assertThat(problem.get("status").asInt()).isEqualTo(status);
      assertThat(problem.get("type").asString()).isNotBlank();
      assertThat(problem.get("instance").asString()).isEqualTo("/v1/refunds");
    }
    assertThat(JSON.readTree(forwarded(413, null).getContentAsString()).get("type").asString())
        .isEqualTo("urn:policyflow:problem:payload-too-large");
  }

  @Test
  void anExceptionIsA500ThatSaysNothingOfIt() throws Exception {
    MockHttpServletResponse response =
        forwarded(500, new IllegalStateException("secret jane.doe@example.com"));

    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(response.getContentAsString())
        .doesNotContain("secret", "jane.doe", "IllegalStateException");
    assertThat(JSON.readTree(response.getContentAsString()).get("detail").asString())
        .isEqualTo("An unexpected error occurred.");
  }

  @Test
  void aStatusThatIsNoErrorBecomesA500() throws Exception {
    assertThat(forwarded(200, null).getStatus()).isEqualTo(500);
  }
}
