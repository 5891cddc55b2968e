package io.policyflow.local;

import static org.junit.jupiter.api.Assertions.fail;

import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Temporal's own server for a test class ({@code @RegisterExtension static}): {@code temporal
 * server start-dev} from Temporal's CLI ({@link TemporalCli}: {@code POLICYFLOW_TEMPORAL_CLI},
 * {@code temporal} on PATH, or the cache {@code .ci/run} builds it into), headless, on free ports
 * of 127.0.0.1, its SQLite file in a temporary directory, started before the class's tests and
 * stopped after them. Without the CLI the class is skipped, saying how to get it, except on CI
 * ({@code CI=true}), where that fails. The server's log: {@code target/temporal-dev-server/}.
 */
final class TemporalDevServer implements ExecutionCondition, BeforeAllCallback, AfterAllCallback {

  private final boolean searchAttributes;
  private TemporalCliServer.Settings settings;
  private TemporalCliServer server;
  private Path directory;
  private WorkflowServiceStubs stubs;

  private TemporalDevServer(boolean searchAttributes) {
    this.searchAttributes = searchAttributes;
  }

  /** The refund workflow's search attributes registered at startup ({@code --search-attribute}). */
  static TemporalDevServer withSearchAttributes() {
    return new TemporalDevServer(true);
  }

  /** No search attribute registered: whoever uses the server registers what it needs. */
  static TemporalDevServer withoutSearchAttributes() {
    return new TemporalDevServer(false);
  }

  /**
   * Skips the class, saying how to get the CLI, when there is none; on CI {@link #beforeAll} fails
   * instead.
   */
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return CliFound.evaluate();
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    Path cli = CliFound.cli();
    directory = Files.createTempDirectory("policyflow-temporal-");
    Path log =
        Path.of(
            "target",
            "temporal-dev-server",
            context.getRequiredTestClass().getSimpleName() + ".log");
    settings =
        new TemporalCliServer.Settings(
            cli,
            freePort(),
            0,
            freePort(),
            freePort(),
            directory.resolve("temporal.db"),
            log,
            searchAttributes);
    server = TemporalCliServer.start(settings);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    try {
      if (stubs != null) {
        stubs.shutdownNow();
      }
      if (server != null) {
        server.stop();
      }
    } finally {
      deleteDirectory();
    }
  }

  /** host:port of the server's gRPC frontend. */
  String target() {
    return server.target();
  }

  /**
   * A client of the default namespace, as an operator's tool would have (closed after the class).
   */
  WorkflowClient client() {
    if (stubs == null) {
      stubs =
          WorkflowServiceStubs.newServiceStubs(
              WorkflowServiceStubsOptions.newBuilder().setTarget(target()).build());
    }
    return WorkflowClient.newInstance(stubs);
  }

  /**
   * Stops the server (SIGTERM, waiting for its end) and starts it again on the same ports and
   * SQLite file.
   */
  void restart() {
    server.stop();
    server = TemporalCliServer.start(settings);
  }

  /**
   * For a class that runs the CLI itself ({@code @ExtendWith(TemporalDevServer.CliFound.class)}):
   * skipped without the CLI, saying how to get it; on CI ({@code CI=true}) {@link #cli()} fails
   * instead.
   */
  static final class CliFound implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return evaluate();
    }

    static ConditionEvaluationResult evaluate() {
      return TemporalCli.find(System.getenv()).isPresent()
              || "true".equalsIgnoreCase(System.getenv("CI"))
          ? ConditionEvaluationResult.enabled("Temporal's CLI is there, or CI=true requires it")
          : ConditionEvaluationResult.disabled(TemporalCli.howToInstall(System.getenv()));
    }

    /**
     * The CLI; fails the test when there is none (reached only on CI, the condition skips
     * elsewhere).
     */
    static Path cli() {
      return TemporalCli.find(System.getenv())
          .orElseGet(
              () ->
                  fail(
                      TemporalCli.howToInstall(System.getenv())
                          + ". CI=true, so a missing Temporal CLI fails the build instead of skipping."));
    }
  }

  private void deleteDirectory() {
    if (directory == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // a temporary directory left behind is harmless
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
