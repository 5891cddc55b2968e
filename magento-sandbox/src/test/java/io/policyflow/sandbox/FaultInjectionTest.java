package io.policyflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.policyflow.sandbox.fault.FaultRule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Fault injection: the Java API, the {@code /__sandbox/faults} endpoint, and what an HTTP client
 * then sees.
 */
class FaultInjectionTest extends SandboxTestSupport {

  private static final String REFUND_101 = "/V1/order/11/refund";
  private static final String ONE_BOTTLE =
      "{\"items\":[{\"order_item_id\":1101,\"qty\":1}]," + "\"arguments\":{\"shipping_amount\":0}}";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @AfterEach
  void clearFaults() {
    sandbox.faults().clear();
  }

  @Test
  void statusFaultAnswersWithoutExecutingThenRunsOut() {
    sandbox
        .faults()
        .add(
            FaultRule.on("POST", "/V1/order/*/refund")
                .withStatus(503)
                .withRetryAfter("2")
                .withTimes(2));

    for (int i = 0; i < 2; i++) {
      HttpResponse<String> refused = raw("POST", sandbox.baseUrl() + REFUND_101, ONE_BOTTLE, true);
      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(refused.body()).isEqualTo("{\"message\":\"Service Unavailable\"}");
      assertThat(refused.headers().firstValue("Retry-After")).hasValue("2");
    }
    assertThat(sandbox.store().creditMemosForOrder("000000101")).as("nothing executed").isEmpty();

    SandboxClient.Response third = client.post(REFUND_101, ONE_BOTTLE);
    assertThat(third.status()).isEqualTo(200);
    assertThat(sandbox.store().creditMemosForOrder("000000101")).hasSize(1);
    assertThat(sandbox.faults().list()).as("used up").isEmpty();
  }

  @Test
  void masked500ByDefaultAndACustomBodyWhenGiven() {
    sandbox.faults().add(FaultRule.on("GET", "/V1/orders/11").withStatus(500).withTimes(1));
    sandbox
        .faults()
        .add(
            FaultRule.on(null, "/V1/orders/**")
                .withStatus(429)
                .withBody(new ObjectMapper().createObjectNode().put("message", "Slow down"))
                .withTimes(1));

    SandboxClient.Response masked = client.get("/V1/orders/11");
    assertThat(masked.status()).isEqualTo(500);
    assertThat(masked.message())
        .matches(
            "Internal Error\\. Details are available in Magento log file\\. Report ID: webapi-[0-9a-f]{13}");
    SandboxClient.Response custom = client.get("/V1/orders/11/comments");
    assertThat(custom.status()).isEqualTo(429);
    assertThat(custom.message()).isEqualTo("Slow down");
    assertThat(client.get("/V1/orders/11").status()).isEqualTo(200);
  }

  @Test
  void pathGlobIsMatchedAfterAnyStoreCodeAndTheMethodMustFit() {
    sandbox.faults().add(FaultRule.on("POST", "/V1/order/*/refund").withStatus(503));

    assertThat(client.get("/V1/orders/11").status()).as("GET does not match").isEqualTo(200);
    String otherStore = sandbox.baseUrl().replace("/rest/default", "/rest/us_en");
    assertThat(raw("POST", otherStore + REFUND_101, ONE_BOTTLE, true).statusCode()).isEqualTo(503);
    assertThat(
            raw("POST", otherStore.replace("/rest/us_en", "/rest") + REFUND_101, ONE_BOTTLE, true)
                .statusCode())
        .isEqualTo(503);
    assertThat(sandbox.faults().list())
        .singleElement()
        .satisfies(active -> assertThat(active.remaining()).as("forever").isNull());
  }

