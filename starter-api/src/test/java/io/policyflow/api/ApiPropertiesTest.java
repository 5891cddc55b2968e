package io.policyflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

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
  void theTurnRateDefaultsToTenAtOnceThenOneASecondAndIsBoundFromProperties() {
    assertThat(new ApiProperties(null, null).turnRate())
        .isEqualTo(new ApiProperties.TurnRate(10, Duration.ofSeconds(1)));

    ApiProperties bound = new Binder(new MapConfigurationPropertySource(Map.of(
        "policyflow.api.token", "t", "policyflow.api.turn-rate.burst", "3")))
        .bind("policyflow.api", ApiProperties.class).get();

    assertThat(bound.turnRate()).isEqualTo(new ApiProperties.TurnRate(3, Duration.ofSeconds(1)));
    assertThat(bound.turnTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThatThrownBy(() -> new ApiProperties.TurnRate(0, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ApiProperties.TurnRate(null, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTurnTimeoutMustBePositive() {
    assertThatThrownBy(() -> new ApiProperties("t", Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }
}
