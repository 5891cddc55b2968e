package io.policyflow.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyflow.api.ApiProperties;
import io.policyflow.api.playground.PlaygroundAccess;
import io.policyflow.api.playground.PlaygroundProperties;
import io.policyflow.api.security.ApiToken;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The guard of /dev in each of the playground's modes (LocalStackConversationTest runs it over
 * HTTP).
 */
class DevToolsAccessFilterTest {

  private static final String TOKEN = "dev-tools-test-token";
  private static final ApiToken API_TOKEN = new ApiToken(new ApiProperties(TOKEN, null));

  private static DevToolsAccessFilter filter(
      PlaygroundProperties playground, String serverAddress) {
    MockEnvironment environment = new MockEnvironment();
    if (serverAddress != null) {
      environment.setProperty("server.address", serverAddress);
    }
    return new DevToolsAccessFilter(new PlaygroundAccess(playground, environment), API_TOKEN);
  }

  private static DevToolsAccessFilter loopback() {
    return filter(new PlaygroundProperties(true, null, null, null), "127.0.0.1");
  }

  private static MockHttpServletRequest request(String method, String authorization) {
    MockHttpServletRequest request =
        new MockHttpServletRequest(method, "/dev/clock" + (method.equals("POST") ? "/skip" : ""));
    request.setServletPath(request.getRequestURI());
    request.setRemoteAddr("127.0.0.1");
    request.addHeader("Host", "localhost:8080");
    if (authorization != null) {
      request.addHeader("Authorization", authorization);
    }
    if (method.equals("POST")) {
      request.setContentType("application/json");
      request.setContent("{\"duration\":\"P1D\"}".getBytes(StandardCharsets.UTF_8));
    }
    return request;
  }

  /** The answer, or null when the request went on to the controller. */
  private static MockHttpServletResponse run(
      DevToolsAccessFilter filter, MockHttpServletRequest request) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();
    filter.doFilter(request, response, chain);
    return chain.getRequest() == null ? response : null;
  }

  private static void assertRefused(MockHttpServletResponse response, int status, String type)
      throws Exception {
    assertThat(response).as("passed the guard").isNotNull();
    assertThat(response.getStatus()).isEqualTo(status);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    assertThat(response.getContentAsString()).contains("\"type\":\"" + type + "\"");
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void onALoopbackServerTheCallerMustBeThisMachineByAddressAndByName() throws Exception {
    MockHttpServletRequest remote = request("GET", "Bearer " + TOKEN);
    remote.setRemoteAddr("10.0.0.5");
    MockHttpServletRequest rebound = request("GET", "Bearer " + TOKEN);
    rebound.removeHeader("Host");
    rebound.addHeader("Host", "attacker.example:8080");

    assertRefused(run(loopback(), remote), 403, "urn:policyflow:problem:host-not-allowed");
    assertRefused(run(loopback(), rebound), 403, "urn:policyflow:problem:host-not-allowed");
    assertThat(run(loopback(), request("GET", "Bearer " + TOKEN))).isNull();
  }

  @Test
  void withoutThePlaygroundsPasswordOnlyTheApiTokenOpensIt() throws Exception {
    MockHttpServletResponse missing = run(loopback(), request("GET", null));

    assertRefused(missing, 401, "urn:policyflow:problem:unauthorized");
    assertThat(missing.getHeader("WWW-Authenticate")).isEqualTo("Bearer realm=\"policyflow\"");
    assertRefused(
        run(loopback(), request("GET", "Bearer " + TOKEN + "x")),
        401,
        "urn:policyflow:problem:unauthorized");
    assertRefused(
        run(loopback(), request("GET", basic("playground", ""))),
        401,
        "urn:policyflow:problem:unauthorized");
    MockHttpServletRequest twice = request("GET", "Bearer " + TOKEN);
    twice.addHeader("Authorization", "Bearer " + TOKEN);
    assertRefused(run(loopback(), twice), 401, "urn:policyflow:problem:unauthorized");
  }

  @Test
  void aSkipMustBeJsonAndNotFromAnotherSitesPage() throws Exception {
    MockHttpServletRequest form = request("POST", "Bearer " + TOKEN);
    form.setContentType("text/plain");
    MockHttpServletRequest foreign = request("POST", "Bearer " + TOKEN);
    foreign.addHeader("Origin", "http://evil.example");
    MockHttpServletRequest sameOrigin = request("POST", "Bearer " + TOKEN);
    sameOrigin.addHeader("Origin", "http://localhost:8080");

    assertRefused(run(loopback(), form), 403, "urn:policyflow:problem:cross-site-request");
    assertRefused(run(loopback(), foreign), 403, "urn:policyflow:problem:cross-site-request");
    assertThat(run(loopback(), sameOrigin)).isNull();
    assertThat(run(loopback(), request("POST", "Bearer " + TOKEN))).isNull();
  }

  @Test
  void withThePlaygroundsPasswordItsUserAndPasswordOpenItTooAnyHostBeing() throws Exception {
    DevToolsAccessFilter basicMode =
        filter(new PlaygroundProperties(true, "cx", "s3cret", null), "0.0.0.0");
    MockHttpServletRequest anyHost = request("GET", basic("cx", "s3cret"));
    anyHost.removeHeader("Host");
    anyHost.addHeader("Host", "policyflow.internal:8080");
    anyHost.setRemoteAddr("10.0.0.5");

    assertThat(run(basicMode, anyHost)).isNull();
    assertThat(run(basicMode, request("GET", "Bearer " + TOKEN))).isNull();
    MockHttpServletResponse missing = run(basicMode, request("GET", null));
    assertRefused(missing, 401, "urn:policyflow:problem:unauthorized");
    assertThat(missing.getHeader("WWW-Authenticate"))
        .contains("Bearer", "Basic realm=\"Policyflow playground\"");
    assertRefused(
        run(basicMode, request("GET", basic("cx", "wrong"))),
        401,
        "urn:policyflow:problem:unauthorized");
  }

  @Test
  void withThePlaygroundOffTheTokenAndTheLoopbackChecksStillApply() throws Exception {
    DevToolsAccessFilter off =
        filter(new PlaygroundProperties(false, null, null, null), "127.0.0.1");
    MockHttpServletRequest rebound = request("GET", "Bearer " + TOKEN);
    rebound.removeHeader("Host");
    rebound.addHeader("Host", "attacker.example");

    assertThat(run(off, request("GET", "Bearer " + TOKEN))).isNull();
    assertRefused(run(off, request("GET", null)), 401, "urn:policyflow:problem:unauthorized");
    assertRefused(run(off, rebound), 403, "urn:policyflow:problem:host-not-allowed");
  }

  @Test
  void otherPathsAreNotItsBusiness() throws Exception {
    MockHttpServletRequest other = new MockHttpServletRequest("GET", "/developer");
    other.setServletPath("/developer");

    assertThat(run(loopback(), other)).isNull();
  }
}