  @Test
  void droppedAfterCommitTheClientSeesAnIoErrorButTheRefundIsThere() {
    sandbox
        .faults()
        .add(FaultRule.on("POST", "/V1/order/*/refund").withDropAfterCommit().withTimes(1));

    assertThatThrownBy(
            () ->
                HTTP.send(
                    post(sandbox.baseUrl() + REFUND_101, ONE_BOTTLE),
                    HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(IOException.class);

    assertThat(sandbox.store().creditMemosForOrder("000000101")).as("committed").hasSize(1);
    assertThat(sandbox.store().order("000000101").get("total_refunded").toString()).isEqualTo("10");
    assertThat(client.get("/V1/orders/11").status()).as("the server still serves").isEqualTo(200);
  }

  @Test
  void delayHoldsTheRequestBeforeHandlingIt() {
    sandbox.faults().add(FaultRule.on("GET", "/V1/orders/*").withDelayMs(300).withTimes(1));

    long start = System.nanoTime();
    assertThat(client.get("/V1/orders/11").status()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void controlEndpointAddsListsAndClearsRulesWithoutMagentoAuth() throws Exception {
    String control = controlUrl();

    HttpResponse<String> added =
        raw(
            "POST",
            control,
            """
                {"method":"POST","path":"/V1/order/*/refund","status":503,"retryAfter":"2","times":3}""",
            false);
    assertThat(added.statusCode()).isEqualTo(201);
    client.post(REFUND_101, ONE_BOTTLE); // uses one

    JsonNode listed = new ObjectMapper().readTree(raw("GET", control, null, false).body());
    assertThat(listed.get("rules")).hasSize(1);
    JsonNode rule = listed.get("rules").get(0);
    assertThat(rule.get("path").asText()).isEqualTo("/V1/order/*/refund");
    assertThat(rule.get("status").asInt()).isEqualTo(503);
    assertThat(rule.get("times").asInt()).isEqualTo(3);
    assertThat(rule.get("remaining").asInt()).isEqualTo(2);

    HttpResponse<String> cleared = raw("DELETE", control, null, false);
    assertThat(cleared.statusCode()).isEqualTo(200);
    assertThat(cleared.body()).isEqualTo("{\"cleared\":1}");
    assertThat(sandbox.faults().list()).isEmpty();
    assertThat(client.post(REFUND_101, ONE_BOTTLE).status()).isEqualTo(200);
  }

  @Test
  void controlEndpointRefusesNonsense() {
    String control = controlUrl();

    HttpResponse<String> unknownKey =
        raw("POST", control, "{\"path\":\"/V1/orders\",\"stauts\":503}", false);
    assertThat(unknownKey.statusCode()).isEqualTo(400);
    assertThat(unknownKey.body()).contains("stauts");
    assertThat(
            raw(
                    "POST",
                    control,
                    "{\"path\":\"/V1/orders\",\"status\":503,\"dropAfterCommit\":true}",
                    false)
                .statusCode())
        .isEqualTo(400);
    assertThat(raw("POST", control, "not json", false).statusCode()).isEqualTo(400);
    assertThat(raw("POST", control, "{\"status\":503}", false).statusCode())
        .as("path required")
        .isEqualTo(400);
    assertThat(sandbox.faults().list()).isEmpty();
  }

  @Test
  void controlEndpointIsNotServedWhenFaultControlIsOff() {
    try (MagentoSandbox locked = MagentoSandbox.start(config().faultControl(false).build())) {
      String control = locked.baseUrl().replace("/rest/default", "") + "/__sandbox/faults";
      HttpResponse<String> response =
          raw("POST", control, "{\"path\":\"/V1/**\",\"status\":503}", false);
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.body()).contains("Request does not match any route.");
      assertThat(locked.faults().list()).isEmpty();
    }
  }

  @Test
  void concurrentRequestsConsumeExactlyTimes() throws Exception {
    sandbox.faults().add(FaultRule.on("GET", "/V1/orders/11").withStatus(503).withTimes(5));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        results.add(pool.submit(() -> client.get("/V1/orders/11").status()));
      }
      int unavailable = 0;
      for (Future<Integer> result : results) {
        unavailable += result.get() == 503 ? 1 : 0;
      }
      assertThat(unavailable).isEqualTo(5);
    } finally {
      pool.shutdownNow();
    }
  }

  private String controlUrl() {
    return sandbox.baseUrl().replace("/rest/default", "") + "/__sandbox/faults";
  }

  private static HttpRequest post(String url, String json) {
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(10))
        .header("Authorization", "Bearer " + SandboxClient.TOKEN)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  private static HttpResponse<String> raw(
      String method, String url, String json, boolean magentoAuth) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(10))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      builder.header("Content-Type", "application/json");
    }
    if (magentoAuth) {
      builder.header("Authorization", "Bearer " + SandboxClient.TOKEN);
    }
    try {
      return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
