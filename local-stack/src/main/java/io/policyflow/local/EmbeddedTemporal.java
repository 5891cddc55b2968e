package io.policyflow.local;

import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.ServerInterceptor;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.temporal.internal.testservice.GRPCServerHelper;
import io.temporal.internal.testservice.TestServicesStarter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Temporal's own test server, bound to an address and a port, with time skipping locked: timers run
 * on the wall clock until someone skips time explicitly ({@link #clock()}). State lives in memory
 * only.
 *
 * <p>The server has no authentication: whoever reaches its port can read every history and start
 * runs. It listens on {@value #DEFAULT_BIND_ADDRESS} unless {@value #BIND_ADDRESS_ENV} names
 * another address (for instance {@code 0.0.0.0} inside a container whose port is published to the
 * host's loopback only).
 *
 * <p>Built like {@code TestServer.createPortBoundServer(port, true)} (which binds every interface),
 * with two differences: the bind address, and, for a server that outlives its workers ({@link
 * #startStandalone}), no sticky queues ({@link NoStickyQueues}).
 */
public final class EmbeddedTemporal implements AutoCloseable {

  /** The environment variable naming the address the server listens on. */
  public static final String BIND_ADDRESS_ENV = "POLICYFLOW_TEMPORAL_BIND_ADDRESS";

  /** This machine only. */
  public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";

  private final InetAddress address;
  private final TestServicesStarter services;
  private final Server server;
  private final TemporalClock clock;

  private EmbeddedTemporal(InetAddress address, int port, List<ServerInterceptor> interceptors) {
    this.address = address;
    this.services = new TestServicesStarter(true, 0);
    ServerBuilder<?> builder = NettyServerBuilder.forAddress(new InetSocketAddress(address, port));
    GRPCServerHelper.registerServicesAndHealthChecks(services.getServices(), builder, interceptors);
    try {
      this.server = builder.build().start();
    } catch (IOException e) {
      services.close();
      throw new UncheckedIOException(
          "Temporal's test server could not listen on "
              + address.getHostAddress()
              + " port "
              + port,
          e);
    }
    this.clock = TemporalClock.at(target());
  }

  /**
   * Starts the server in the JVM of its only worker, on 127.0.0.1 and this port (0: any free port).
   */
  public static EmbeddedTemporal start(int port) {
    return start(DEFAULT_BIND_ADDRESS, port);
  }

  /**
   * Starts the server in the JVM of its only worker, on this address and port (0: any free port).
   */
  public static EmbeddedTemporal start(String bindAddress, int port) {
    return started(new EmbeddedTemporal(address(bindAddress), port, List.of()));
  }

  /**
   * Starts a server for workers that come and go (restarts, kills), on 127.0.0.1 and this port (0:
   * any).
   */
  public static EmbeddedTemporal startStandalone(int port) {
    return startStandalone(DEFAULT_BIND_ADDRESS, port);
  }

  /**
   * Starts a server for workers that come and go (restarts, kills), on this address and port (0:
   * any).
   */
  public static EmbeddedTemporal startStandalone(String bindAddress, int port) {
    return started(new EmbeddedTemporal(address(bindAddress), port, List.of(new NoStickyQueues())));
  }

  /**
   * {@value #BIND_ADDRESS_ENV} from this environment, or {@value #DEFAULT_BIND_ADDRESS} when unset
   * or blank.
   */
  public static String bindAddress(Map<String, String> env) {
    String value = env.get(BIND_ADDRESS_ENV);
    return value == null || value.isBlank() ? DEFAULT_BIND_ADDRESS : value.strip();
  }

  private static EmbeddedTemporal started(EmbeddedTemporal temporal) {
    SearchAttributes.register(temporal.target(), "default");
    return temporal;
  }

  /**
   * Where clients on this machine reach the server: the bound address, or 127.0.0.1 for a wildcard
   * bind.
   */
  public String target() {
    InetAddress reachable =
        address.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : address;
    String host =
        reachable instanceof Inet6Address
            ? "[" + reachable.getHostAddress() + "]"
            : reachable.getHostAddress();
    return host + ":" + port();
  }

  /** The address the server listens on. */
  public InetAddress bindAddress() {
    return address;
  }

  /** The port the server listens on (the one chosen when started with port 0). */
  public int port() {
    return server.getPort();
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

  private static InetAddress address(String bindAddress) {
    String value =
        bindAddress == null || bindAddress.isBlank() ? DEFAULT_BIND_ADDRESS : bindAddress.strip();
    if (value.startsWith("[") && value.endsWith("]")) {
      value = value.substring(1, value.length() - 1);
    }
    try {
      return InetAddress.getByName(value);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(
          BIND_ADDRESS_ENV
              + " must be an address of this machine (such as 127.0.0.1 or 0.0.0.0), got "
              + value,
          e);
    }
  }
}
