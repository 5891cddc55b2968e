package io.policyflow.api.kustomer;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Kustomer webhook's settings ({@code policyflow.kustomer.*}); picked up by {@code
 * ApiConfiguration}'s scan.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KustomerApiProperties.class)
public class KustomerWebhookConfiguration {

  @Bean
  public KustomerWebhookSettings policyflowKustomerWebhookSettings(
      KustomerApiProperties properties) {
    return new KustomerWebhookSettings(properties, Clock.systemUTC());
  }
}
