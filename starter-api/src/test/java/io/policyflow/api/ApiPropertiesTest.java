package io.policyflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

class ApiPropertiesTest {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(ApiProperties.class)
  static class Api {}

  static ApiProperties bind(Map<String, String> settings) {
    return new Binder(new MapConfigurationPropertySource(settings))
        .bindOrCreate("policyflow.api", ApiProperties.class);
  }

  @Test
  void defaultsComeFromCode() {
    ApiProperties properties = bind(Map.of());
    assertThat(properties.turnTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(properties.tokenMissing()).isTrue();
    assertThat(bind(Map.of("policyflow.api.token", "   ")).tokenMissing()).isTrue();
  }

  @Test
  void theConfiguredTokenIsNeverShown() {
    assertThat(new ApiProperties("s3cret-token", null).toString()).doesNotContain("s3cret-token");
  }

  @Test
  void theTurnRateDefaultsToTenAtOnceThenOneASecondAndIsBoundFromProperties() {
    assertThat(new ApiProperties(null, null).turnRate())
        .isEqualTo(new ApiProperties.TurnRate(10, Duration.ofSeconds(1)));

    ApiProperties bound =
        new Binder(
                new MapConfigurationPropertySource(
                    Map.of("policyflow.api.token", "t", "policyflow.api.turn-rate.burst", "3")))
            .bind("policyflow.api", ApiProperties.class)
            .get();

    assertThat(bound.turnRate()).isEqualTo(new ApiProperties.TurnRate(3, Duration.ofSeconds(1)));
    assertThat(bound.turnTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThatThrownBy(() -> new ApiProperties.TurnRate(0, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ApiProperties.TurnRate(null, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTurnTimeoutMustBePositive() {
    new ApplicationContextRunner()
        .withUserConfiguration(Api.class)
        .withPropertyValues("policyflow.api.turn-timeout=0s")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("policyflow.api.turn-timeout"));
  }

  @Test
  void theBodySizeCapIs64KibUnlessSetAndMustBePositive() {
    assertThat(new ApiProperties(null, null).maxBodySize()).isEqualTo(DataSize.ofKilobytes(64));
    assertThatThrownBy(() -> new ApiProperties("t", null, DataSize.ofBytes(0), null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theBodySizeCapBindsFromItsEnvironmentVariable() {
    SystemEnvironmentPropertySource env =
        new SystemEnvironmentPropertySource("env", Map.of("POLICYFLOW_API_MAX_BODY_SIZE", "128KB"));

    ApiProperties properties =
        new Binder(ConfigurationPropertySources.from(env))
            .bind("policyflow.api", ApiProperties.class)
            .get();

    assertThat(properties.maxBodySize()).isEqualTo(DataSize.ofKilobytes(128));
  }
}
