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
    return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("policyflow.api", ApiProperties.class);
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
  void aTurnTimeoutMustBePositive() {
    new ApplicationContextRunner().withUserConfiguration(Api.class)
        .withPropertyValues("policyflow.api.turn-timeout=0s")
        .run(context -> assertThat(context).getFailure().rootCause()
            .hasMessageContaining("policyflow.api.turn-timeout"));
  }

  @Test
  void theBodySizeCapIs64KibUnlessSetAndMustBePositive() {
    assertThat(new ApiProperties(null, null).maxBodySize()).isEqualTo(DataSize.ofKilobytes(64));
    assertThatThrownBy(() -> new ApiProperties("t", null, DataSize.ofBytes(0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theBodySizeCapBindsFromItsEnvironmentVariable() {
    SystemEnvironmentPropertySource env =
        new SystemEnvironmentPropertySource("env", Map.of("POLICYFLOW_API_MAX_BODY_SIZE", "128KB"));

    ApiProperties properties =
        new Binder(ConfigurationPropertySources.from(env)).bind("policyflow.api", ApiProperties.class).get();

    assertThat(properties.maxBodySize()).isEqualTo(DataSize.ofKilobytes(128));
  }
}
