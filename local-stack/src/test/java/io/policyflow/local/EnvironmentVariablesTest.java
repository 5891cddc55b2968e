package io.policyflow.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyflow.api.ApiProperties;
import io.policyflow.api.kustomer.KustomerApiProperties;
import io.policyflow.api.playground.PlaygroundProperties;
import io.policyflow.config.CodecProperties;
import io.policyflow.worker.ChannelProperties;
import io.policyflow.worker.MagentoProperties;
import io.policyflow.worker.PolicyProperties;
import io.policyflow.worker.kustomer.KustomerProperties;
import io.policyflow.worker.kustomer.PlatformSelection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.yaml.snakeyaml.Yaml;

/**
 * Every documented environment variable reaches the setting it names, read as the applications read
 * it: each row starts an application whose whole OS environment is that one variable (a {@link
 * SystemEnvironmentPropertySource}, with this module's application.yml and the worker's
 * policyflow-worker.properties) and checks the bound record. The table must list every variable of
 * docs/configuration.md and every variable docker-compose.yml passes to the worker and the API, so
 * a dropped alias, a renamed property or an undocumented variable fails here.
 */
class EnvironmentVariablesTest {

  /** The records the worker and the API bind (as the local stack binds them, in one context). */
  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties({
    PolicyProperties.class, MagentoProperties.class, ChannelProperties.class,
        KustomerProperties.class,
    CodecProperties.class, ApiProperties.class, KustomerApiProperties.class,
        PlaygroundProperties.class
  })
  @PropertySource("classpath:policyflow-worker.properties")
  static class Settings {}

  /** One application's settings. */
  record Bound(ConfigurableApplicationContext context) {
    <T> T get(Class<T> type) {
      return context.getBean(type);
    }

    String property(String name) {
      return context.getEnvironment().getProperty(name);
    }

    PolicyProperties policy() {
      return get(PolicyProperties.class);
    }

    MagentoProperties magento() {
      return get(MagentoProperties.class);
    }

    KustomerProperties kustomer() {
      return get(KustomerProperties.class);
    }

    KustomerApiProperties kustomerApi() {
      return get(KustomerApiProperties.class);
    }

    CodecProperties codec() {
      return get(CodecProperties.class);
    }

    PlaygroundProperties playground() {
      return get(PlaygroundProperties.class);
    }

    /** Every bound record as it would be logged. */
    String shown() {
      return Stream.of(
              PolicyProperties.class,
              MagentoProperties.class,
              ChannelProperties.class,
              KustomerProperties.class,
              CodecProperties.class,
              ApiProperties.class,
              KustomerApiProperties.class,
              PlaygroundProperties.class)
          .map(type -> get(type).toString())
          .reduce("", String::concat);
    }
  }

  /**
   * A variable, a value for it (never the default), where it must arrive; a secret must never be
   * shown.
   */
  record Row(
      String variable,
      String value,
      Function<Bound, Object> read,
      Object expected,
      boolean secret) {
    @Override
    public String toString() {
      return variable;
    }
  }

  static final String KEY = "k1:HyYtNDtCSVBXXmVsc3qBiI+WnaSrsrnAx87V3OPq8fg=";

