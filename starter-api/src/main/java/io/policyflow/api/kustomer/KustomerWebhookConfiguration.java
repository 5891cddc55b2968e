package io.policyflow.api.kustomer;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The Kustomer webhook's settings ({@code policyflow.kustomer.*}); picked up by {@code ApiConfiguration}'s scan. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KustomerApiProperties.class)
public class KustomerWebhookConfiguration {

  @Bean
  public KustomerWebhookSettings policyflowKustomerWebhookSettings(
      KustomerApiProperties properties, Environment environment) {
    return new KustomerWebhookSettings(properties, environment, Clock.systemUTC());
  }
}
