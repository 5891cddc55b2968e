package io.policyflow.worker.kustomer;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyflow.activities.channel.WebhookChannelActivities;
import io.policyflow.activities.channel.WebhookChannelConfig;
import io.policyflow.activities.kustomer.KustomerChannelActivities;
import io.policyflow.activities.kustomer.KustomerClient;
import io.policyflow.activities.kustomer.KustomerCommerceActivities;
import io.policyflow.activities.magento.MagentoClient;
import io.policyflow.activities.magento.MagentoClients;
import io.policyflow.activities.magento.MagentoCommerceActivities;
import io.policyflow.activities.magento.MagentoConfig;
import io.policyflow.config.EnvironmentAliases;
import io.policyflow.refund.channel.ChannelActivities;
import io.policyflow.refund.commerce.CommerceActivities;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The platform selection produces exactly one {@code commerceActivities} and one {@code
 * channelActivities} (the names the Temporal starter registers), with the Magento and webhook beans
 * annotated as WorkerConfiguration's must be ({@link MagentoAndWebhookBeans}).
 */
class KustomerWorkerConfigurationTest {

  static final String[] KUSTOMER = {
    "policyflow.kustomer.base-url=http://127.0.0.1:1",
    "policyflow.kustomer.api-key=test-key",
    "policyflow.kustomer.outbound.sender-user-id=6600b0b0b0b0b0b0b0b0b001",
  };

  /**
   * WorkerConfiguration's Magento client and its commerce and channel beans, with the conditions it
   * needs.
   */
  @Configuration(proxyBeanMethods = false)
  static class MagentoAndWebhookBeans {
    @Bean
    MagentoConfig magentoConfig() {
      return new MagentoConfig("http://127.0.0.1:1/rest/default", "magento-token");
    }

    @Bean
    MagentoClient magentoClient(MagentoConfig config) {
      return MagentoClients.create(config);
    }

    @Bean
    @ConditionalOnProperty(
        name = "policyflow.lookups.platform",
        havingValue = "magento",
        matchIfMissing = true)
    CommerceActivities commerceActivities(MagentoClient magentoClient) {
      return new MagentoCommerceActivities(magentoClient, Clock.systemUTC());
    }

    @Bean
    @ConditionalOnProperty(
        name = "policyflow.channel.type",
        havingValue = "webhook",
        matchIfMissing = true)
    ChannelActivities channelActivities() {
      return new WebhookChannelActivities(WebhookChannelConfig.disabled());
    }
  }

  final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withUserConfiguration(MagentoAndWebhookBeans.class, KustomerWorkerConfiguration.class);

