package io.policyflow.activities.magento;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.policyflow.activities.magento.MagentoStub.API;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reachable? Authorized? And if not, why, in words an operator can act on. */
class MagentoHealthCheckTest {

  @RegisterExtension static WireMockExtension wm = MagentoStub.server();

  private MagentoHealthCheck check(MagentoConfig config, MagentoResilience resilience) {
    return new MagentoHealthCheck(
        MagentoClients.create(config, resilience, MagentoStub.CLOCK),
        config.credentials().scheme(),
        config.apiUrl());
  }

  @Test
  void upWhenTheCheapCallSucceeds() {
    wm.stubFor(
        get(urlPathEqualTo(API + "/orders"))
            .willReturn(json(Fixtures.magento("orders-search-empty.json"))));

    MagentoHealthCheck.Result result =
        check(MagentoStub.config(wm), MagentoResilience.defaults()).check();

    assertThat(result)
        .isEqualTo(
            new MagentoHealthCheck.Result(
                true, true, "bearer", wm.baseUrl() + "/rest/default", null));
    wm.verify(
        getRequestedFor(urlPathEqualTo(API + "/orders"))
            .withQueryParam("searchCriteria[pageSize]", equalTo("1"))
            .withQueryParam("searchCriteria[currentPage]", equalTo("1")));
  }

  @Test
  void rejectedTokenIsReachableButNotAuthorized() {
    wm.stubFor(
        get(urlPathEqualTo(API + "/orders"))
            .willReturn(json(Fixtures.magento("error-401-acl.json")).withStatus(401)));

    MagentoHealthCheck.Result result =
        check(MagentoStub.config(wm), MagentoResilience.defaults()).check();

    assertThat(result.reachable()).isTrue();
    assertThat(result.authorized()).isFalse();
    assertThat(result.healthy()).isFalse();
    assertThat(result.error())
        .startsWith("token rejected: ")
        .contains("Magento_Sales::actions_view")
        .contains("MAGENTO_ACCESS_TOKEN")
        .contains("standalone Bearer tokens");
  }

  @Test
  void twoFactorRefusalIsReportedWithWhatToConfigure() {
    wm.stubFor(
        post(urlEqualTo(API + "/integration/admin/token"))
            .willReturn(
                json("""
        {"message":"Please use the 2fa provider-specific endpoints to obtain a token.",
         "parameters":{"active_providers":["google"]}}""")
                    .withStatus(401)));
    MagentoConfig admin =
        new MagentoConfig(
            wm.baseUrl() + "/rest",
            new MagentoCredentials.AdminPassword("policyflow", "pw"),
            null,
            null,
            "default");

    MagentoHealthCheck.Result result = check(admin, MagentoResilience.defaults()).check();

    assertThat(result.reachable()).isTrue();
    assertThat(result.authorized()).isFalse();
    assertThat(result.auth()).isEqualTo("admin");
    assertThat(result.error()).startsWith(AdminTokenAuth.TWO_FACTOR_GUIDANCE);
  }

  @Test
  void connectionRefusedIsNotReachable() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    MagentoConfig config =
        new MagentoConfig(
            "http://127.0.0.1:" + closedPort + "/rest",
            "t",
            Duration.ofMillis(500),
            Duration.ofSeconds(1),
            "default");

    MagentoHealthCheck.Result result = check(config, MagentoResilience.defaults()).check();

    assertThat(result.reachable()).isFalse();
    assertThat(result.authorized()).isFalse();
    assertThat(result.error()).contains("Magento unreachable").contains("ConnectException");
  }

  @Test
  void serverErrorsAndAnOpenCircuitAreReported() {
    wm.stubFor(get(urlPathEqualTo(API + "/orders")).willReturn(aResponse().withStatus(503)));
    MagentoResilience resilience =
        new MagentoResilience(
            MagentoResilienceConfig.builder().slidingWindowSize(2).minimumNumberOfCalls(2).build());
    MagentoHealthCheck check = check(MagentoStub.config(wm), resilience);

    MagentoHealthCheck.Result answered503 = check.check();
    check.check();
    MagentoHealthCheck.Result circuitOpen = check.check();

    assertThat(answered503.reachable()).isTrue();
    assertThat(answered503.healthy()).isFalse();
    assertThat(answered503.error()).contains("HTTP 503");
    assertThat(circuitOpen.reachable()).isFalse();
    assertThat(circuitOpen.error()).contains("circuit breaker").contains("open");
  }

  @Test
  void wrongBaseUrlSaysSo() {
    wm.stubFor(
        get(urlPathEqualTo("/rest/nostore/V1/orders"))
            .willReturn(
                json("""
        {"message":"Request does not match any route."}""")
                    .withStatus(404)));
    MagentoConfig config = new MagentoConfig(wm.baseUrl() + "/rest/nostore", "t");

    MagentoHealthCheck.Result result = check(config, MagentoResilience.defaults()).check();

    assertThat(result.healthy()).isFalse();
    assertThat(result.error())
        .contains("wrong base URL or store code")
        .contains("Request does not match any route.");
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(
      String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(body);
  }
}
