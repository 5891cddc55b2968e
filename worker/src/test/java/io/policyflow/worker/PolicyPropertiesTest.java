package io.policyflow.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyflow.refund.policy.RefundPolicy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The policy as configured: defaults, overrides, and values out of range stopping the worker. */
class PolicyPropertiesTest {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(PolicyProperties.class)
  static class Policy {}

  final ApplicationContextRunner runner =
      new ApplicationContextRunner().withUserConfiguration(Policy.class);

  private static PolicyProperties bind(Map<String, String> settings) {
    return new Binder(new MapConfigurationPropertySource(settings))
        .bindOrCreate("policyflow.policy", PolicyProperties.class);
  }

  @Test
  void withNothingSetThePolicyIsTheShippedOne() {
    assertThat(bind(Map.of()).toPolicy()).isEqualTo(RefundPolicy.defaults());
  }

  @Test
  void everyValueCanBeOverridden() {
    RefundPolicy policy =
        bind(Map.of(
                "policyflow.policy.return-window-days", "45",
                "policyflow.policy.refundable-states", "complete",
                "policyflow.policy.holidays", "2024-12-25,2024-12-26",
                "policyflow.policy.time-zone", "Europe/Berlin",
                "policyflow.policy.reminder-after", "12h",
                "policyflow.policy.max-not-understood", "3"))
            .toPolicy();

    assertThat(policy.returnWindowDays()).isEqualTo(45);
    assertThat(policy.refundableStates()).containsExactly("complete");
    assertThat(policy.holidays())
        .containsExactly(LocalDate.of(2024, 12, 25), LocalDate.of(2024, 12, 26));
    assertThat(policy.timeZone()).isEqualTo("Europe/Berlin");
    assertThat(policy.reminderAfter()).isEqualTo(Duration.ofHours(12));
    assertThat(policy.maxNotUnderstood()).isEqualTo(3);
    assertThat(policy.nonReturnableSkus())
        .as("default")
        .isEqualTo(RefundPolicy.defaults().nonReturnableSkus());
  }

  @Test
  void valuesOutOfRangeStopTheWorkerNamingTheProperty() {
    runner
        .withPropertyValues(
            "policyflow.policy.return-window-days=-1",
            "policyflow.policy.orders-listed=0",
            "policyflow.policy.abandon-after=0s")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("policyflow.policy.return-window-days")
                    .hasMessageContaining("policyflow.policy.orders-listed")
                    .hasMessageContaining("policyflow.policy.abandon-after"));
  }

  @Test
  void businessDaysMustBeOrderedAndTheZoneKnown() {
    runner
        .withPropertyValues(
            "policyflow.policy.min-business-days=6", "policyflow.policy.max-business-days=5")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("min-business-days must not exceed max-business-days"));
    runner
        .withPropertyValues("policyflow.policy.time-zone=Mars/Olympus")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("time-zone must be a zone id"));
    runner.run(context -> assertThat(context).hasNotFailed());
  }
}
