package io.policyflow.local;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where Temporal's CLI is, whose {@code temporal server start-dev} runs Temporal's own server
 * (SQLite, visibility, sticky queues, Temporal UI): {@code POLICYFLOW_TEMPORAL_CLI}, else {@code
 * temporal} on {@code PATH}, else the cache that {@code .ci/run} builds it into ({@code
 * ${XDG_CACHE_HOME:-$HOME/.cache}/policyflow/temporal-cli/v1.5.1/}).
 */
public final class TemporalCli {

  /** The version {@code .ci/run} builds (docs/temporal-server.md says why not a newer one). */
  public static final String VERSION = "v1.5.1";

  /** Names the CLI to use explicitly. */
  public static final String ENVIRONMENT_VARIABLE = "POLICYFLOW_TEMPORAL_CLI";

  private TemporalCli() {}

  /**
   * The CLI, or empty when there is none.
   *
   * @throws IllegalStateException when {@code POLICYFLOW_TEMPORAL_CLI} names something that is not
   *     an executable
   */
  public static Optional<Path> find(Map<String, String> env) {
    String named = env.get(ENVIRONMENT_VARIABLE);
    if (named != null && !named.isBlank()) {
      Path cli = Path.of(named.trim());
      if (!Files.isExecutable(cli)) {
        throw new IllegalStateException(
            ENVIRONMENT_VARIABLE + "=" + named + " is not an executable file");
      }
      return Optional.of(cli);
    }
    String path = env.getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isBlank() && Files.isExecutable(Path.of(dir, "temporal"))) {
        return Optional.of(Path.of(dir, "temporal"));
      }
    }
    return cacheDirectory(env).map(dir -> dir.resolve("temporal")).filter(Files::isExecutable);
  }

  /**
   * {@code ${XDG_CACHE_HOME:-$HOME/.cache}/policyflow/temporal-cli/v1.5.1}, when either variable is
   * set.
   */
  public static Optional<Path> cacheDirectory(Map<String, String> env) {
    String xdg = env.get("XDG_CACHE_HOME");
    String home = env.get("HOME");
    Path cache =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : home != null && !home.isBlank() ? Path.of(home, ".cache") : null;
    return Optional.ofNullable(cache)
        .map(dir -> dir.resolve("policyflow").resolve("temporal-cli").resolve(VERSION));
  }

  /** One sentence on how to get the CLI, for the messages of whoever needs it. */
  public static String howToInstall(Map<String, String> env) {
    String dir = cacheDirectory(env).map(Path::toString).orElse("<dir>");
    return "Temporal's CLI was not found ("
        + ENVIRONMENT_VARIABLE
        + ", `temporal` on PATH, "
        + dir
        + "): build it"
        + " with Go >= 1.25, `GOBIN="
        + dir
        + " go install github.com/temporalio/cli/cmd/temporal@"
        + VERSION
        + "` (what .ci/run does), or set "
        + ENVIRONMENT_VARIABLE;
  }
}
