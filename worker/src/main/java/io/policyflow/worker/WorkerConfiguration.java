package io.policyflow.worker;

import io.policyflow.activities.channel.WebhookChannelActivities;
import io.policyflow.codec.Codecs;
import io.temporal.common.converter.DataConverter;
import io.policyflow.activities.channel.WebhookChannelConfig;
import io.policyflow.activities.magento.MagentoCommerceActivities;
import io.policyflow.activities.magento.MagentoConfig;
import io.policyflow.refund.channel.ChannelActivities;
import io.policyflow.refund.commerce.CommerceActivities;
import io.policyflow.refund.policy.PolicyActivities;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * The worker's beans: the activities the refund workflow calls. The workflow and these beans are registered on
 * the {@code refund-conversations} task queue by the Temporal starter, from {@code policyflow-worker.properties}
 * (which also maps the environment variables). Imported as is by the local stack.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PolicyProperties.class, MagentoProperties.class, ChannelProperties.class})
@PropertySource("classpath:policyflow-worker.properties")
public class WorkerConfiguration {

  @Bean
  public CommerceActivities commerceActivities(MagentoProperties magento) {
    MagentoConfig config =
        new MagentoConfig(
            magento.getBaseUrl(),
            magento.getAccessToken(),
            magento.getConnectTimeout(),
            magento.getReadTimeout(),
            magento.getStoreCode());
    return new MagentoCommerceActivities(config, Clock.systemUTC());
  }

  @Bean
  public ChannelActivities channelActivities(ChannelProperties channel) {
    return new WebhookChannelActivities(
        new WebhookChannelConfig(channel.getWebhookUrl(), channel.getWebhookSecret(), channel.getTimeout()));
  }

  /**
   * Payload encryption (AES-256-GCM) when {@code POLICYFLOW_CODEC_KEYS} is set; plain JSON otherwise. The Temporal
   * starter uses this bean for the client and the workers alike.
   */
  @Bean
  public DataConverter mainDataConverter() {
    return Codecs.dataConverterFromEnvironment(System.getenv());
  }

  @Bean
  public PolicyActivities policyActivities(PolicyProperties policy) {
    return new ConfiguredPolicy(policy.toPolicy());
  }
}
