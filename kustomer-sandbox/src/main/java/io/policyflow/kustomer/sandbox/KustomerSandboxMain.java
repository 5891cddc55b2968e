package io.policyflow.kustomer.sandbox;

import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator as a process. Environment:
 *
 * <ul>
 *   <li>{@code KUSTOMER_SANDBOX_PORT} (default 8090), {@code KUSTOMER_SANDBOX_BIND} (default
 *       127.0.0.1)
 *   <li>{@code KUSTOMER_API_KEY} (default {@value KustomerSandboxConfig#DEFAULT_API_KEY})
 *   <li>{@code KUSTOMER_WEBHOOK_SECRET} (default {@value
 *       KustomerSandboxConfig#DEFAULT_WEBHOOK_SECRET})
 *   <li>{@code KUSTOMER_WEBHOOK_URL}: where to send signed deliveries (e.g. {@code
 *       http://127.0.0.1:8080/v1/webhooks/kustomer}); none when unset
 * </ul>
 */
public final class KustomerSandboxMain {

  private KustomerSandboxMain() {}

  public static void main(String[] args) throws InterruptedException {
    KustomerSandboxConfig config = fromEnvironment(System.getenv());
    KustomerSandbox sandbox = KustomerSandbox.start(config);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  sandbox.close();
                  stopped.countDown();
                },
                "kustomer-sandbox-shutdown"));
    System.out.println(
        "Kustomer sandbox listening on "
            + sandbox.baseUrl()
            + " (webhooks to "
            + (config.webhookUrl() == null ? "nowhere yet" : config.webhookUrl())
            + "; control routes under "
            + sandbox.baseUrl()
            + "/sandbox)");
    System.out.flush();
    stopped.await();
  }

  static KustomerSandboxConfig fromEnvironment(Map<String, String> env) {
    return KustomerSandboxConfig.builder()
        .port(Integer.parseInt(env.getOrDefault("KUSTOMER_SANDBOX_PORT", "8090").strip()))
        .bindAddress(env.get("KUSTOMER_SANDBOX_BIND"))
        .apiKey(env.get("KUSTOMER_API_KEY"))
        .webhookSecret(env.get("KUSTOMER_WEBHOOK_SECRET"))
        .webhookUrl(env.get("KUSTOMER_WEBHOOK_URL"))
        .build();
  }
}
