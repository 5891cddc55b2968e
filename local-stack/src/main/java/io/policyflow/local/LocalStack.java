package io.policyflow.local;

import io.policyflow.local.kustomer.KustomerLocalSetup;
import io.policyflow.sandbox.MagentoSandbox;
import io.policyflow.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the local stack: the embedded Temporal server (unless {@code TEMPORAL_ADDRESS} names
 * another), the Magento sandbox (unless {@code MAGENTO_BASE_URL} names a store), then the worker
 * and the API in one Spring context.
 */
public final class LocalStack implements AutoCloseable {

  private final EmbeddedTemporal temporal;
  private final MagentoSandbox sandbox;
  private final ConfigurableApplicationContext context;
  private final KustomerLocalSetup kustomer;

  /** The clock of the server at TEMPORAL_ADDRESS, when set (the embedded server closes its own). */
  private final TemporalClock externalClock;

  private LocalStack(
      EmbeddedTemporal temporal,
      MagentoSandbox sandbox,
      ConfigurableApplicationContext context,
      KustomerLocalSetup kustomer,
      TemporalClock externalClock) {
    this.temporal = temporal;
    this.sandbox = sandbox;
    this.context = context;
    this.kustomer = kustomer;
    this.externalClock = externalClock;
  }

  /**
   * @param env the environment ({@code System.getenv()}, or a test's own): {@code
   *     TEMPORAL_ADDRESS}, {@code TEMPORAL_PORT} (7233), {@code POLICYFLOW_TEMPORAL_BIND_ADDRESS}
   *     (127.0.0.1), {@code MAGENTO_BASE_URL}, {@code MAGENTO_ACCESS_TOKEN}, {@code SANDBOX_PORT}
   *     (8089), {@code SANDBOX_FIXTURE}; {@code MAGENTO_AUTH=oauth1} with the sandbox: the worker
   *     signs with the sandbox integration's four values ({@code MAGENTO_CONSUMER_KEY}, {@code
   *     MAGENTO_CONSUMER_SECRET}, {@code MAGENTO_ACCESS_TOKEN_SECRET} or the sandbox's defaults)
   *     and the sandbox refuses the access token alone, as a stock 2.4.4+ store
   * @param args Spring Boot arguments ({@code --server.port=0}, ...)
   */
  public static LocalStack start(Map<String, String> env, String... args) {
    String temporalAddress = blankToNull(env.get("TEMPORAL_ADDRESS"));
    String magentoUrl = blankToNull(env.get("MAGENTO_BASE_URL"));
    String magentoToken =
        env.getOrDefault("MAGENTO_ACCESS_TOKEN", SandboxConfig.DEFAULT_ACCESS_TOKEN);
    boolean oauth1 = "oauth1".equalsIgnoreCase(env.getOrDefault("MAGENTO_AUTH", "").trim());

    EmbeddedTemporal temporal = null;
    MagentoSandbox sandbox = null;
    KustomerLocalSetup kustomer = null;
    TemporalClock externalClock = null;
    try {
      if (temporalAddress == null) {
        temporal =
            EmbeddedTemporal.start(
                EmbeddedTemporal.bindAddress(env),
                Integer.parseInt(env.getOrDefault("TEMPORAL_PORT", "7233")));
        temporalAddress = temporal.target();
      } else {
        SearchAttributes.register(
            temporalAddress, env.getOrDefault("TEMPORAL_NAMESPACE", "default"));
        externalClock = TemporalClock.at(temporalAddress);
      }
      if (magentoUrl == null) {
        SandboxConfig.Builder config =
            SandboxConfig.builder()
                .port(Integer.parseInt(env.getOrDefault("SANDBOX_PORT", "8089")))
                .accessToken(magentoToken)
                .consumerKey(env.get("MAGENTO_CONSUMER_KEY"))
                .consumerSecret(env.get("MAGENTO_CONSUMER_SECRET"))
                .accessTokenSecret(env.get("MAGENTO_ACCESS_TOKEN_SECRET"))
                .integrationBearer(!oauth1);
        String fixture = blankToNull(env.get("SANDBOX_FIXTURE"));
        if (fixture != null) {
          config.fixture(Path.of(fixture));
        }
        sandbox = MagentoSandbox.start(config.build());
        magentoUrl = sandbox.baseUrl();
      }

      // the Kustomer simulator, when POLICYFLOW_LOOKUPS_PLATFORM or POLICYFLOW_CHANNEL_TYPE is
      // kustomer and
      // KUSTOMER_BASE_URL is unset
      kustomer = KustomerLocalSetup.fromEnvironment(env);

      List<String> arguments = new ArrayList<>(List.of(args));
      if (kustomer != null) {
        arguments.addAll(kustomer.arguments());
      }
      arguments.add("--spring.temporal.connection.target=" + temporalAddress);
      arguments.add("--policyflow.magento.base-url=" + magentoUrl);
      arguments.add("--policyflow.magento.access-token=" + magentoToken);
      if (sandbox != null && oauth1) {
        SandboxConfig integration = sandbox.config();
        arguments.add("--policyflow.magento.auth=oauth1");
        arguments.add("--policyflow.magento.consumer-key=" + integration.consumerKey());
        arguments.add("--policyflow.magento.consumer-secret=" + integration.consumerSecret());
        arguments.add(
            "--policyflow.magento.access-token-secret=" + integration.accessTokenSecret());
      }
      LocalStackServices services =
          new LocalStackServices(
              temporal, sandbox, temporal != null ? temporal.clock() : externalClock);
      ConfigurableApplicationContext context =
          new SpringApplicationBuilder(LocalStackApplication.class)
              .initializers(
                  ctx -> {
                    ctx.getBeanFactory().registerSingleton("localStackServices", services);
                  })
              .run(arguments.toArray(String[]::new));
      if (kustomer != null) {
        kustomer.connect(
            Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port")));
      }
      return new LocalStack(temporal, sandbox, context, kustomer, externalClock);
    } catch (RuntimeException e) {
      if (externalClock != null) {
        externalClock.close();
      }
      if (kustomer != null) {
        kustomer.close();
      }
      if (sandbox != null) {
        sandbox.close();
      }
      if (temporal != null) {
        temporal.close();
      }
      throw e;
    }
  }

  /** The port the API listens on. */
  public int apiPort() {
    return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
  }

  public ConfigurableApplicationContext context() {
    return context;
  }

  /** The sandbox this stack started, or null when it uses {@code MAGENTO_BASE_URL}. */
  public MagentoSandbox sandbox() {
    return sandbox;
  }

  /** The embedded server this stack started, or null when it uses {@code TEMPORAL_ADDRESS}. */
  public EmbeddedTemporal temporal() {
    return temporal;
  }

  @Override
  public void close() {
    try {
      context.close();
    } finally {
      if (sandbox != null) {
        sandbox.close();
      }
      if (kustomer != null) {
        kustomer.close();
      }
      if (externalClock != null) {
        externalClock.close();
      }
      if (temporal != null) {
        temporal.close();
      }
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
