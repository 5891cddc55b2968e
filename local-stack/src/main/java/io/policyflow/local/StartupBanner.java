package io.policyflow.local;

import io.policyflow.config.CodecProperties;
import io.policyflow.sandbox.SandboxConfig;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints where everything is once the stack is ready. */
@Component
class StartupBanner {

  private final LocalStackServices services;
  private final Environment environment;
  private final CodecProperties codec;

  StartupBanner(LocalStackServices services, Environment environment, CodecProperties codec) {
    this.services = services;
    this.environment = environment;
    this.codec = codec;
  }

  @EventListener(ApplicationReadyEvent.class)
  void printUrls() {
    String api = "http://localhost:" + environment.getProperty("local.server.port");
    String temporal =
        services
            .embeddedTemporal()
            .map(
                t ->
                    t.target()
                        + " (embedded, time locked: POST "
                        + api
                        + "/dev/clock/skip to move it)")
            .orElse(
                environment.getProperty("spring.temporal.connection.target")
                    + " (TEMPORAL_ADDRESS; on DevServices, POST "
                    + api
                    + "/dev/clock/skip moves its clock)");
    String magento =
        services
            .magentoSandbox()
            .map(s -> s.baseUrl() + " (sandbox; demo customers in magento-sandbox/README.md)")
            .orElse(environment.getProperty("policyflow.magento.base-url") + " (MAGENTO_BASE_URL)");
    System.out.println();
    System.out.println("Policyflow local stack is ready");
    System.out.println("  Playground " + api + "/playground/");
    System.out.println("  API        " + api + "/v1/refunds");
    System.out.println("  Health     " + api + "/actuator/health");
    System.out.println("  Temporal   " + temporal);
    System.out.println("  Magento    " + magento);
    services.magentoSandbox().map(s -> s.config()).ifPresent(this::printSandboxAuth);
    System.out.println(
        "  Payloads   "
            + (codec.encrypted()
                ? "encrypted (POLICYFLOW_CODEC_KEYS)"
                : "in clear in Temporal's history (set POLICYFLOW_CODEC_KEYS to encrypt them)"));
    System.out.println();
  }

  /**
   * With {@code MAGENTO_AUTH=oauth1}, the integration the worker signs with: the demo values in
   * clear (they open only the local sandbox), values from the environment by name only.
   */
  private void printSandboxAuth(SandboxConfig config) {
    if (!"oauth1".equalsIgnoreCase(environment.getProperty("policyflow.magento.auth", ""))) {
      return;
    }
    System.out.println(
        "             OAuth 1.0a: consumer key "
            + shown(
                config.consumerKey(), SandboxConfig.DEFAULT_CONSUMER_KEY, "MAGENTO_CONSUMER_KEY")
            + ", consumer secret "
            + shown(
                config.consumerSecret(),
                SandboxConfig.DEFAULT_CONSUMER_SECRET,
                "MAGENTO_CONSUMER_SECRET"));
    System.out.println(
        "             access token "
            + shown(
                config.accessToken(), SandboxConfig.DEFAULT_ACCESS_TOKEN, "MAGENTO_ACCESS_TOKEN")
            + ", token secret "
            + shown(
                config.accessTokenSecret(),
                SandboxConfig.DEFAULT_ACCESS_TOKEN_SECRET,
                "MAGENTO_ACCESS_TOKEN_SECRET")
            + " (the bearer token alone is refused)");
  }

  private static String shown(String value, String demoDefault, String variable) {
    return value.equals(demoDefault) ? value : "from " + variable;
  }
}
