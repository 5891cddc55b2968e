package io.policyflow.local;

import io.policyflow.sandbox.MagentoSandbox;
import io.policyflow.sandbox.SandboxMain;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * What the local stack talks to, in a process of its own, so that the stack can be stopped, killed
 * and started again without losing a conversation: Temporal's test server (time locked, no sticky
 * queues: {@link NoStickyQueues}) and the Magento sandbox. Start the stack with the {@code
 * TEMPORAL_ADDRESS} and {@code MAGENTO_BASE_URL} it prints.
 *
 * <p>{@code ./mvnw -pl local-stack -am spring-boot:run
 * -Dstart-class=io.policyflow.local.DevServices}. Environment: {@code TEMPORAL_PORT} (7233), {@code
 * POLICYFLOW_TEMPORAL_BIND_ADDRESS} (127.0.0.1: this machine only; the server has no
 * authentication); the sandbox's ({@code SANDBOX_PORT} 8089, {@code MAGENTO_ACCESS_TOKEN}, {@code
 * SANDBOX_FIXTURE}, ...); {@code MAGENTO_BASE_URL} set: no sandbox (a real store is used). State
 * lives in this process's memory: stopping it ends every conversation.
 */
public final class DevServices implements AutoCloseable {

  private final EmbeddedTemporal temporal;
  private final MagentoSandbox sandbox;

  private DevServices(EmbeddedTemporal temporal, MagentoSandbox sandbox) {
    this.temporal = temporal;
    this.sandbox = sandbox;
  }

  public static DevServices start(Map<String, String> env) {
    EmbeddedTemporal temporal =
        EmbeddedTemporal.startStandalone(
            EmbeddedTemporal.bindAddress(env),
            Integer.parseInt(env.getOrDefault("TEMPORAL_PORT", "7233").trim()));
    String store = env.get("MAGENTO_BASE_URL");
    if (store != null && !store.isBlank()) {
      return new DevServices(temporal, null);
    }
    try {
      return new DevServices(temporal, MagentoSandbox.start(SandboxMain.fromEnvironment(env)));
    } catch (RuntimeException e) {
      temporal.close();
      throw e;
    }
  }

  public EmbeddedTemporal temporal() {
    return temporal;
  }

  /** The sandbox, or null when {@code MAGENTO_BASE_URL} names a store. */
  public MagentoSandbox sandbox() {
    return sandbox;
  }

  /** The environment a local stack needs to use these services. */
  public Map<String, String> stackEnvironment() {
    return sandbox == null
        ? Map.of("TEMPORAL_ADDRESS", temporal.target())
        : Map.of("TEMPORAL_ADDRESS", temporal.target(), "MAGENTO_BASE_URL", sandbox.baseUrl());
  }

  @Override
  public void close() {
    try {
      if (sandbox != null) {
        sandbox.close();
      }
    } finally {
      temporal.close();
    }
  }

  public static void main(String[] args) throws InterruptedException {
    DevServices services = start(System.getenv());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  services.close();
                  stopped.countDown();
                },
                "dev-services-shutdown"));
    String exports =
        services.stackEnvironment().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> e.getKey() + "=" + e.getValue())
            .reduce((a, b) -> a + " " + b)
            .orElse("");
    System.out.println();
    System.out.println(
        "Policyflow dev services are ready (Ctrl-C stops them and ends every conversation)");
    System.out.println(
        "  Temporal   " + services.temporal.target() + " (Temporal's test server, time locked)");
    if (services.sandbox != null) {
      System.out.println("  Magento    " + services.sandbox.baseUrl() + " (sandbox, demo data)");
    }
    System.out.println("  Start the stack against them, and restart it at will:");
    System.out.println("    " + exports + " ./mvnw -pl local-stack -am spring-boot:run");
    System.out.println();
    System.out.flush();
    stopped.await();
  }
}
