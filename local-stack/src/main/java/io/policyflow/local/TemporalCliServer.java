package io.policyflow.local;

import io.grpc.StatusRuntimeException;
import io.policyflow.refund.client.RefundWorkflowNames;
import io.temporal.api.operatorservice.v1.ListSearchAttributesRequest;
import io.temporal.common.SearchAttributeKey;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Temporal's own server as {@code temporal server start-dev} runs it (Temporal's CLI, {@link
 * TemporalCli}): SQLite in one file (kept across restarts), visibility, the refund workflow's
 * search attributes, bound to 127.0.0.1. Started as a child process, with no shutdown hook of its
 * own: whoever starts it stops it ({@link #stop()}).
 */
public final class TemporalCliServer implements AutoCloseable {

  private static final Duration STARTUP = Duration.ofSeconds(90);
  private static final Duration GRACEFUL_STOP = Duration.ofSeconds(20);

  /**
   * How to run it.
   *
   * @param cli Temporal's CLI
   * @param port the gRPC frontend's port
   * @param uiPort Temporal UI's port, 0 for none ({@code --headless})
   * @param httpPort the HTTP API's port, 0 for a free one the CLI chooses
   * @param metricsPort the metrics endpoint's port, 0 for a free one the CLI chooses
   * @param database the SQLite file (created when missing)
   * @param log where the server's output goes (appended)
   * @param searchAttributes register the refund workflow's search attributes at startup ({@code
   *     --search-attribute})
   */
  public record Settings(
      Path cli,
      int port,
      int uiPort,
      int httpPort,
      int metricsPort,
      Path database,
      Path log,
      boolean searchAttributes) {

    List<String> command() {
      List<String> command =
          new ArrayList<>(
              List.of(
                  cli.toString(),
                  "server",
                  "start-dev",
                  "--ip",
                  "127.0.0.1",
                  "--port",
                  Integer.toString(port),
                  "--db-filename",
                  database.toString(),
                  "--namespace",
                  "default",
                  "--log-level",
                  "warn"));
      if (uiPort == 0) {
        command.add("--headless");
      } else {
        command.addAll(List.of("--ui-port", Integer.toString(uiPort)));
      }
      if (httpPort != 0) {
        command.addAll(List.of("--http-port", Integer.toString(httpPort)));
      }
      if (metricsPort != 0) {
        command.addAll(List.of("--metrics-port", Integer.toString(metricsPort)));
      }
      if (searchAttributes) {
        RefundWorkflowNames.SEARCH_ATTRIBUTES.forEach(
            key -> command.addAll(List.of("--search-attribute", key.getName() + "=Keyword")));
      }
      return command;
    }
  }

  private final Settings settings;
  private final Process process;

  private TemporalCliServer(Settings settings, Process process) {
    this.settings = settings;
    this.process = process;
  }

  /**
   * Starts the server and waits until it serves the default namespace (with its search attributes,
   * if asked).
   */
  public static TemporalCliServer start(Settings settings) {
    requireFree(settings.port());
    ProcessBuilder builder = new ProcessBuilder(settings.command()).redirectErrorStream(true);
    Process process;
    try {
      Files.createDirectories(settings.log().toAbsolutePath().getParent());
      Files.createDirectories(settings.database().toAbsolutePath().getParent());
      builder.redirectOutput(ProcessBuilder.Redirect.appendTo(settings.log().toFile()));
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + settings.cli(), e);
    }
    TemporalCliServer server = new TemporalCliServer(settings, process);
    try {
      server.awaitReady();
    } catch (RuntimeException | Error e) {
      server.kill();
      throw e;
    }
    return server;
  }

  public String target() {
    return "127.0.0.1:" + settings.port();
  }

  public Settings settings() {
    return settings;
  }

  /**
   * Stops the server (SIGTERM to it and to what it started, SIGKILL after 20 s) and waits for its
   * end.
   */
  public void stop() {
    if (!process.isAlive()) {
      return;
    }
    List<ProcessHandle> children = process.descendants().toList();
    children.forEach(ProcessHandle::destroy);
    process.destroy();
    if (!awaitExit(GRACEFUL_STOP)) {
      children.forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      awaitExit(Duration.ofSeconds(10));
    }
  }

  /** SIGKILL to the server and what it started, as a crash would; waits for the end. */
  public void kill() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    awaitExit(Duration.ofSeconds(10));
  }

  @Override
  public void close() {
    stop();
  }

  private boolean awaitExit(Duration within) {
    try {
      return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void awaitReady() {
    Set<String> wanted =
        settings.searchAttributes()
            ? RefundWorkflowNames.SEARCH_ATTRIBUTES.stream()
                .map(SearchAttributeKey::getName)
                .collect(Collectors.toSet())
            : Set.of();
    OperatorServiceStubs operator =
        OperatorServiceStubs.newServiceStubs(
            OperatorServiceStubsOptions.newBuilder()
                .setTarget(target())
                .validateAndBuildWithDefaults());
    try {
      long deadline = System.nanoTime() + STARTUP.toNanos();
      String lastError = "no answer";
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException(
              "temporal server start-dev exited with "
                  + process.exitValue()
                  + ": "
                  + tail(settings.log()));
        }
        try {
          Set<String> defined =
              operator
                  .blockingStub()
                  .withDeadlineAfter(2, TimeUnit.SECONDS)
                  .listSearchAttributes(
                      ListSearchAttributesRequest.newBuilder().setNamespace("default").build())
                  .getCustomAttributesMap()
                  .keySet();
          if (defined.containsAll(wanted)) {
            return;
          }
          lastError = "search attributes not registered yet";
        } catch (StatusRuntimeException notYet) {
          lastError = notYet.getStatus().toString();
        }
        sleep(Duration.ofMillis(200));
      }
      throw new IllegalStateException(
          "temporal server start-dev did not serve the default namespace on "
              + target()
              + " within "
              + STARTUP
              + " ("
              + lastError
              + "): "
              + tail(settings.log()));
    } finally {
      operator.shutdownNow();
    }
  }

  /**
   * A server already on the port would answer the readiness probe for this one, which then fails to
   * bind.
   */
  private static void requireFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress("127.0.0.1", port));
    } catch (IOException e) {
      throw new IllegalStateException(
          "port "
              + port
              + " of 127.0.0.1 is in use (another Temporal server?): choose"
              + " another, or point TEMPORAL_ADDRESS at that server",
          e);
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return log
          + ":\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return log.toString();
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