  @Test
  void byDefaultMagentoAndTheWebhookServeAndKustomerIsNotTouched() {
    runner.run(
        context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean("commerceActivities"))
              .isInstanceOf(MagentoCommerceActivities.class);
          assertThat(context.getBean("channelActivities"))
              .isInstanceOf(WebhookChannelActivities.class);
          assertThat(context).doesNotHaveBean(KustomerClient.class);
        });
  }

  @Test
  void kustomerForBothGivesExactlyOneBeanOfEachName() {
    runner
        .withPropertyValues(KUSTOMER)
        .withPropertyValues(
            "policyflow.lookups.platform=kustomer", "policyflow.channel.type=Kustomer")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBeansOfType(CommerceActivities.class))
                  .containsOnlyKeys("commerceActivities");
              assertThat(context.getBeansOfType(ChannelActivities.class))
                  .containsOnlyKeys("channelActivities");
              assertThat(context.getBean("commerceActivities"))
                  .isInstanceOf(KustomerCommerceActivities.class);
              assertThat(context.getBean("channelActivities"))
                  .isInstanceOf(KustomerChannelActivities.class);
            });
  }

  @Test
  void eachChoiceIsIndependent() {
    runner
        .withPropertyValues(KUSTOMER)
        .withPropertyValues("policyflow.lookups.platform=kustomer")
        .run(
            context -> {
              assertThat(context.getBean("commerceActivities"))
                  .isInstanceOf(KustomerCommerceActivities.class);
              assertThat(context.getBean("channelActivities"))
                  .isInstanceOf(WebhookChannelActivities.class);
            });
    runner
        .withPropertyValues(KUSTOMER)
        .withPropertyValues("policyflow.channel.type=kustomer")
        .run(
            context -> {
              assertThat(context.getBean("commerceActivities"))
                  .isInstanceOf(MagentoCommerceActivities.class);
              assertThat(context.getBean("channelActivities"))
                  .isInstanceOf(KustomerChannelActivities.class);
            });
  }

  @Test
  void theKustomerEnvironmentVariablesAreReadWhenPropertiesAreBlank() {
    runner
        .withPropertyValues("policyflow.channel.type=kustomer")
        .withInitializer(
            osEnvironment(
                Map.of(
                    "KUSTOMER_BASE_URL",
                    "https://acme.api.kustomerapp.com",
                    "KUSTOMER_API_KEY",
                    "key-from-env",
                    "KUSTOMER_BOT_USER_ID",
                    "6600b0b0b0b0b0b0b0b0b001",
                    "KUSTOMER_HANDOFF_QUEUE_ID",
                    "6620aaaa0000000000000002",
                    "KUSTOMER_HANDOFF_TEAM_IDS",
                    "t1, t2")))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean("channelActivities"))
                  .isInstanceOf(KustomerChannelActivities.class);
              KustomerProperties kustomer = context.getBean(KustomerProperties.class);
              assertThat(kustomer.toConfig().apiKey()).isEqualTo("key-from-env");
              assertThat(kustomer.toChannelConfig().handoffTeamIds()).containsExactly("t1", "t2");
              assertThat(kustomer.toString()).doesNotContain("key-from-env");
            });
  }

  /**
   * {@code variables} as the OS environment, read as a Spring application reads it (with the
   * aliases).
   */
  static ApplicationContextInitializer<ConfigurableApplicationContext> osEnvironment(
      Map<String, String> variables) {
    return context -> {
      String name = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
      context
          .getEnvironment()
          .getPropertySources()
          .replace(name, new SystemEnvironmentPropertySource(name, Map.copyOf(variables)));
      new EnvironmentAliases().postProcessEnvironment(context.getEnvironment(), null);
    };
  }

  @Test
  void anUnknownPlatformStopsTheWorkerSayingWhatIsAllowed() {
    runner
        .withPropertyValues("policyflow.lookups.platform=shopify")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining(
                        "policyflow.lookups.platform must be magento or kustomer"));
    runner
        .withPropertyValues("policyflow.channel.type=slack")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("policyflow.channel.type must be webhook or kustomer"));
  }

  @Test
  void kustomerWithoutItsApiOrBotUserStopsTheWorkerNamingTheSetting() {
    runner
        .withPropertyValues("policyflow.lookups.platform=kustomer")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("KUSTOMER_API_KEY"));
    runner
        .withPropertyValues(
            "policyflow.channel.type=kustomer",
            "policyflow.kustomer.base-url=http://127.0.0.1:1",
            "policyflow.kustomer.api-key=k")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("KUSTOMER_BOT_USER_ID"));
  }

  @Test
  void theStartupCheckAsksForTheRolesOfTheSelectedFeatures() {
    assertThat(
            KustomerWorkerConfiguration.requiredRoles(new PlatformSelection("kustomer", "webhook")))
        .containsExactly("org.permission.customer.read");
    assertThat(
            KustomerWorkerConfiguration.requiredRoles(new PlatformSelection("magento", "kustomer")))
        .containsExactly(
            "org.permission.conversation.read",
            "org.permission.conversation.update",
            "org.permission.message.create",
            "org.permission.note.create");
  }
}
