package io.policyflow.worker;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole worker (in-memory Temporal, payloads in clear): Magento in /actuator/health (details
 * shown, as HEALTH_SHOW_DETAILS=always does), Resilience4j metrics on /actuator/prometheus, both on
 * the management port, which listens on 127.0.0.1 only; the app port serves the probes and no
 * actuator endpoint.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.temporal.test-server.enabled=true",
      "policyflow.codec.allow-plaintext=true",
      "management.endpoint.health.show-details=always",
      "policyflow.magento.access-token=sandbox-token",
      "policyflow.magento.health-cache-ttl=0s"
    })
class WorkerActuatorTest {

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @DynamicPropertySource
  static void magento(DynamicPropertyRegistry registry) {
    registry.add("policyflow.magento.base-url", () -> wm.baseUrl() + "/rest/default");
  }

  @Value("${local.server.port}")
  int port;

  @LocalManagementPort int managementPort;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void healthReportsMagentoAndPrometheusShowsItsCircuitBreaker() throws Exception {
    wm.stubFor(
        get(urlPathEqualTo("/rest/default/V1/orders"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"items\":[],\"total_count\":0}")));

    HttpResponse<String> up = fetch("/actuator/health");
    JsonNode magento = new ObjectMapper().readTree(up.body()).path("components").path("magento");
    assertThat(up.statusCode()).isEqualTo(200);
    assertThat(magento.path("status").asText()).isEqualTo("UP");
    assertThat(magento.path("details").path("reachable").asBoolean()).isTrue();
    assertThat(magento.path("details").path("authorized").asBoolean()).isTrue();
    assertThat(magento.path("details").path("auth").asText()).isEqualTo("bearer");

    wm.stubFor(
        get(urlPathEqualTo("/rest/default/V1/orders"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"message\":\"The consumer isn't authorized to access %resources.\","
                            + "\"parameters\":{\"resources\":\"Magento_Sales::actions_view\"}}")));
    HttpResponse<String> down = fetch("/actuator/health");
    JsonNode downMagento =
        new ObjectMapper().readTree(down.body()).path("components").path("magento");
    assertThat(down.statusCode()).isEqualTo(503);
    assertThat(downMagento.path("status").asText()).isEqualTo("DOWN");
    assertThat(downMagento.path("details").path("error").asText()).startsWith("token rejected");
    assertThat(fetch("/actuator/health/liveness").statusCode())
        .as("a store problem is no reason to restart")
        .isEqualTo(200);

    String metrics = fetch("/actuator/prometheus").body();
    String host = URI.create(wm.baseUrl()).getHost() + ":" + wm.getPort();
    assertThat(metrics)
        .contains(
            "resilience4j_circuitbreaker_state{name=\"magento-" + host + "\",state=\"closed\"} 1.0")
        .contains(
            "resilience4j_circuitbreaker_calls_seconds_count{kind=\"successful\",name=\"magento-"
                + host
                + "\"}")
        .contains("resilience4j_ratelimiter_available_permissions{name=\"magento-" + host + "\"}")
        .contains(
            "resilience4j_bulkhead_available_concurrent_calls{name=\"magento-" + host + "\"}");
  }

  @Test
  void managementAnswersOnLoopbackOnlyAndTheAppPortServesTheProbesOnly() throws Exception {
    assertThat(managementPort).isNotEqualTo(port);
    assertThat(fetch("/actuator/health/liveness").statusCode()).isEqualTo(200);
    assertThat(fetch("/actuator/prometheus").statusCode()).isEqualTo(200);
    for (String path :
        new String[] {"/actuator/prometheus", "/actuator/health", "/actuator/info", "/actuator"}) {
      assertThat(fetch(port, path).statusCode()).as("app port " + path).isEqualTo(404);
    }
    HttpResponse<String> livez = fetch(port, "/livez");
    assertThat(livez.statusCode()).isEqualTo(200);
    assertThat(livez.body()).contains("\"status\":\"UP\"").doesNotContain("magento");
    assertThat(fetch(port, "/readyz").statusCode()).isEqualTo(200);

    InetAddress other = Network.anotherAddressWhereThisPortAnswers(port);
    assertThat(Network.accepts(other, managementPort)).as("management port on " + other).isFalse();
  }

  /** GET on the management port, on 127.0.0.1. */
  private HttpResponse<String> fetch(String path) throws Exception {
    return fetch(managementPort, path);
  }

  private HttpResponse<String> fetch(int port, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
