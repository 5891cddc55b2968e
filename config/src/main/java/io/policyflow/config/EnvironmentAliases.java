package io.policyflow.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.boot.origin.OriginTrackedValue;
import org.springframework.boot.origin.SystemEnvironmentOrigin;
import org.springframework.boot.support.SystemEnvironmentPropertySourceEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The one place where an environment variable is read under a name other than its property's. Every
 * other variable reaches its property by Spring's relaxed binding ({@code
 * POLICYFLOW_POLICY_RETURN_WINDOW_DAYS} or {@code POLICYFLOW_POLICY_RETURNWINDOWDAYS} is {@code
 * policyflow.policy.return-window-days}, {@code SERVER_PORT} is {@code server.port}); the variables
 * below were documented before that rule and keep working.
 *
 * <p>Each alias that is set and not blank becomes its property in the property source {@value
 * #PROPERTY_SOURCE_NAME}, placed right after the OS environment: the relaxed name of the property
 * wins over its alias, and both win over {@code application.yml}, {@code *.properties} and config
 * trees; command-line arguments and system properties win over all of them. A blank alias is
 * ignored (the property keeps its default), as docker compose passes {@code ${VAR:-}} for an unset
 * variable. Errors name the variable ({@code Origin: System Environment Property
 * "MAGENTO_READ_TIMEOUT"}).
 *
 * <p>Registered in {@code META-INF/spring.factories}; runs in the worker, the API and the local
 * stack alike (an alias of a property an application does not read is harmless). The table is
 * listed, with defaults, in docs/configuration.md.
 */
public final class EnvironmentAliases implements EnvironmentPostProcessor, Ordered {

  public static final String PROPERTY_SOURCE_NAME = "policyflowEnvironmentAliases";

  /** Variable → property, in the order of docs/configuration.md. */
  public static final Map<String, String> ALIASES =
      table(
          // Spring and Temporal
          "TEMPORAL_ADDRESS", "spring.temporal.connection.target",
          "TEMPORAL_NAMESPACE", "spring.temporal.namespace",
          "HEALTH_SHOW_DETAILS", "management.endpoint.health.show-details",
          // the worker: Magento
          "MAGENTO_BASE_URL", "policyflow.magento.base-url",
          "MAGENTO_STORE_CODE", "policyflow.magento.store-code",
          "MAGENTO_AUTH", "policyflow.magento.auth",
          "MAGENTO_ACCESS_TOKEN", "policyflow.magento.access-token",
          "MAGENTO_CONSUMER_KEY", "policyflow.magento.consumer-key",
          "MAGENTO_CONSUMER_SECRET", "policyflow.magento.consumer-secret",
          "MAGENTO_ACCESS_TOKEN_SECRET", "policyflow.magento.access-token-secret",
          "MAGENTO_ADMIN_USERNAME", "policyflow.magento.admin-username",
          "MAGENTO_ADMIN_PASSWORD", "policyflow.magento.admin-password",
          "MAGENTO_CONNECT_TIMEOUT", "policyflow.magento.connect-timeout",
          "MAGENTO_READ_TIMEOUT", "policyflow.magento.read-timeout",
          "MAGENTO_CB_FAILURE_RATE", "policyflow.magento.resilience.failure-rate-threshold",
          "MAGENTO_CB_WINDOW", "policyflow.magento.resilience.sliding-window-size",
          "MAGENTO_CB_MIN_CALLS", "policyflow.magento.resilience.minimum-number-of-calls",
          "MAGENTO_CB_WAIT_OPEN", "policyflow.magento.resilience.wait-in-open-state",
          "MAGENTO_CB_HALF_OPEN_CALLS",
              "policyflow.magento.resilience.permitted-calls-in-half-open-state",
          "MAGENTO_RATE_LIMIT_PER_SECOND", "policyflow.magento.resilience.rate-limit-per-second",
          "MAGENTO_RATE_LIMIT_WAIT", "policyflow.magento.resilience.rate-limit-wait",
          "MAGENTO_MAX_CONCURRENT_CALLS", "policyflow.magento.resilience.max-concurrent-calls",
          "MAGENTO_BULKHEAD_WAIT", "policyflow.magento.resilience.bulkhead-wait",
          // the worker: the chat webhook
          "CHAT_WEBHOOK_URL", "policyflow.channel.webhook-url",
          "CHAT_WEBHOOK_SECRET", "policyflow.channel.webhook-secret",
          // Kustomer: the worker and the API
          "KUSTOMER_BASE_URL", "policyflow.kustomer.base-url",
          "KUSTOMER_API_KEY", "policyflow.kustomer.api-key",
          "KUSTOMER_BOT_USER_ID", "policyflow.kustomer.outbound.sender-user-id",
          "KUSTOMER_HANDOFF_QUEUE_ID", "policyflow.kustomer.handoff.queue-id",
          "KUSTOMER_HANDOFF_TEAM_IDS", "policyflow.kustomer.handoff.team-ids",
          "KUSTOMER_WEBHOOK_SECRET", "policyflow.kustomer.webhook.secret",
          "KUSTOMER_ROUTING_QUEUE_ID", "policyflow.kustomer.webhook.routing.queue-id",
          "KUSTOMER_ROUTING_TAG", "policyflow.kustomer.webhook.routing.tag",
          // the API: the playground's links to Temporal UI
          "TEMPORAL_UI_URL", "policyflow.playground.temporal-ui-url");

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    String system = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
    PropertySource<?> variables = environment.getPropertySources().get(system);
    if (variables == null) {
      return;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    ALIASES.forEach(
        (variable, property) -> {
          if (variables.getProperty(variable) instanceof String value && !value.isBlank()) {
            properties.put(
                property, OriginTrackedValue.of(value, new SystemEnvironmentOrigin(variable)));
          }
        });
    if (!properties.isEmpty()) {
      environment
          .getPropertySources()
          .addAfter(
              system, new OriginTrackedMapPropertySource(PROPERTY_SOURCE_NAME, properties, true));
    }
  }

  /**
   * Right after the OS environment has been made origin-aware, before the config files are read.
   */
  @Override
  public int getOrder() {
    return SystemEnvironmentPropertySourceEnvironmentPostProcessor.DEFAULT_ORDER + 1;
  }

  private static Map<String, String> table(String... pairs) {
    Map<String, String> table = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      if (table.put(pairs[i], pairs[i + 1]) != null) {
        throw new IllegalStateException("alias listed twice: " + pairs[i]);
      }
    }
    return Collections.unmodifiableMap(table);
  }
}
