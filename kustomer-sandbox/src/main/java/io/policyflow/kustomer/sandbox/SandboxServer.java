package io.policyflow.kustomer.sandbox;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** The JDK HTTP server the simulator answers on, with its own pool of daemon threads. */
final class SandboxServer {

  private static final int THREADS = 16;

  private final HttpServer server;
  private final ExecutorService executor;

  private SandboxServer(HttpServer server) {
    this.server = server;
    this.executor = Executors.newFixedThreadPool(THREADS, daemonThreads("kustomer-sandbox-"));
  }

  /**
   * Binds the configured address and port (0: a free one); nothing is answered before {@link
   * #start}.
   */
  static SandboxServer bind(KustomerSandboxConfig config) {
    try {
      return new SandboxServer(
          HttpServer.create(
              new InetSocketAddress(InetAddress.getByName(config.bindAddress()), config.port()),
              0));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot bind the Kustomer sandbox to " + config.bindAddress() + ":" + config.port(), e);
    }
  }

  void start(HttpHandler handler) {
    server.createContext("/", handler);
    server.setExecutor(executor);
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://<host>:<port>}; a wildcard bind is reported as 127.0.0.1. */
  String baseUrl() {
    InetAddress address = server.getAddress().getAddress();
    String host = address.isAnyLocalAddress() ? "127.0.0.1" : address.getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return "http://" + host + ":" + port();
  }

  void stop() {
    server.stop(0);
    executor.shutdownNow();
  }

  static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger counter = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
