package io.policyflow.local;

import java.util.concurrent.CountDownLatch;

/**
 * Temporal's test server alone, on {@code TEMPORAL_PORT} (7233), with the search attributes registered: start it
 * once, point the local stack at it with {@code TEMPORAL_ADDRESS=127.0.0.1:7233}, and the stack can be stopped and
 * started again without losing a conversation. Time is locked; conversations keep their state until this process
 * ends.
 */
public final class TemporalDevServer {

  private TemporalDevServer() {}

  public static void main(String[] args) throws InterruptedException {
    int port = Integer.parseInt(System.getenv().getOrDefault("TEMPORAL_PORT", "7233"));
    EmbeddedTemporal temporal = EmbeddedTemporal.start(port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      temporal.close();
      stopped.countDown();
    }, "temporal-dev-server-shutdown"));
    System.out.println("Temporal dev server on " + temporal.target()
        + " (search attributes registered). Start the stack with TEMPORAL_ADDRESS=" + temporal.target());
    stopped.await();
  }
}
