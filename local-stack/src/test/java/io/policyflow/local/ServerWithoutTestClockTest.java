package io.policyflow.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.BindableService;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.temporal.internal.testservice.GRPCServerHelper;
import io.temporal.internal.testservice.TestServicesStarter;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The local stack with TEMPORAL_ADDRESS naming a server that, like Temporal's own, has the workflow
 * and operator services but no test clock: conversations run, and the clock endpoints say why they
 * cannot move time.
 */
class ServerWithoutTestClockTest {

  private static final String TOKEN = "no-test-clock-token";
  private static TestServicesStarter temporal;
  private static Server server;
  private static LocalStack stack;
  private static Http api;

  @BeforeAll
  static void start() throws IOException {
    temporal = new TestServicesStarter(true, 0);
    ServerBuilder<?> builder = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create());
    List<BindableService> withoutTestService =
        List.of(temporal.getWorkflowService(), temporal.getOperatorService());
    GRPCServerHelper.registerServicesAndHealthChecks(withoutTestService, builder);
    server = builder.build().start();
    stack =
        LocalStack.start(
            Map.of("TEMPORAL_ADDRESS", "127.0.0.1:" + server.getPort(), "SANDBOX_PORT", "0"),
            "--server.port=0",
            "--policyflow.api.token=" + TOKEN);
    api = new Http(stack.apiPort(), TOKEN);
  }

  @AfterAll
  static void stop() {
    if (stack != null) {
      stack.close();
    }
    server.shutdownNow();
    temporal.close();
  }

  @Test
  void conversationsRunOnIt() {
    assertThat(api.post("/v1/refunds", "{\"conversationId\":\"nc-1\"}").status()).isEqualTo(201);
    assertThat(api.say("nc-1", "m1", "jane.doe@example.com")).contains("#000000101");
  }

  @Test
  void theClockEndpointsAnswerThatOnlyATestServerCanMoveTime() {
    for (Http.Response response :
        List.of(api.get("/dev/clock"), api.post("/dev/clock/skip", "{\"duration\":\"P1D\"}"))) {
      assertThat(response.status()).isEqualTo(409);
      assertThat(response.raw().headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(response.body().get("detail").asText()).contains("Temporal's test server");
    }
  }

  @Test
  void thePlaygroundHidesItsClock() {
    Http.Response settings = api.get("/playground/api/settings");

    assertThat(settings.status()).isEqualTo(200);
    assertThat(settings.body().get("clock").asBoolean()).isFalse();
    assertThat(settings.body().get("sandbox").asBoolean()).isTrue();
  }
}
