package io.policyflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

class ApiPropertiesTest {

  @Test
  void defaultsComeFromCode() {
    ApiProperties properties = new ApiProperties(null, null);
    assertThat(properties.turnTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(properties.tokenMissing()).isTrue();
    assertThat(new ApiProperties("   ", null).tokenMissing()).isTrue();
  }

  @Test
  void theConfiguredTokenIsNeverShown() {
    assertThat(new ApiProperties("s3cret-token", null).toString()).doesNotContain("s3cret-token");
  }

  @Test
  void aTurnTimeoutMustBePositive() {
    assertThatThrownBy(() -> new ApiProperties("t", Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
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