  static final List<Row> ROWS =
      List.of(
          // Spring, Temporal
          row("SERVER_PORT", "9191", b -> b.property("server.port"), "9191"),
          row("SERVER_ADDRESS", "0.0.0.0", b -> b.property("server.address"), "0.0.0.0"),
          row("MANAGEMENT_SERVER_PORT", "9292", b -> b.property("management.server.port"), "9292"),
          row(
              "MANAGEMENT_SERVER_ADDRESS",
              "0.0.0.0",
              b -> b.property("management.server.address"),
              "0.0.0.0"),
          row(
              "HEALTH_SHOW_DETAILS",
              "never",
              b -> b.property("management.endpoint.health.show-details"),
              "never"),
          row(
              "TEMPORAL_ADDRESS",
              "temporal:7233",
              b -> b.property("spring.temporal.connection.target"),
              "temporal:7233"),
          row(
              "TEMPORAL_NAMESPACE",
              "refunds",
              b -> b.property("spring.temporal.namespace"),
              "refunds"),
          // Temporal Cloud (or any TLS frontend): Temporal's own Spring Boot properties
          secret(
              "SPRING_TEMPORAL_CONNECTION_APIKEY",
              "cloud-api-key-0123",
              b -> b.property("spring.temporal.connection.api-key")),
          row(
              "SPRING_TEMPORAL_CONNECTION_ENABLEHTTPS",
              "true",
              b -> b.property("spring.temporal.connection.enable-https"),
              "true"),
          row(
              "SPRING_TEMPORAL_CONNECTION_MTLS_KEYFILE",
              "/run/secrets/temporal/client.key",
              b -> b.property("spring.temporal.connection.mtls.key-file"),
              "/run/secrets/temporal/client.key"),
          row(
              "SPRING_TEMPORAL_CONNECTION_MTLS_CERTCHAINFILE",
              "/run/secrets/temporal/client.pem",
              b -> b.property("spring.temporal.connection.mtls.cert-chain-file"),
              "/run/secrets/temporal/client.pem"),
          // the policy
          row("POLICYFLOW_POLICY_RETURN_WINDOW_DAYS", "45", b -> b.policy().returnWindowDays(), 45),
          row("POLICYFLOW_POLICY_RETURNWINDOWDAYS", "46", b -> b.policy().returnWindowDays(), 46),
          row(
              "POLICYFLOW_POLICY_REFUNDABLE_STATES",
              "complete, closed",
              b -> b.policy().refundableStates(),
              List.of("complete", "closed")),
          row(
              "POLICYFLOW_POLICY_NON_RETURNABLE_SKUS",
              "GIFT-*",
              b -> b.policy().nonReturnableSkus(),
              List.of("GIFT-*")),
          row(
              "POLICYFLOW_POLICY_OFFLINE_PAYMENT_METHODS",
              "checkmo,free",
              b -> b.policy().offlinePaymentMethods(),
              List.of("checkmo", "free")),
          row("POLICYFLOW_POLICY_REFUND_SHIPPING", "true", b -> b.policy().refundShipping(), true),
          row("POLICYFLOW_POLICY_ORDERS_LISTED", "3", b -> b.policy().ordersListed(), 3),
          row("POLICYFLOW_POLICY_MIN_BUSINESS_DAYS", "1", b -> b.policy().minBusinessDays(), 1),
          row("POLICYFLOW_POLICY_MAX_BUSINESS_DAYS", "10", b -> b.policy().maxBusinessDays(), 10),
          row(
              "POLICYFLOW_POLICY_HOLIDAYS",
              "2024-12-25,2024-12-26",
              b -> b.policy().holidays(),
              List.of(LocalDate.of(2024, 12, 25), LocalDate.of(2024, 12, 26))),
          row(
              "POLICYFLOW_POLICY_TIME_ZONE",
              "Europe/Berlin",
              b -> b.policy().timeZone(),
              "Europe/Berlin"),
          row(
              "POLICYFLOW_POLICY_REMINDER_AFTER",
              "12h",
              b -> b.policy().reminderAfter(),
              Duration.ofHours(12)),
          row(
              "POLICYFLOW_POLICY_ABANDON_AFTER",
              "72h",
              b -> b.policy().abandonAfter(),
              Duration.ofHours(72)),
          row(
              "POLICYFLOW_POLICY_FOLLOW_UP_REPLY_WINDOW",
              "5d",
              b -> b.policy().followUpReplyWindow(),
              Duration.ofDays(5)),
          row(
              "POLICYFLOW_POLICY_SLOW_TURN_THRESHOLD",
              "2s",
              b -> b.policy().slowTurnThreshold(),
              Duration.ofSeconds(2)),
          row("POLICYFLOW_POLICY_MAX_NOT_UNDERSTOOD", "3", b -> b.policy().maxNotUnderstood(), 3),
          row(
              "POLICYFLOW_POLICY_MAX_CUSTOMER_MESSAGES",
              "50",
              b -> b.policy().maxCustomerMessages(),
              50),
          row(
              "POLICYFLOW_POLICY_MAX_CUSTOMER_TEXT_BYTES",
              "65536",
              b -> b.policy().maxCustomerTextBytes(),
              65536),
          // which platform serves the activities
          row(
              "POLICYFLOW_LOOKUPS_PLATFORM",
              "kustomer",
              b -> PlatformSelection.of(b.context().getEnvironment()).lookups(),
              "kustomer"),
          row(
              "POLICYFLOW_CHANNEL_TYPE",
              "kustomer",
              b -> PlatformSelection.of(b.context().getEnvironment()).channel(),
              "kustomer"),
          // Magento
          row(
              "MAGENTO_BASE_URL",
              "https://shop.example.com/rest/default",
              b -> b.magento().baseUrl(),
              "https://shop.example.com/rest/default"),
          row("MAGENTO_STORE_CODE", "de", b -> b.magento().storeCode(), "de"),
          row("MAGENTO_AUTH", "bearer", b -> b.magento().auth(), MagentoProperties.Auth.BEARER),
          secret("MAGENTO_ACCESS_TOKEN", "at-0123", b -> b.magento().accessToken()),
          secret("MAGENTO_CONSUMER_KEY", "ck-0123", b -> b.magento().consumerKey()),
          secret("MAGENTO_CONSUMER_SECRET", "cs-0123", b -> b.magento().consumerSecret()),
          secret("MAGENTO_ACCESS_TOKEN_SECRET", "ats-0123", b -> b.magento().accessTokenSecret()),
          row("MAGENTO_ADMIN_USERNAME", "bot", b -> b.magento().adminUsername(), "bot"),
          secret("MAGENTO_ADMIN_PASSWORD", "pw-0123", b -> b.magento().adminPassword()),
          row(
              "MAGENTO_CONNECT_TIMEOUT",
              "3s",
              b -> b.magento().connectTimeout(),
              Duration.ofSeconds(3)),
          row(
              "MAGENTO_READ_TIMEOUT",
              "20s",
              b -> b.magento().readTimeout(),
              Duration.ofSeconds(20)),
          row(
              "MAGENTO_CB_FAILURE_RATE",
              "25",
              b -> b.magento().resilience().failureRateThreshold(),
              25f),
          row("MAGENTO_CB_WINDOW", "40", b -> b.magento().resilience().slidingWindowSize(), 40),
          row("MAGENTO_CB_MIN_CALLS", "5", b -> b.magento().resilience().minimumNumberOfCalls(), 5),
          row(
              "MAGENTO_CB_WAIT_OPEN",
              "2m",
              b -> b.magento().resilience().waitInOpenState(),
              Duration.ofMinutes(2)),
          row(
              "MAGENTO_CB_HALF_OPEN_CALLS",
              "2",
              b -> b.magento().resilience().permittedCallsInHalfOpenState(),
              2),
          row(
              "MAGENTO_RATE_LIMIT_PER_SECOND",
              "5",
              b -> b.magento().resilience().rateLimitPerSecond(),
              5),
          row(
              "MAGENTO_RATE_LIMIT_WAIT",
              "1s",
              b -> b.magento().resilience().rateLimitWait(),
              Duration.ofSeconds(1)),
          row(
              "MAGENTO_MAX_CONCURRENT_CALLS",
              "3",
              b -> b.magento().resilience().maxConcurrentCalls(),
              3),
          row(
              "MAGENTO_BULKHEAD_WAIT",
              "250ms",
              b -> b.magento().resilience().bulkheadWait(),
              Duration.ofMillis(250)),
          // the chat webhook
          row(
              "CHAT_WEBHOOK_URL",
              "https://chat.example.com/hook",
              b -> b.get(ChannelProperties.class).webhookUrl(),
              "https://chat.example.com/hook"),
          secret(
              "CHAT_WEBHOOK_SECRET",
              "hook-secret-0123",
              b -> b.get(ChannelProperties.class).webhookSecret()),
          // Kustomer (the worker and the API read base-url and api-key alike)
          row(
              "KUSTOMER_BASE_URL",
              "https://acme.api.kustomerapp.com",
              b -> Arrays.asList(b.kustomer().baseUrl(), b.kustomerApi().baseUrl()),
              List.of("https://acme.api.kustomerapp.com", "https://acme.api.kustomerapp.com")),
          new Row(
              "KUSTOMER_API_KEY",
              "key-0123",
              b -> Arrays.asList(b.kustomer().apiKey(), b.kustomerApi().apiKey()),
              List.of("key-0123", "key-0123"),
              true),
          row(
              "KUSTOMER_BOT_USER_ID",
              "6600b0b0b0b0b0b0b0b0b001",
              b -> b.kustomer().outbound().senderUserId(),
              "6600b0b0b0b0b0b0b0b0b001"),
          row(
              "KUSTOMER_HANDOFF_QUEUE_ID",
              "6620aaaa0000000000000002",
              b -> b.kustomer().handoff().queueId(),
              "6620aaaa0000000000000002"),
          row(
              "KUSTOMER_HANDOFF_TEAM_IDS",
              "t1, t2",
              b -> b.kustomer().handoff().teamIds(),
              List.of("t1", "t2")),
          secret(
              "KUSTOMER_WEBHOOK_SECRET",
              "webhook-secret-0123",
              b -> b.kustomerApi().webhook().secret()),
          row(
              "KUSTOMER_ROUTING_QUEUE_ID",
              "6620aaaa0000000000000001",
              b -> b.kustomerApi().webhook().routing().queueId(),
              "6620aaaa0000000000000001"),
          row(
              "KUSTOMER_ROUTING_TAG",
              "refund-bot",
              b -> b.kustomerApi().webhook().routing().tag(),
              "refund-bot"),
          // payload encryption
          secret("POLICYFLOW_CODEC_KEYS", KEY, b -> b.codec().keys()),
          row("POLICYFLOW_CODEC_ACTIVE_KEY", "k2", b -> b.codec().activeKey(), "k2"),
          secret(
              "POLICYFLOW_CODEC_AUTH_TOKEN",
              "codec-token-0123456789abcdef0123",
              b -> b.codec().authToken()),
          row(
              "POLICYFLOW_CODEC_CORS_ORIGINS",
              "https://temporal.example.com, http://localhost:8233",
              b -> b.codec().corsOrigins(),
              List.of("https://temporal.example.com", "http://localhost:8233")),
          // the local stack allows plain payloads in its application.yml; the variable wins over it
          row("POLICYFLOW_CODEC_ALLOW_PLAINTEXT", "false", b -> b.codec().allowPlaintext(), false),
          // the API and its playground
          secret("POLICYFLOW_API_TOKEN", "api-token-0123", b -> b.get(ApiProperties.class).token()),
          row(
              "POLICYFLOW_API_TURN_TIMEOUT",
              "10s",
              b -> b.get(ApiProperties.class).turnTimeout(),
              Duration.ofSeconds(10)),
          row(
              "POLICYFLOW_API_MAX_BODY_SIZE",
              "128KB",
              b -> b.get(ApiProperties.class).maxBodySize(),
              org.springframework.util.unit.DataSize.ofKilobytes(128)),
          row(
              "POLICYFLOW_API_TURN_RATE_BURST",
              "4",
              b -> b.get(ApiProperties.class).turnRate().burst(),
              4),
          row(
              "POLICYFLOW_API_TURN_RATE_REFILL_EVERY",
              "2s",
              b -> b.get(ApiProperties.class).turnRate().refillEvery(),
              Duration.ofSeconds(2)),
          row("POLICYFLOW_PLAYGROUND_ENABLED", "false", b -> b.playground().enabled(), false),
          row("POLICYFLOW_PLAYGROUND_USERNAME", "cx", b -> b.playground().username(), "cx"),
          secret(
              "POLICYFLOW_PLAYGROUND_PASSWORD",
              "playground-pw-0123",
              b -> b.playground().password()),
          row(
              "TEMPORAL_UI_URL",
              "http://ui.example.com:8233",
              b -> b.playground().temporalUiUrl(),
              "http://ui.example.com:8233"));

