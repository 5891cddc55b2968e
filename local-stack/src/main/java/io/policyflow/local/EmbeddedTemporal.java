package io.policyflow.local;

import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.ServerInterceptor;
import io.temporal.internal.testservice.GRPCServerHelper;
import io.temporal.internal.testservice.TestServicesStarter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Temporal's own test server, bound to a port, with time skipping locked: timers run on the wall clock until
 * someone skips time explicitly ({@link #clock()}). State lives in memory only.
 *
 * <p>Built like {@code TestServer.createPortBoundServer(port, true)}, with one difference for a server that outlives
 * its workers ({@link #startStandalone}): no sticky queues ({@link NoStickyQueues}).
 */
public final class EmbeddedTemporal implements AutoCloseable {

  private final int port;
  private final TestServicesStarter services;
  private final Server server;
  private final TemporalClock clock;

  private EmbeddedTemporal(int port, List<ServerInterceptor> interceptors) {
    this.port = port;
    this.services = new TestServicesStarter(true, 0);
    ServerBuilder<?> builder = Grpc.newServerBuilderForPort(port, InsecureServerCredentials.create());
    GRPCServerHelper.registerServicesAndHealthChecks(services.getServices(), builder, interceptors);
    try {
      this.server = builder.build().start();
    } catch (IOException e) {
      services.close();
      throw new UncheckedIOException("Temporal's test server could not listen on port " + port, e);
    }
    this.clock = TemporalClock.at(target());
  }

  /** Starts the server in the JVM of its only worker, on this port (0: any free port). */
  public static EmbeddedTemporal start(int port) {
    return started(new EmbeddedTemporal(port == 0 ? freePort() : port, List.of()));
  }

  /** Starts a server for workers that come and go (restarts, kills), on this port (0: any free port). */
  public static EmbeddedTemporal startStandalone(int port) {
    return started(new EmbeddedTemporal(port == 0 ? freePort() : port, List.of(new NoStickyQueues())));
  }

  private static EmbeddedTemporal started(EmbeddedTemporal temporal) {
    SearchAttributes.register(temporal.target(), "default");
    return temporal;
  }

  public String target() {
    return "127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  public TemporalClock clock() {
    return clock;
  }

  @Override
  public void close() {
    clock.close();
    server.shutdownNow();
    try {
      server.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    services.close();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
