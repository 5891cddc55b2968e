package io.policyflow.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POLICYFLOW_TEMPORAL=dev}: the local stack starts {@code temporal server start-dev} with
 * its SQLite file in the user's data folder and Temporal UI, stops it when it stops, and the next
 * start finds its conversations there.
 */
@ExtendWith(TemporalDevServer.CliFound.class)
class RealServerDevModeTest {

  @TempDir Path dataHome;
  private final List<StackProcess> stacks = new ArrayList<>();

  @AfterEach
  void stopStacks() {
    stacks.forEach(StackProcess::close);
  }

  @Test
  void theStackRunsOnTemporalsOwnServerAndItsConversationsOutliveTheStack() throws Exception {
    int temporalPort = freePort();
    int uiPort = freePort();
    Map<String, String> env =
        Map.of(
            "POLICYFLOW_TEMPORAL",
            "dev",
            "POLICYFLOW_TEMPORAL_CLI",
            TemporalDevServer.CliFound.cli().toString(),
            "XDG_DATA_HOME",
            dataHome.toString(),
            "TEMPORAL_PORT",
            Integer.toString(temporalPort),
            "TEMPORAL_UI_PORT",
            Integer.toString(uiPort),
            "SANDBOX_PORT",
            "0");

    StackProcess stack = start(env);
    Http api = stack.api();
    assertThat(
            api.post(
                    "/v1/refunds",
                    "{\"conversationId\":\"rd-1\",\"context\":{\"customerName\":\"Jane\"}}")
                .status())
        .isEqualTo(201);
    assertThat(api.say("rd-1", "m1", "jane.doe@example.com")).contains("#000000101");
    assertThat(api.get("/dev/clock").status()).isEqualTo(409);
    // Temporal UI serves its page, and lists the conversation's workflow through its API
    assertThat(get("http://127.0.0.1:" + uiPort + "/").statusCode()).isEqualTo(200);
    HttpResponse<String> listed =
        get(
            "http://127.0.0.1:"
                + uiPort
                + "/api/v1/namespaces/default/workflows?query=WorkflowId%3D%27refund-rd-1%27");
    assertThat(listed.statusCode()).isEqualTo(200);
    assertThat(listed.body()).contains("\"refund-rd-1\"", "\"RefundWorkflow\"");
    assertThat(dataHome.resolve("policyflow").resolve("temporal.db")).isNotEmptyFile();
    JsonNode beforeStop = api.get("/v1/refunds/rd-1").body();

    stack.stop();
    // the stack stopped its Temporal server
    assertThatThrownBy(() -> connect(temporalPort)).isInstanceOf(IOException.class);

    api = start(env).api();
    JsonNode afterRestart = api.getWhenAvailable("/v1/refunds/rd-1").body();
    assertThat(afterRestart.get("messages")).isEqualTo(beforeStop.get("messages"));
    assertThat(afterRestart.get("awaiting").asText()).isEqualTo("ORDER");
    assertThat(api.sayWhenAvailable("rd-1", "m2", "000000101"))
        .contains("unused and in their original packaging");
    stacks.get(1).stop();
  }

  private StackProcess start(Map<String, String> env) {
    StackProcess stack =
        StackProcess.start(
            env,
            Path.of("target", "real-server-dev-mode", "stack-" + (stacks.size() + 1) + ".log"));
    stacks.add(stack);
    return stack;
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void connect(int port) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
