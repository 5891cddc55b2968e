package io.policyflow.api.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.policyflow.api.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.env.MockEnvironment;

/**
 * Off by default; Basic authentication when enabled with a password; no way to enable it openly.
 */
class PlaygroundAccessModesTest {

  @Nested
  @SpringBootTest(
      webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
      properties = {
        "spring.temporal.test-server.enabled=true",
        "policyflow.codec.allow-plaintext=true",
        "policyflow.api.token=t0123456789"
      })
  class Off {

    @Value("${local.server.port}")
    int port;

    @Test
    void nothingOfThePlaygroundIsServed() {
      PlaygroundHttp http = new PlaygroundHttp(port);
      for (String path :
          new String[] {
            "/playground",
            "/playground/",
            "/playground/index.html",
            "/playground/playground.js",
            "/playground/api/settings"
          }) {
        Response response = http.get(path);
        assertThat(response.status()).as(path).isEqualTo(404);
        assertThat(response.body()).as(path).doesNotContain("<html");
      }
    }
  }

  @Nested
  @SpringBootTest(
      webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
      properties = {
        "spring.temporal.test-server.enabled=true",
        "policyflow.codec.allow-plaintext=true",
        "policyflow.api.token=t0123456789",
        "policyflow.playground.enabled=true",
        "policyflow.playground.username=cx",
        "policyflow.playground.password=s3cret-playground"
      })
  class Basic {

    @Value("${local.server.port}")
    int port;

    @Test
    void everyPlaygroundRequestNeedsTheUserAndPassword() {
      PlaygroundHttp http = new PlaygroundHttp(port);

      Response anonymous = http.get("/playground/");
      assertThat(anonymous.status()).isEqualTo(401);
      assertThat(anonymous.header("WWW-Authenticate"))
          .startsWith("Basic realm=\"Policyflow playground\"");
      assertThat(anonymous.body()).doesNotContain("<html");
      assertThat(
              http.send(
                      http.builder("/playground/api/settings")
                          .header("Authorization", basic("cx", "wrong")))
                  .status())
          .isEqualTo(401);
      assertThat(
              http.send(
                      http.builder("/playground/api/settings")
                          .header("Authorization", "Bearer t0123456789"))
                  .status())
          .isEqualTo(401);

      Response page =
          http.send(
              http.builder("/playground/")
                  .header("Authorization", basic("cx", "s3cret-playground")));
      assertThat(page.status()).isEqualTo(200);
      Response settings =
          http.send(
              http.builder("/playground/api/settings")
                  .header("Authorization", basic("cx", "s3cret-playground")));
      assertThat(settings.json().get("access").asString()).isEqualTo("basic");
      assertThat(settings.json().get("clock").asBoolean()).isFalse();
      Response noClock =
          http.send(
              http.builder("/playground/api/clock")
                  .header("Authorization", basic("cx", "s3cret-playground")));
      assertThat(noClock.status()).isEqualTo(409);
      assertThat(noClock.json().get("type").asString())
          .isEqualTo("urn:policyflow:problem:playground-tool-unavailable");
    }

    private static String basic(String user, String password) {
      return "Basic "
          + Base64.getEncoder()
              .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void enablingWithoutAPasswordOnAServerThatListensBeyondThisMachineFails() {
    PlaygroundProperties open = new PlaygroundProperties(true, null, "", null);

    assertThatThrownBy(() -> new PlaygroundAccess(open, new MockEnvironment()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("policyflow.playground.password");
    assertThatThrownBy(
            () ->
                new PlaygroundAccess(
                    open, new MockEnvironment().withProperty("server.address", "0.0.0.0")))
        .isInstanceOf(IllegalStateException.class);
    assertThat(
            new PlaygroundAccess(
                    open, new MockEnvironment().withProperty("server.address", "127.0.0.1"))
                .mode())
        .isEqualTo(PlaygroundAccess.Mode.LOOPBACK);
    assertThat(
            new PlaygroundAccess(open, new MockEnvironment().withProperty("server.address", "::1"))
                .mode())
        .isEqualTo(PlaygroundAccess.Mode.LOOPBACK);
    assertThat(
            new PlaygroundAccess(
                    new PlaygroundProperties(true, "u", "p", null), new MockEnvironment())
                .mode())
        .isEqualTo(PlaygroundAccess.Mode.BASIC);
    assertThat(
            new PlaygroundAccess(
                    new PlaygroundProperties(false, null, null, null), new MockEnvironment())
                .mode())
        .isEqualTo(PlaygroundAccess.Mode.OFF);
  }

  @Test
  void theTemporalUiUrlMustBeHttp() {
    assertThat(
            new PlaygroundAccess(
                    new PlaygroundProperties(false, null, null, "http://ui:8080/"),
                    new MockEnvironment())
                .temporalUiUrl())
        .hasValue("http://ui:8080");
    assertThat(
            new PlaygroundAccess(
                    new PlaygroundProperties(false, null, null, "javascript:alert(1)"),
                    new MockEnvironment())
                .temporalUiUrl())
        .isEmpty();
    assertThat(
            new PlaygroundAccess(
                    new PlaygroundProperties(false, null, null, null), new MockEnvironment())
                .temporalUiUrl())
        .isEmpty();
  }

  @Test
  void loopbackMeansLiteralLoopbackAddressesAndHostNames() {
    assertThat(PlaygroundAccess.isLoopback("127.0.0.1")).isTrue();
    assertThat(PlaygroundAccess.isLoopback("0:0:0:0:0:0:0:1")).isTrue();
    assertThat(PlaygroundAccess.isLoopback("10.0.0.5")).isFalse();
    assertThat(PlaygroundAccess.isLoopback("localhost")).isFalse(); // names are never resolved
    assertThat(PlaygroundAccess.isLoopbackHost("localhost:8080")).isTrue();
    assertThat(PlaygroundAccess.isLoopbackHost("app.localhost")).isTrue();
    assertThat(PlaygroundAccess.isLoopbackHost("127.0.0.1:8080")).isTrue();
    assertThat(PlaygroundAccess.isLoopbackHost("[::1]:8080")).isTrue();
    assertThat(PlaygroundAccess.isLoopbackHost("localhost.evil.example")).isFalse();
    assertThat(PlaygroundAccess.isLoopbackHost("127.0.0.1.nip.io")).isFalse();
    assertThat(PlaygroundAccess.isLoopbackHost(null)).isFalse();
  }
}
