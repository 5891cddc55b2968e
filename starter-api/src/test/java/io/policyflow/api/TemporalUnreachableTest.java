package io.policyflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The API pointed at a Temporal address where nothing listens: every /v1 call is a quick 503. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "policyflow.api.token=unreachable-token",
      "policyflow.api.turn-timeout=1s",
      "policyflow.codec.allow-plaintext=true"
    })
class TemporalUnreachableTest {

  @DynamicPropertySource
  static void temporalAtAClosedPort(DynamicPropertyRegistry registry) {
    registry.add("spring.temporal.connection.target", () -> "127.0.0.1:" + closedPort());
  }

  static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Value("${local.server.port}")
  int port;

  @Test
  void everyCallAnswers503WithRetryAfterWhenTemporalIsUnreachable() {
    ApiClient api = new ApiClient(port, "unreachable-token");
    long started = System.nanoTime();

    Response opened = api.postJson("/v1/refunds", "{\"conversationId\": \"c-1\"}");
    Response replied =
        api.postJson("/v1/refunds/c-1/messages", "{\"messageId\": \"m-1\", \"text\": \"hi\"}");
    Response read = api.get("/v1/refunds/c-1");

    for (Response response : new Response[] {opened, replied, read}) {
      RefundsApiTest.assertProblem(response, 503);
      assertThat(response.header("Retry-After")).isEqualTo("5");
      assertThat(response.json().get("type").asString()).contains("temporal-unavailable");
    }
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void badInputIsStill400AndHealthIsUp() {
    ApiClient api = new ApiClient(port, "unreachable-token");
    RefundsApiTest.assertProblem(
        api.postJson("/v1/refunds", "{\"conversationId\": \"no good\"}"), 400);
    assertThat(api.send(api.request("/actuator/health", null).GET()).status()).isEqualTo(200);
  }
}
