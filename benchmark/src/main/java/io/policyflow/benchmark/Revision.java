package io.policyflow.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Which product was measured: the Git commit of the working directory, and whether it had local
 * changes.
 */
final class Revision {

  private Revision() {}

  static String describe() {
    String commit = run("git", "rev-parse", "--short", "HEAD");
    if (commit == null || commit.isBlank()) {
      return "unknown (not run from a Git checkout)";
    }
    String status =
        run("git", "--no-optional-locks", "status", "--porcelain", "--untracked-files=no");
    return commit.strip()
        + (status != null && !status.isBlank() ? " with uncommitted changes" : "");
  }

  private static String run(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      if (!p.waitFor(5, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return null;
      }
      return p.exitValue() == 0
          ? new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
          : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
