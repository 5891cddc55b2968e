package io.policyflow.worker;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.policyflow.activities.magento.MagentoClients;
import io.policyflow.activities.magento.MagentoConfig;
import io.policyflow.activities.magento.MagentoCredentials;
import io.policyflow.activities.magento.MagentoHealthCheck;
import io.policyflow.activities.magento.MagentoResilience;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * {@code magento} in {@code /actuator/health}: UP/DOWN with the reason, checked at most every 30 s.
 */
class MagentoHealthIndicatorTest {

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String ORDERS = "/rest/default/V1/orders";
  private final TestClock clock = new TestClock();

  private MagentoHealthIndicator indicator(MagentoConfig config) {
    MagentoResilience resilience = MagentoResilience.defaults();
    return new MagentoHealthIndicator(
        new MagentoHealthCheck(
            MagentoClients.create(config, resilience, clock),
            config.credentials().scheme(),
            config.apiUrl()),
        resilience.circuitBreaker(config.host()),
        Duration.ofSeconds(30),
        clock);
  }

  private MagentoConfig bearer() {
    return new MagentoConfig(wm.baseUrl() + "/rest/default", "sandbox-token");
  }

  @Test
  void upWhenReachableAndAuthorizedAndCachedFor30Seconds() {
    wm.stubFor(get(urlPathEqualTo(ORDERS)).willReturn(json("{\"items\":[],\"total_count\":0}")));
    MagentoHealthIndicator indicator = indicator(bearer());

    Health health = indicator.health();
    indicator.health();

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails())
        .containsEntry("reachable", true)
        .containsEntry("authorized", true)
        .containsEntry("auth", "bearer")
        .containsEntry("store", wm.baseUrl() + "/rest/default")
        .containsEntry("circuitBreaker", "CLOSED")
        .doesNotContainKey("error");
    wm.verify(1, getRequestedFor(urlPathEqualTo(ORDERS)));

    clock.advance(Duration.ofSeconds(31));
    indicator.health();
    wm.verify(2, getRequestedFor(urlPathEqualTo(ORDERS)));
  }

  @Test
  void downWhenTheTokenIsRejected() {
    wm.stubFor(
        get(urlPathEqualTo(ORDERS))
            .willReturn(
                json("""
        {"message":"The consumer isn't authorized to access %resources.",
         "parameters":{"resources":"Magento_Sales::actions_view"}}""")
                    .withStatus(401)));

    Health health = indicator(bearer()).health();

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails())
        .containsEntry("reachable", true)
        .containsEntry("authorized", false);
    assertThat((String) health.getDetails().get("error"))
        .startsWith("token rejected")
        .contains("The consumer isn't authorized to access Magento_Sales::actions_view.");
  }

  @Test
  void downWithWhatToConfigureWhenTwoFactorAuthRefusesAdminTokens() {
    wm.stubFor(
        post(urlEqualTo("/rest/default/V1/integration/admin/token"))
            .willReturn(
                json("""
        {"message":"Please use the 2fa provider-specific endpoints to obtain a token.",
         "parameters":{"active_providers":["google"]}}""")
                    .withStatus(401)));
    MagentoConfig admin =
        new MagentoConfig(
            wm.baseUrl() + "/rest/default",
            new MagentoCredentials.AdminPassword("bot", "pw"),
            null,
            null,
            null);

    Health health = indicator(admin).health();

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails())
        .containsEntry("auth", "admin")
        .containsEntry("authorized", false);
    assertThat((String) health.getDetails().get("error"))
        .startsWith("Magento refuses admin tokens because two-factor auth is on")
        .contains("MAGENTO_CONSUMER_KEY")
        .contains("disable Magento_TwoFactorAuth");
  }

  @Test
  void downWhenTheConnectionIsRefused() throws IOException {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    Health health =
        indicator(new MagentoConfig("http://127.0.0.1:" + closed + "/rest/default", "t")).health();

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails())
        .containsEntry("reachable", false)
        .containsEntry("authorized", false);
    assertThat((String) health.getDetails().get("error")).contains("ConnectException");
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(
      String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  /** A clock moved by hand. */
  static final class TestClock extends Clock {
    private final AtomicReference<Instant> now =
        new AtomicReference<>(Instant.parse("2024-05-06T10:00:00Z"));

    void advance(Duration d) {
      now.updateAndGet(t -> t.plus(d));
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }
}