  /**
   * In .env.example for docker compose, PostgreSQL, the Temporal server or Temporal UI: no app
   * reads them.
   */
  static final Set<String> NOT_FOR_THE_APPS =
      Set.of(
          "COMPOSE_PROJECT_NAME",
          "POLICYFLOW_IMAGE_TAG",
          "POSTGRES_USER",
          "POSTGRES_PASSWORD",
          "TEMPORAL_NAMESPACE_RETENTION",
          "TEMPORAL_NUM_HISTORY_SHARDS",
          "TEMPORAL_FRONTEND_HOST_PORT",
          "TEMPORAL_UI_HOST_PORT",
          "TEMPORAL_CODEC_ENDPOINT",
          "TEMPORAL_CODEC_PASS_ACCESS_TOKEN",
          "TEMPORAL_CODEC_INCLUDE_CREDENTIALS",
          "TEMPORAL_UI_BIND",
          "TEMPORAL_DISABLE_WRITE_ACTIONS",
          "TEMPORAL_AUTH_ENABLED",
          "TEMPORAL_AUTH_PROVIDER_URL",
          "TEMPORAL_AUTH_ISSUER_URL",
          "TEMPORAL_AUTH_CLIENT_ID",
          "TEMPORAL_AUTH_CLIENT_SECRET",
          "TEMPORAL_AUTH_CALLBACK_URL",
          "TEMPORAL_AUTH_SCOPES",
          "API_BIND",
          "API_HOST_PORT",
          "API_MEM_LIMIT",
          "SANDBOX_HOST_PORT",
          "WORKER_MEM_LIMIT");

