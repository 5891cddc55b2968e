package io.policyflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

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
}
