package io.policyflow.worker;

import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRateLimiterMetrics;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.policyflow.activities.channel.WebhookChannelActivities;
import io.policyflow.activities.channel.WebhookChannelConfig;
import io.policyflow.activities.magento.MagentoClient;
import io.policyflow.activities.magento.MagentoClients;
import io.policyflow.activities.magento.MagentoCommerceActivities;
import io.policyflow.activities.magento.MagentoConfig;
import io.policyflow.activities.magento.MagentoHealthCheck;
import io.policyflow.activities.magento.MagentoResilience;
import io.policyflow.config.CodecProperties;
import io.policyflow.refund.channel.ChannelActivities;
import io.policyflow.refund.commerce.CommerceActivities;
import io.policyflow.refund.policy.PolicyActivities;
import io.policyflow.worker.kustomer.KustomerWorkerConfiguration;
import io.temporal.common.converter.DataConverter;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;

/**
 * The worker's beans: the activities the refund workflow calls. The workflow and these beans are
 * registered on the {@code refund-conversations} task queue by the Temporal starter, from {@code
 * policyflow-worker.properties}. Settings are the {@code policyflow.*} records bound here
 * (environment variables by relaxed binding or the aliases of {@code
 * io.policyflow.config.EnvironmentAliases}; see docs/configuration.md). Imported as is by the local
 * stack.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({
  PolicyProperties.class,
  MagentoProperties.class,
  ChannelProperties.class,
  CodecProperties.class
})
@PropertySource("classpath:policyflow-worker.properties")
@Import(KustomerWorkerConfiguration.class)
public class WorkerConfiguration {

  private static final Logger log = LoggerFactory.getLogger(WorkerConfiguration.class);

  /** The store's circuit breakers, rate limiters and bulkheads (one set per host). */
  @Bean
  public MagentoResilience magentoResilience(MagentoProperties magento) {
    return new MagentoResilience(magento.resilience().toConfig());
  }

  @Bean
  public MagentoConfig magentoConfig(MagentoProperties magento) {
    MagentoConfig config = magento.toConfig();
    List<String> ignored = magento.ignoredCredentialSettings(config.credentials());
    log.info("Magento: {} with {} authentication", config.apiUrl(), config.credentials().scheme());
    if (!ignored.isEmpty()) {
      log.warn(
          "Magento: {} set but not used by {} authentication (MAGENTO_AUTH=oauth1|bearer|admin picks one)",
          String.join(", ", ignored),
          config.credentials().scheme());
    }
    return config;
  }

  @Bean
  public MagentoClient magentoClient(MagentoConfig config, MagentoResilience resilience) {
    return MagentoClients.create(config, resilience, Clock.systemUTC());
  }

  @Bean
  @ConditionalOnProperty(
      name = "policyflow.lookups.platform",
      havingValue = "magento",
      matchIfMissing = true)
  public CommerceActivities commerceActivities(MagentoClient magentoClient, MagentoConfig config) {
    return new MagentoCommerceActivities(
        magentoClient, Clock.systemUTC(), config.connectTimeout().plus(config.readTimeout()));
  }

  /** {@code magento} in {@code /actuator/health}. */
  @Bean
  public MagentoHealthIndicator magentoHealthIndicator(
      MagentoClient magentoClient,
      MagentoConfig config,
      MagentoResilience resilience,
      MagentoProperties magento) {
    return new MagentoHealthIndicator(
        new MagentoHealthCheck(magentoClient, config.credentials().scheme(), config.apiUrl()),
        resilience.circuitBreaker(config.host()),
        magento.healthCacheTtl(),
        Clock.systemUTC());
  }

  /**
   * {@code resilience4j_circuitbreaker_*}, {@code _ratelimiter_*}, {@code _bulkhead_*} with {@code
   * name=magento-<host>}.
   */
  @Bean
  public MeterBinder magentoResilienceMetrics(MagentoResilience resilience) {
    return registry -> {
      TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(resilience.circuitBreakers())
          .bindTo(registry);
      TaggedRateLimiterMetrics.ofRateLimiterRegistry(resilience.rateLimiters()).bindTo(registry);
      TaggedBulkheadMetrics.ofBulkheadRegistry(resilience.bulkheads()).bindTo(registry);
    };
  }

  /**
   * Checks Magento once the worker is up and says plainly what is wrong (unreachable, credentials
   * refused, two-factor auth refusing admin tokens). Does not stop the worker: the store may just
   * be down for now.
   */
  @Bean
  public ApplicationListener<ApplicationReadyEvent> magentoStartupCheck(
      MagentoHealthIndicator health) {
    return event -> {
      Thread check =
          new Thread(
              () -> {
                var result = health.result();
                if (result.healthy()) {
                  log.info(
                      "Magento reachable and authorized ({} authentication, {})",
                      result.auth(),
                      result.store());
                } else {
                  log.error(
                      "Magento check failed ({} authentication, {}): reachable={}, authorized={}: {}",
                      result.auth(),
                      result.store(),
                      result.reachable(),
                      result.authorized(),
                      result.error());
                }
              },
              "magento-startup-check");
      check.setDaemon(true);
      check.start();
    };
  }

  @Bean
  @ConditionalOnProperty(
      name = "policyflow.channel.type",
      havingValue = "webhook",
      matchIfMissing = true)
  public ChannelActivities channelActivities(ChannelProperties channel) {
    return new WebhookChannelActivities(
        new WebhookChannelConfig(channel.webhookUrl(), channel.webhookSecret(), channel.timeout()));
  }

  /**
   * Payload encryption (AES-256-GCM) with {@code policyflow.codec.keys} ({@code
   * POLICYFLOW_CODEC_KEYS}). Without keys the worker does not start, unless {@code
   * policyflow.codec.allow-plaintext} says plain JSON is wanted (a warning is logged then). The
   * Temporal starter uses this bean for the client and the workers alike.
   */
  @Bean
  public DataConverter mainDataConverter(CodecProperties codec) {
    return codec.dataConverter();
  }

  @Bean
  public PolicyActivities policyActivities(PolicyProperties policy) {
    return new ConfiguredPolicy(policy.toPolicy());
  }
}
