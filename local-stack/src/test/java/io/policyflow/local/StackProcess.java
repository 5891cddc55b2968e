package io.policyflow.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The local stack in a process of its own ({@code LocalStackApplication}, this test's classpath),
 * so that a test can kill it the way a crash or {@code kill -9} would: no shutdown hook, no goodbye
 * to Temporal.
 */
final class StackProcess implements AutoCloseable {

  static final String TOKEN = "restart-test-token";
  private static final Duration STARTUP = Duration.ofSeconds(120);

  private final Process process;
  private final int port;
  private final Path log;

  private StackProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts the stack with this environment (on top of a free SERVER_PORT and the test token); waits
   * until UP.
   */
  static StackProcess start(Map<String, String> environment, Path log) {
    int port = freePort();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
            List.of(
                java,
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                LocalStackApplication.class.getName()));
    Map<String, String> env = builder.environment();
    env.keySet()
        .removeIf(
            name ->
                name.startsWith("TEMPORAL_")
                    || name.startsWith("MAGENTO_")
                    || name.startsWith("SANDBOX_")
                    || name.startsWith("POLICYFLOW_")
                    || name.startsWith("KUSTOMER_"));
    env.putAll(environment);
    env.put("SERVER_PORT", Integer.toString(port));
    env.put("POLICYFLOW_API_TOKEN", TOKEN);
    try {
      Files.createDirectories(log.getParent());
      builder
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      StackProcess stack = new StackProcess(builder.start(), port, log);
      stack.awaitUp();
      return stack;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Http api() {
    return new Http(port, TOKEN);
  }

  /**
   * SIGKILL, as a crash would: the JVM gets no chance to stop its worker or close its connections.
   */
  void kill() {
    process.destroyForcibly();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        throw new AssertionError("the stack did not die");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * SIGTERM, as Ctrl-C would: the JVM's shutdown hooks run; SIGKILL if it has not ended within 60
   * s.
   */
  void stop() {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        close();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** SIGKILL to the stack and to whatever it started. */
  @Override
  public void close() {
    if (process.isAlive()) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      kill();
    }
  }

  private void awaitUp() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError(
            "the stack exited with " + process.exitValue() + "; its log: " + log);
      }
      try {
        if (http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(Duration.ofMillis(250));
    }
    kill();
    throw new AssertionError("the stack was not UP within " + STARTUP + "; its log: " + log);
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
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
