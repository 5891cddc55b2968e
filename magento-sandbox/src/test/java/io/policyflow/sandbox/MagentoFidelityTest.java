package io.policyflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Where the sandbox follows Magento's code rather than the obvious reading (README "Fidelity"):
 * dynamic-price bundles, invoice totals after online refunds, invoice refunds by payment method.
 * Data: {@code fidelity-store.json} (order 50 a dynamic bundle on checkmo, order 60 braintree with
 * two invoices, order 70 braintree captured offline).
 */
class MagentoFidelityTest extends SandboxTestSupport {

  private static final String HEADER = "Creditmemo Document Validation Error(s):\n";

  @Override
  SandboxConfig.Builder config() {
    try {
      return super.config()
          .fixture(Path.of(getClass().getResource("/fidelity-store.json").toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void dynamicBundleRefundsItsChildrenAndRefusesItsParent() {
    SandboxClient.Response parent =
        client.post(
            "/V1/order/50/refund",
            "{\"items\":[{\"order_item_id\":500,\"qty\":1}],\"arguments\":{\"shipping_amount\":0}}");
    assertThat(parent.status()).isEqualTo(400);
    assertThat(parent.message())
        .isEqualTo(
            HEADER
                + "The credit memo's total must be positive.\n"
                + "The creditmemo contains incorrect product items.");

    SandboxClient.Response child =
        client.post(
            "/V1/order/50/refund",
            "{\"items\":[{\"order_item_id\":501,\"qty\":1}],\"arguments\":{\"shipping_amount\":0}}");
    assertThat(child.status()).isEqualTo(200);
    JsonNode order = client.get("/V1/orders/50").json();
    assertThat(order.get("total_refunded").asInt()).isEqualTo(30);
    assertThat(order.at("/items/0/qty_refunded").asInt()).as("the parent follows").isEqualTo(1);
    assertThat(order.at("/items/0/amount_refunded").asInt()).isZero();
    assertThat(order.at("/items/1/amount_refunded").asInt()).isEqualTo(30);
    assertThat(order.at("/items/2/qty_refunded").asInt()).isZero();

    // the other child is still refundable on its own
    assertThat(
            client
                .post(
                    "/V1/order/50/refund",
                    "{\"items\":[{\"order_item_id\":502,\"qty\":1}],"
                        + "\"arguments\":{\"shipping_amount\":0}}")
                .status())
        .isEqualTo(200);
    assertThat(client.get("/V1/orders/50").json().get("total_refunded").asInt()).isEqualTo(40);
  }

  @Test
  void fullRefundOfADynamicBundleRefundsTheChildrenAndShipping() {
    assertThat(client.post("/V1/order/50/refund", "{}").status()).isEqualTo(200);

    JsonNode order = client.get("/V1/orders/50").json();
    assertThat(order.get("total_refunded").asInt()).isEqualTo(45);
    assertThat(order.get("state").asText()).isEqualTo("closed");
  }

  @Test
  void onlineInvoiceRefundsLeaveTheInvoicesRefundFieldsAlone() {
    SandboxClient.Response first =
        client.post(
            "/V1/invoice/160/refund",
            "{\"items\":[{\"order_item_id\":600,\"qty\":1}],\"isOnline\":true}");
    assertThat(first.status()).isEqualTo(200);

    JsonNode invoice = client.get("/V1/invoices/160").json();
    assertThat(invoice.has("base_total_refunded")).isFalse();
    assertThat(invoice.has("is_used_for_refund")).isFalse();
    JsonNode memo = client.get("/V1/creditmemo/" + first.body()).json();
    assertThat(memo.get("invoice_id").asInt()).as("what does record it").isEqualTo(160);
    assertThat(memo.get("grand_total").asInt()).isEqualTo(25);

    // the exhausted first invoice is refused by quantity, the second one refunds
    SandboxClient.Response again =
        client.post(
            "/V1/invoice/160/refund",
            "{\"items\":[{\"order_item_id\":601,\"qty\":1}],\"isOnline\":true}");
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.message()).isEqualTo(HEADER + "The credit memo's total must be positive.");
    assertThat(
            client
                .post(
                    "/V1/invoice/161/refund",
                    "{\"items\":[{\"order_item_id\":601,\"qty\":1}],\"isOnline\":true}")
                .status())
        .isEqualTo(200);
    assertThat(client.get("/V1/orders/60").json().get("state").asText()).isEqualTo("closed");
  }

  @Test
  void offlineInvoiceRefundsDoUpdateTheInvoice() {
    assertThat(
            client
                .post("/V1/invoice/160/refund", "{\"items\":[{\"order_item_id\":600,\"qty\":1}]}")
                .status())
        .isEqualTo(200);

    JsonNode invoice = client.get("/V1/invoices/160").json();
    assertThat(invoice.get("base_total_refunded").asInt()).isEqualTo(25);
    assertThat(invoice.get("is_used_for_refund").asInt()).isEqualTo(1);
  }

  @Test
  void checkmoInvoiceCannotBeRefundedEvenOffline() {
    SandboxClient.Response response = client.post("/V1/invoice/150/refund", "{\"isOnline\":false}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.message())
        .isEqualTo(HEADER + "We can't create creditmemo for the invoice.");
    assertThat(client.get("/V1/orders/50").json().has("total_refunded")).isFalse();
  }

  @Test
  void onlineRefundOfAnInvoiceCapturedOfflineFailsAndTheOrderEndpointRefundsOffline() {
    SandboxClient.Response online = client.post("/V1/invoice/170/refund", "{\"isOnline\":true}");
    assertThat(online.status()).isEqualTo(400);
    assertThat(online.message())
        .isEqualTo("Could not save a Creditmemo, see error log for details");
    assertThat(client.get("/V1/orders/70").json().has("total_refunded"))
        .as("rolled back")
        .isFalse();

    assertThat(client.post("/V1/order/70/refund", "{}").status()).isEqualTo(200);
    JsonNode order = client.get("/V1/orders/70").json();
    assertThat(order.get("total_offline_refunded").asInt()).isEqualTo(25);
  }
}
