package io.policyflow.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox as a process. Environment:
 *
 * <ul>
 *   <li>{@code SANDBOX_PORT} (default 8089)
 *   <li>{@code MAGENTO_ACCESS_TOKEN} (default {@code sandbox-token})
 *   <li>{@code MAGENTO_CONSUMER_KEY}, {@code MAGENTO_CONSUMER_SECRET}, {@code
 *       MAGENTO_ACCESS_TOKEN_SECRET}: the integration's OAuth 1.0a values (defaults in {@link
 *       SandboxConfig})
 *   <li>{@code SANDBOX_INTEGRATION_BEARER} (default true): {@code false} accepts the access token
 *       only in signed requests, as a stock 2.4.4+ store
 *   <li>{@code SANDBOX_FIXTURE}: path to a JSON data file (optional; demo data otherwise)
 *   <li>{@code SANDBOX_BIND} (default 127.0.0.1; {@code 0.0.0.0} in containers)
 *   <li>{@code SANDBOX_TWO_FACTOR_AUTH} (default true), {@code SANDBOX_INPUT_LIMITS} (default
 *       false), {@code SANDBOX_COMMENT_WITHOUT_STATUS_BUG} (default false)
 *   <li>{@code SANDBOX_FAULT_CONTROL} (default true): serve {@code /__sandbox/faults} (fault
 *       injection)
 * </ul>
 */
public final class SandboxMain {

  private SandboxMain() {}

  public static void main(String[] args) throws InterruptedException {
    SandboxConfig config = fromEnvironment(System.getenv());
    MagentoSandbox sandbox = MagentoSandbox.start(config);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  sandbox.close();
                  stopped.countDown();
                },
                "magento-sandbox-shutdown"));
    System.out.println(
        "Magento sandbox listening on "
            + sandbox.baseUrl()
            + " (bind "
            + config.bindAddress()
            + ", data: "
            + (config.fixture() == null ? "demo" : config.fixture())
            + (config.faultControl()
                ? "; fault injection at "
                    + sandbox.baseUrl().replaceAll("/rest/default$", "")
                    + "/__sandbox/faults"
                : "")
            + ")");
    System.out.flush();
    stopped.await();
  }

  /** The sandbox's configuration from these environment variables (see the class comment). */
  public static SandboxConfig fromEnvironment(Map<String, String> env) {
    SandboxConfig.Builder builder =
        SandboxConfig.builder()
            .port(Integer.parseInt(env.getOrDefault("SANDBOX_PORT", "8089").trim()))
            .accessToken(
                env.getOrDefault("MAGENTO_ACCESS_TOKEN", SandboxConfig.DEFAULT_ACCESS_TOKEN))
            .consumerKey(env.get("MAGENTO_CONSUMER_KEY"))
            .consumerSecret(env.get("MAGENTO_CONSUMER_SECRET"))
            .accessTokenSecret(env.get("MAGENTO_ACCESS_TOKEN_SECRET"))
            .integrationBearer(flag(env, "SANDBOX_INTEGRATION_BEARER", true))
            .bindAddress(env.getOrDefault("SANDBOX_BIND", SandboxConfig.DEFAULT_BIND_ADDRESS))
            .twoFactorAuth(flag(env, "SANDBOX_TWO_FACTOR_AUTH", true))
            .inputLimitEnabled(flag(env, "SANDBOX_INPUT_LIMITS", false))
            .commentWithoutStatusBug(flag(env, "SANDBOX_COMMENT_WITHOUT_STATUS_BUG", false))
            .faultControl(flag(env, "SANDBOX_FAULT_CONTROL", true));
    String fixture = env.get("SANDBOX_FIXTURE");
    if (fixture != null && !fixture.isBlank()) {
      Path path = Path.of(fixture.trim());
      if (!Files.isRegularFile(path)) {
        throw new IllegalArgumentException("SANDBOX_FIXTURE does not name a file: " + path);
      }
      builder.fixture(path);
    }
    return builder.build();
  }

  private static boolean flag(Map<String, String> env, String name, boolean fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    return value.trim().equalsIgnoreCase("true")
        || value.trim().equals("1")
        || value.trim().equalsIgnoreCase("yes");
  }
}
