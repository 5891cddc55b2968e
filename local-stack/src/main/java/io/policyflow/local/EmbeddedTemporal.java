package io.policyflow.local;

import com.google.protobuf.util.Durations;
import com.google.protobuf.util.Timestamps;
import io.temporal.api.testservice.v1.SleepRequest;
import io.temporal.serviceclient.TestServiceStubs;
import io.temporal.serviceclient.TestServiceStubsOptions;
import io.temporal.testserver.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;

/**
 * Temporal's own test server, bound to a port, with time skipping locked: timers run on the wall clock until
 * someone skips time explicitly ({@link #skip}). State lives in memory only.
 */
public final class EmbeddedTemporal implements AutoCloseable {

  private final int port;
  private final TestServer.PortBoundTestServer server;
  private final TestServiceStubs testService;

  private EmbeddedTemporal(int port) {
    this.port = port;
    this.server = TestServer.createPortBoundServer(port, true);
    this.testService =
        TestServiceStubs.newServiceStubs(TestServiceStubsOptions.newBuilder().setTarget(target()).validateAndBuildWithDefaults());
  }

  /** Starts the server on this port (0: any free port). */
  public static EmbeddedTemporal start(int port) {
    EmbeddedTemporal temporal = new EmbeddedTemporal(port == 0 ? freePort() : port);
    SearchAttributes.register(temporal.target(), "default");
    return temporal;
  }

  public String target() {
    return "127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  /** The server's current time. */
  public Instant now() {
    var time = testService.blockingStub().getCurrentTime(com.google.protobuf.Empty.getDefaultInstance()).getTime();
    return Instant.ofEpochMilli(Timestamps.toMillis(time));
  }

  /**
   * Moves the server's clock forward by {@code duration}, firing every timer due on the way, then locks time
   * again. Returns the server's time after the skip.
   */
  public Instant skip(Duration duration) {
    testService
        .blockingStub()
        .unlockTimeSkippingWithSleep(
            SleepRequest.newBuilder().setDuration(Durations.fromMillis(duration.toMillis())).build());
    return now();
  }

  @Override
  public void close() {
    testService.shutdownNow();
    server.close();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
