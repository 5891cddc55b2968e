package io.policyflow.local;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POLICYFLOW_TEMPORAL=dev}: the local stack runs on Temporal's own server, {@code temporal
 * server start-dev} (Temporal's CLI, found as {@link TemporalCli} says), instead of the embedded
 * test server. Its SQLite file is kept in the user's data folder ({@code
 * ${XDG_DATA_HOME:-$HOME/.local/share}/policyflow/temporal.db}, the server's log beside it), so
 * conversations outlive the stack; Temporal UI is on {@code TEMPORAL_UI_PORT} (8233), the server on
 * {@code TEMPORAL_PORT} (7233), both on 127.0.0.1. Time is not locked: {@code /dev/clock} answers
 * 409.
 */
final class TemporalDevMode {

  static final String VARIABLE = "POLICYFLOW_TEMPORAL";

  private TemporalDevMode() {}

  /**
   * The server, started, when {@code POLICYFLOW_TEMPORAL=dev}; empty when unset or {@code
   * embedded}.
   */
  static Optional<TemporalCliServer> startIfAsked(Map<String, String> env) {
    String mode = env.getOrDefault(VARIABLE, "").trim();
    if (mode.isEmpty() || mode.equals("embedded")) {
      return Optional.empty();
    }
    if (!mode.equals("dev")) {
      throw new IllegalArgumentException(VARIABLE + " must be dev or embedded, got " + mode);
    }
    String address = env.get("TEMPORAL_ADDRESS");
    if (address != null && !address.isBlank()) {
      throw new IllegalArgumentException(
          VARIABLE
              + "=dev starts a Temporal server of its own: unset TEMPORAL_ADDRESS"
              + " ("
              + address
              + ") or "
              + VARIABLE);
    }
    Path cli =
        TemporalCli.find(env)
            .orElseThrow(() -> new IllegalStateException(TemporalCli.howToInstall(env)));
    Path data = dataDirectory(env);
    return Optional.of(
        TemporalCliServer.start(
            new TemporalCliServer.Settings(
                cli,
                Integer.parseInt(env.getOrDefault("TEMPORAL_PORT", "7233").trim()),
                Integer.parseInt(env.getOrDefault("TEMPORAL_UI_PORT", "8233").trim()),
                0,
                0,
                data.resolve("temporal.db"),
                data.resolve("temporal.log"),
                true)));
  }

  /** {@code ${XDG_DATA_HOME:-$HOME/.local/share}/policyflow}. */
  static Path dataDirectory(Map<String, String> env) {
    String xdg = env.get("XDG_DATA_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "policyflow");
    }
    String home = env.get("HOME");
    return Path.of(
        home != null && !home.isBlank() ? home : System.getProperty("user.home"),
        ".local",
        "share",
        "policyflow");
  }

  /** What the stack's banner says about the server. */
  static String describe(TemporalCliServer server) {
    return "  Temporal's own server (POLICYFLOW_TEMPORAL=dev) at "
        + server.target()
        + ", Temporal UI http://127.0.0.1:"
        + server.settings().uiPort()
        + "/, its state in "
        + server.settings().database()
        + " (kept)";
  }
}
