package io.policyflow.local;

import io.policyflow.config.CodecProperties;
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
    System.out.println(
        "  Payloads   "
            + (codec.encrypted()
                ? "encrypted (POLICYFLOW_CODEC_KEYS)"
                : "in clear in Temporal's history (set POLICYFLOW_CODEC_KEYS to encrypt them)"));
    System.out.println();
  }
}
