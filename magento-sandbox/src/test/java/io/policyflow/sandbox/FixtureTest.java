package io.policyflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store loaded from a JSON file written in Magento's own response shape. */
class FixtureTest extends SandboxTestSupport {

  static Path fixture() {
    try {
      return Path.of(FixtureTest.class.getResource("/fixture-store.json").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  SandboxConfig.Builder config() {
    return super.config().fixture(fixture());
  }

  @Test
  void fixtureOrderIsServedInMagentoShape() {
    SandboxClient.Response response = client.get("/V1/orders/1042");
    JsonNode order = response.json();

    assertThat(response.status()).isEqualTo(200);
    assertThat(order.get("increment_id").asText()).isEqualTo("000001042");
    assertThat(response.body()).contains("\"grand_total\":59,").contains("\"qty_ordered\":2,");
    assertThat(order.has("total_refunded")).isFalse();
    assertThat(order.at("/payment/cc_last4").isNull()).isTrue();
    assertThat(client.get("/V1/orders/11").status()).isEqualTo(404);
    assertThat(client.get("/V1/orders?searchCriteria").json().get("total_count").asInt())
        .isEqualTo(1);
  }

  @Test
  void plusInAnEmailMustBeSentAsPercent2B() {
    JsonNode encoded =
        client
            .get("/V1/customers/search?" + filter("email", "pat%2Bshop%40example.com", "eq"))
            .json();
    assertThat(encoded.get("total_count").asInt()).isEqualTo(1);
    assertThat(encoded.at("/items/0/id").asInt()).isEqualTo(314);

    // a raw '+' is decoded as a space (PHP), so it finds the decoy (or nothing), never pat+shop
    JsonNode raw =
        client
            .get("/V1/customers/search?" + filter("email", "pat+shop%40example.com", "eq"))
            .json();
    assertThat(raw.at("/search_criteria/filter_groups/0/filters/0/value").asText())
        .isEqualTo("pat shop@example.com");
    assertThat(raw.findValuesAsText("email")).doesNotContain("pat+shop@example.com");

    JsonNode orders =
        client.get("/V1/orders?" + filter("customer_email", "pat+shop%40example.com", null)).json();
    assertThat(orders.get("total_count").asInt()).isZero();
  }

  @Test
  void fixtureOrderIsRefundedThroughTheOrderNotItsCheckmoInvoice() {
    String body =
        "{\"items\":[{\"order_item_id\":2001,\"qty\":2}],\"arguments\":{\"shipping_amount\":0}}";
    SandboxClient.Response byInvoice = client.post("/V1/invoice/901/refund", body);
    assertThat(byInvoice.status()).as("checkmo cannot refund an invoice").isEqualTo(400);
    assertThat(byInvoice.message())
        .isEqualTo(
            "Creditmemo Document Validation Error(s):\nWe can't create creditmemo for the invoice.");

    SandboxClient.Response response = client.post("/V1/order/1042/refund", body);
    assertThat(response.status()).isEqualTo(200);

    Map<String, Object> order = sandbox.store().order("000001042");
    assertThat(((Number) order.get("total_refunded")).intValue()).isEqualTo(44);
    assertThat(order.get("total_offline_refunded")).isNotNull();
    assertThat(sandbox.store().creditMemosForOrder("000001042")).hasSize(1);
    assertThat(
            client
                .get("/V1/shipments?" + filter("order_id", "1042", null))
                .json()
                .at("/items/0/created_at")
                .asText())
        .isEqualTo("2024-04-30 10:00:00");

    sandbox.store().reset();
    assertThat(sandbox.store().order("000001042")).doesNotContainKey("total_refunded");
  }

  @Test
  void brokenFixtureFailsFastWithAClearMessage(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"invoices\": [{\"entity_id\": 1, \"order_id\": 5}]}");

    assertThatThrownBy(() -> MagentoSandbox.start(SandboxConfig.builder().fixture(broken).build()))
        .hasMessageContaining("order_id");
  }

  @Test
  void mainReadsItsEnvironment() {
    SandboxConfig config =
        SandboxMain.fromEnvironment(
            Map.of(
                "SANDBOX_PORT",
                "18089",
                "MAGENTO_ACCESS_TOKEN",
                "tok",
                "SANDBOX_BIND",
                "0.0.0.0",
                "SANDBOX_FIXTURE",
                fixture().toString()));
    assertThat(config.port()).isEqualTo(18089);
    assertThat(config.accessToken()).isEqualTo("tok");
    assertThat(config.bindAddress()).isEqualTo("0.0.0.0");
    assertThat(config.fixture()).isEqualTo(fixture());
    assertThat(config.twoFactorAuth()).isTrue();

    SandboxConfig defaults = SandboxMain.fromEnvironment(Map.of());
    assertThat(defaults.port()).isEqualTo(8089);
    assertThat(defaults.accessToken()).isEqualTo("sandbox-token");
    assertThat(defaults.bindAddress()).isEqualTo("127.0.0.1");
    assertThat(defaults.fixture()).isNull();
  }
}
