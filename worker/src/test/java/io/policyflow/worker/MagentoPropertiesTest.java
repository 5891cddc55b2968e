package io.policyflow.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.policyflow.activities.magento.MagentoConfig;
import io.policyflow.activities.magento.MagentoCredentials;
import io.policyflow.activities.magento.MagentoResilienceConfig;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Which Magento authentication the worker's settings select. */
class MagentoPropertiesTest {

  private static MagentoProperties bind(Map<String, String> settings) {
    return new Binder(new MapConfigurationPropertySource(settings))
        .bindOrCreate("policyflow.magento", MagentoProperties.class);
  }

  private static final Map<String, String> OAUTH =
      Map.of(
          "policyflow.magento.consumer-key", "ck",
          "policyflow.magento.consumer-secret", "cs",
          "policyflow.magento.access-token", "at",
          "policyflow.magento.access-token-secret", "ats");

  @Test
  void allFourIntegrationValuesMeanOAuthSigning() {
    assertThat(bind(OAUTH).credentials())
        .isEqualTo(new MagentoCredentials.OAuth1("ck", "cs", "at", "ats"));
  }

  @Test
  void accessTokenAloneMeansBearer() {
    assertThat(bind(Map.of("policyflow.magento.access-token", "sandbox-token")).credentials())
        .isEqualTo(new MagentoCredentials.Bearer("sandbox-token"));
  }

  @Test
  void adminUsernameAndPasswordMeanAdminToken() {
    assertThat(
            bind(Map.of(
                    "policyflow.magento.admin-username",
                    "bot",
                    "policyflow.magento.admin-password",
                    "pw"))
                .credentials())
        .isEqualTo(new MagentoCredentials.AdminPassword("bot", "pw"));
  }

  @Test
  void oauthWinsOverBearerWhichWinsOverAdmin() {
    Map<String, String> everything = new java.util.HashMap<>(OAUTH);
    everything.put("policyflow.magento.admin-username", "bot");
    everything.put("policyflow.magento.admin-password", "pw");
    MagentoProperties all = bind(everything);
    assertThat(all.credentials()).isInstanceOf(MagentoCredentials.OAuth1.class);
    assertThat(all.ignoredCredentialSettings(all.credentials()))
        .containsExactly("MAGENTO_ADMIN_USERNAME", "MAGENTO_ADMIN_PASSWORD");

    MagentoProperties bearerAndAdmin =
        bind(
            Map.of(
                "policyflow.magento.access-token",
                "t",
                "policyflow.magento.admin-username",
                "bot",
                "policyflow.magento.admin-password",
                "pw"));
    assertThat(bearerAndAdmin.credentials()).isInstanceOf(MagentoCredentials.Bearer.class);
  }

  @Test
  void explicitChoiceOverridesTheOrder() {
    MagentoProperties props =
        bind(
            Map.of(
                "policyflow.magento.auth",
                "admin",
                "policyflow.magento.access-token",
                "sandbox-token",
                "policyflow.magento.admin-username",
                "bot",
                "policyflow.magento.admin-password",
                "pw"));
    assertThat(props.credentials()).isEqualTo(new MagentoCredentials.AdminPassword("bot", "pw"));
    assertThat(props.ignoredCredentialSettings(props.credentials()))
        .containsExactly("MAGENTO_ACCESS_TOKEN");

    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                bind(Map.of(
                        "policyflow.magento.auth",
                        "oauth1",
                        "policyflow.magento.access-token",
                        "t"))
                    .credentials())
        .withMessageContaining(
            "MAGENTO_CONSUMER_KEY, MAGENTO_CONSUMER_SECRET, MAGENTO_ACCESS_TOKEN_SECRET");
  }

  @Test
  void incompleteOAuthIsAnErrorNotASilentFallbackToBearer() {
    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                bind(Map.of(
                        "policyflow.magento.consumer-key",
                        "ck",
                        "policyflow.magento.access-token",
                        "at"))
                    .credentials())
        .withMessageContaining("incomplete")
        .withMessageContaining("MAGENTO_CONSUMER_SECRET")
        .withMessageContaining("MAGENTO_ACCESS_TOKEN_SECRET");
  }

  @Test
  void noCredentialsSaysWhatToSet() {
    assertThatIllegalStateException()
        .isThrownBy(() -> bind(Map.of("policyflow.magento.access-token", "")).credentials())
        .withMessageContaining("No Magento credentials")
        .withMessageContaining("MAGENTO_ADMIN_USERNAME");
  }

  @Test
  void storeCodeTimeoutsAndResilienceAreBound() {
    Map<String, String> settings =
        new java.util.HashMap<>(
            Map.of(
                "policyflow.magento.base-url", "https://shop.example.com/rest/",
                "policyflow.magento.store-code", "de",
                "policyflow.magento.access-token", "t",
                "policyflow.magento.read-timeout", "45s",
                "policyflow.magento.resilience.failure-rate-threshold", "25",
                "policyflow.magento.resilience.sliding-window-size", "40",
                "policyflow.magento.resilience.wait-in-open-state", "2m",
                "policyflow.magento.resilience.rate-limit-per-second", "5",
                "policyflow.magento.resilience.max-concurrent-calls", "3"));
    MagentoProperties props = bind(settings);

    MagentoConfig config = props.toConfig();
    assertThat(config.apiUrl()).isEqualTo("https://shop.example.com/rest/de");
    assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(45));
    MagentoResilienceConfig resilience = props.resilience().toConfig();
    assertThat(resilience.failureRateThreshold()).isEqualTo(25f);
    assertThat(resilience.slidingWindowSize()).isEqualTo(40);
    assertThat(resilience.waitInOpenState()).isEqualTo(Duration.ofMinutes(2));
    assertThat(resilience.rateLimit()).isEqualTo(5);
    assertThat(resilience.rateLimitPeriod()).isEqualTo(Duration.ofSeconds(1));
    assertThat(resilience.maxConcurrentCalls()).isEqualTo(3);
    assertThat(resilience.minimumNumberOfCalls()).as("default").isEqualTo(10);
  }

  @Test
  void timeoutsMustLeaveARefundAttemptRoomToFinish() {
    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                bind(Map.of(
                        "policyflow.magento.access-token",
                        "t",
                        "policyflow.magento.read-timeout",
                        "2m"))
                    .toConfig())
        .withMessageContaining("MAGENTO_READ_TIMEOUT")
        .withMessageContaining("2 minutes per attempt");
  }
}
