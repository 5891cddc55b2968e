package io.policyflow.api.kustomer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.policyflow.config.EnvironmentAliases;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Settings, the Kustomer environment variables, routing rules and the endpoint switched off. */
class KustomerWebhookSettingsTest {

  /** Bound as the application binds them (defaults included); null: unset. */
  static KustomerApiProperties properties(
      String secret, String queueId, String tag, String baseUrl, String key) {
    Map<String, String> settings = new HashMap<>();
    put(settings, "policyflow.kustomer.webhook.secret", secret);
    put(settings, "policyflow.kustomer.webhook.routing.queue-id", queueId);
    put(settings, "policyflow.kustomer.webhook.routing.tag", tag);
    put(settings, "policyflow.kustomer.base-url", baseUrl);
    put(settings, "policyflow.kustomer.api-key", key);
    return new Binder(new MapConfigurationPropertySource(settings))
        .bindOrCreate("policyflow.kustomer", KustomerApiProperties.class);
  }

  private static void put(Map<String, String> settings, String name, String value) {
    if (value != null) {
      settings.put(name, value);
    }
  }

  @Test
  void withoutASecretTheEndpointIsOffAnd404() {
    KustomerWebhookSettings settings =
        new KustomerWebhookSettings(properties(null, null, null, null, null), Clock.systemUTC());
    KustomerWebhookController controller = new KustomerWebhookController(settings, null);
    MockHttpServletRequest request =
        new MockHttpServletRequest("POST", KustomerWebhookController.PATH);
    request.setContent("{}".getBytes());

    KustomerWebhookProblem problem =
        catchThrowableOfType(KustomerWebhookProblem.class, () -> controller.receive(request));

    assertThat(settings.enabled()).isFalse();
    assertThat(problem.status()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(problem.detail()).contains("KUSTOMER_WEBHOOK_SECRET");
  }

  @Test
  void theKustomerEnvironmentVariablesConfigureTheWebhook() {
    StandardEnvironment env = new StandardEnvironment();
    String name = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
    env.getPropertySources()
        .replace(
            name,
            new SystemEnvironmentPropertySource(
                name,
                Map.of(
                    "KUSTOMER_WEBHOOK_SECRET", "from-env",
                    "KUSTOMER_ROUTING_QUEUE_ID", "6620aaaa0000000000000001",
                    "KUSTOMER_BASE_URL", "https://acme.api.kustomerapp.com",
                    "KUSTOMER_API_KEY", "key-from-env")));
    new EnvironmentAliases().postProcessEnvironment(env, null);

    KustomerWebhookSettings settings =
        new KustomerWebhookSettings(
            Binder.get(env).bindOrCreate("policyflow.kustomer", KustomerApiProperties.class),
            Clock.systemUTC());

    assertThat(settings.enabled()).isTrue();
    assertThat(settings.routing().routesEverything()).isFalse();
    assertThat(settings.verifier().sign("x".getBytes(), null))
        .isEqualTo(
            new KustomerSignatureVerifier(
                    "from-env", null, java.time.Duration.ofMinutes(5), false, Clock.systemUTC())
                .sign("x".getBytes(), null));
    assertThat(settings.toString()).doesNotContain("from-env", "key-from-env");
  }

  @Test
  void routingByQueueOrTagNeedsTheKustomerApi() {
    IllegalStateException missing =
        catchThrowableOfType(
            IllegalStateException.class,
            () ->
                new KustomerWebhookSettings(
                    properties("s", null, "refund-bot", null, null), Clock.systemUTC()));

    assertThat(missing)
        .hasMessageContaining("policyflow.kustomer.api-key")
        .hasMessageContaining("KUSTOMER_BASE_URL");
    assertThat(
            new KustomerWebhookSettings(properties("s", null, null, null, null), Clock.systemUTC())
                .routing()
                .routesEverything())
        .isTrue();
  }

  @Test
  void aConversationMatchesByQueueAndByTagIdOrName() {
    JsonNode conversation =
        JsonMapper.builder()
            .build()
            .readTree(
                """
        {"type": "conversation", "id": "c1",
         "attributes": {"tags": ["6640aa000000000000000001", {"id": "6640aa000000000000000002", "name": "vip"}]},
         "relationships": {"queue": {"data": {"type": "queue", "id": "q1"}}}}
        """);
    KustomerConversationLookup lookup =
        new KustomerConversationLookup("http://127.0.0.1:1", "k", java.time.Duration.ofSeconds(1));

    assertThat(new KustomerRouting("q1", null, lookup).matches(conversation)).isTrue();
    assertThat(new KustomerRouting("q2", null, lookup).matches(conversation)).isFalse();
    assertThat(new KustomerRouting(null, "6640aa000000000000000001", lookup).matches(conversation))
        .isTrue();
    assertThat(new KustomerRouting(null, "vip", lookup).matches(conversation)).isTrue();
    assertThat(new KustomerRouting(null, "refund-bot", lookup).matches(conversation)).isFalse();
    assertThat(new KustomerRouting("q1", "vip", lookup).matches(conversation)).isTrue();
    assertThat(new KustomerRouting("q2", "vip", lookup).matches(conversation)).isFalse();
  }

  @Test
  void customerTextIsCleanedNotRefused() {
    assertThat(KustomerWebhookController.clean("  hi\u0000 there\n\tok \uD800", 2000, true))
        .isEqualTo("hi there\n\tok");
    assertThat(KustomerWebhookController.clean("a".repeat(3000), 2000, true)).hasSize(2000);
    assertThat(KustomerWebhookController.clean("\u0007 ", 2000, true)).isNull();
    assertThat(KustomerWebhookController.clean("en\nus", 35, false)).isEqualTo("enus");
  }
}
