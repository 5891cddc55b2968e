package io.policyflow.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyflow.sandbox.SandboxConfig;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code MAGENTO_AUTH=oauth1}: the worker signs every Magento call with OAuth 1.0a and the sandbox,
 * like a stock 2.4.4+ store, accepts nothing else; a whole refund goes through.
 */
class LocalStackOAuthTest {

  private static final String TOKEN = "local-stack-oauth-token";
  private static LocalStack stack;
  private static Http api;

  @BeforeAll
  static void startStack() {
    stack =
        LocalStack.start(
            Map.of("TEMPORAL_PORT", "0", "SANDBOX_PORT", "0", "MAGENTO_AUTH", "oauth1"),
            "--server.port=0",
            "--policyflow.api.token=" + TOKEN);
    api = new Http(stack.apiPort(), TOKEN);
  }

  @AfterAll
  static void stopStack() {
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void theSandboxRefusesTheBearerTokenAloneSoTheWorkerMustSign() throws Exception {
    assertThat(stack.sandbox().config().integrationBearer()).isFalse();
    HttpResponse<String> bearer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(stack.sandbox().baseUrl() + "/V1/orders/11"))
                    .header("Authorization", "Bearer " + SandboxConfig.DEFAULT_ACCESS_TOKEN)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(bearer.statusCode()).isEqualTo(401);
    assertThat(stack.context().getEnvironment().getProperty("policyflow.magento.auth"))
        .isEqualTo("oauth1");
  }

  @Test
  void aWholeRefundGoesThroughSignedRequests() {
    var started =
        api.post(
            "/v1/refunds",
            "{\"conversationId\":\"oauth-refund\",\"context\":{\"customerName\":\"Jane\"}}");
    assertThat(started.status()).isEqualTo(201);

    assertThat(api.say("oauth-refund", "m1", "it's Jane.Doe@Example.com"))
        .contains("#000000101", "#000000102");
    assertThat(api.say("oauth-refund", "m2", "000000101"))
        .contains("unused and in their original packaging");
    assertThat(api.say("oauth-refund", "m3", "yes, never used"))
        .contains("refund $10.00", "Shall I go ahead?");
    assertThat(api.say("oauth-refund", "m4", "yes please")).contains("refunded $10.00");

    List<Map<String, Object>> memos = stack.sandbox().store().creditMemosForOrder("000000101");
    assertThat(memos).hasSize(1);
    assertThat(new BigDecimal(memos.get(0).get("grand_total").toString()))
        .isEqualByComparingTo("10");
  }
}