  static Row row(String variable, String value, Function<Bound, Object> read, Object expected) {
    return new Row(variable, value, read, expected, false);
  }

  static Row secret(String variable, String value, Function<Bound, Object> read) {
    return new Row(variable, value, read, value, true);
  }

  static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  static Bound defaults;

  @BeforeAll
  static void startWithoutVariables() {
    defaults = start(Map.of());
  }

  @AfterAll
  static void stop() {
    defaults.context().close();
  }

  static Bound start(Map<String, String> variables) {
    StandardEnvironment environment = new StandardEnvironment();
    String name = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
    environment
        .getPropertySources()
        .replace(name, new SystemEnvironmentPropertySource(name, Map.copyOf(variables)));
    return new Bound(
        new SpringApplicationBuilder(Settings.class)
            .environment(environment)
            .web(WebApplicationType.NONE)
            .bannerMode(Banner.Mode.OFF)
            .logStartupInfo(false)
            .run());
  }

  static Stream<Row> rows() {
    return ROWS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theVariableReachesItsSetting(Row row) {
    assertThat(row.read().apply(defaults))
        .as("the test value must not be the default")
        .isNotEqualTo(row.expected());
    try (var context = start(Map.of(row.variable(), row.value())).context()) {
      Bound bound = new Bound(context);
      assertThat(row.read().apply(bound)).isEqualTo(row.expected());
      if (row.secret()) {
        assertThat(bound.shown()).as("no record shows the secret").doesNotContain(row.value());
      }
    }
  }

  @Test
  void theTableListsEveryVariableOfTheConfigurationDocsOnce() throws IOException {
    Set<String> documented = new TreeSet<>();
    Matcher rows =
        Pattern.compile("(?m)^\\| `([A-Z][A-Z0-9_]+)`[^|]*\\|")
            .matcher(Files.readString(ROOT.resolve("docs/configuration.md")));
    while (rows.find()) {
      assertThat(documented.add(rows.group(1)))
          .as("listed twice in docs/configuration.md: " + rows.group(1))
          .isTrue();
    }
    assertThat(documented).isEqualTo(tested());
  }

  @Test
  void everyVariableOfTheEnvExampleIsTestedOrNotForTheApps() throws IOException {
    Set<String> variables = new TreeSet<>();
    Matcher names =
        Pattern.compile("(?m)^([A-Z][A-Z0-9_]*)=")
            .matcher(Files.readString(ROOT.resolve(".env.example")));
    while (names.find()) {
      variables.add(names.group(1));
    }
    variables.removeAll(NOT_FOR_THE_APPS);
    assertThat(tested()).containsAll(variables);
  }

  @Test
  void everyVariableComposePassesToTheWorkerOrTheApiIsTested() throws IOException {
    Map<String, Object> compose =
        new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> services =
        (Map<String, Map<String, Object>>) compose.get("services");
    Set<String> passed = new TreeSet<>();
    for (String service : List.of("worker", "starter-api")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> environment =
          (Map<String, Object>) services.get(service).get("environment");
      passed.addAll(environment.keySet());
    }
    assertThat(passed)
        .contains("MAGENTO_BASE_URL", "POLICYFLOW_CODEC_KEYS", "POLICYFLOW_API_TOKEN");
    assertThat(tested()).containsAll(passed);
  }

  static Set<String> tested() {
    Map<String, Row> byName = new LinkedHashMap<>();
    ROWS.forEach(
        row -> assertThat(byName.put(row.variable(), row)).as("row listed twice: " + row).isNull());
    return new TreeSet<>(byName.keySet());
  }
}
