package io.policyflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RefundTest extends SandboxTestSupport {

  private static final String HEADER = "Creditmemo Document Validation Error(s):\n";

  private JsonNode order(long id) {
    return client.get("/V1/orders/" + id).json();
  }

  @Test
  void fullOfflineRefundClosesTheOrderAndCreatesTheCreditMemo() {
    SandboxClient.Response response =
        client.post(
            "/V1/order/11/refund",
            """
                {"items": [], "notify": true, "appendComment": false,
                 "comment": {"comment": "[refund-bot] conv=6630c0ffee attempt=1", "is_visible_on_front": 0}}
                """);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).matches("\\d+");
    long memoId = Long.parseLong(response.body());

    JsonNode order = order(11);
    assertThat(order.get("state").asText()).isEqualTo("closed");
    assertThat(order.get("status").asText()).isEqualTo("closed");
    assertThat(order.get("total_refunded").asInt()).isEqualTo(15);
    assertThat(order.get("base_total_refunded").asInt()).isEqualTo(15);
    assertThat(order.get("total_offline_refunded").asInt()).isEqualTo(15);
    assertThat(order.has("total_online_refunded")).isFalse();
    assertThat(order.get("shipping_refunded").asInt()).isEqualTo(5);
    assertThat(order.at("/items/0/qty_refunded").asInt()).isEqualTo(1);
    assertThat(order.at("/items/0/amount_refunded").asInt()).isEqualTo(10);
    assertThat(order.at("/status_histories/0/comment").asText())
        .isEqualTo("We refunded $15.00 offline.");

    JsonNode memos = client.get("/V1/creditmemos?" + filter("order_id", "11", "eq")).json();
    assertThat(memos.get("total_count").asInt()).isEqualTo(1);
    JsonNode memo = memos.at("/items/0");
    assertThat(memo.get("entity_id").asLong()).isEqualTo(memoId);
    assertThat(memo.get("state").asInt()).isEqualTo(2);
    assertThat(memo.get("grand_total").asInt()).isEqualTo(15);
    assertThat(memo.get("order_currency_code").asText()).isEqualTo("USD");
    assertThat(memo.get("created_at").asText()).isEqualTo("2025-06-15 12:00:00");
    assertThat(memo.get("email_sent").asInt()).isEqualTo(1);
    assertThat(memo.has("invoice_id")).isFalse();

    JsonNode comments = client.get("/V1/creditmemo/" + memoId + "/comments").json();
    assertThat(comments.get("total_count").asInt()).isEqualTo(1);
    assertThat(comments.at("/items/0/comment").asText())
        .isEqualTo("[refund-bot] conv=6630c0ffee attempt=1");
    assertThat(comments.at("/items/0/is_customer_notified").asInt()).isZero();
    assertThat(comments.at("/items/0/parent_id").asLong()).isEqualTo(memoId);

    List<Map<String, Object>> viaStore = sandbox.store().creditMemosForOrder("000000101");
    assertThat(viaStore).hasSize(1);
    assertThat(((Number) viaStore.get(0).get("grand_total")).intValue()).isEqualTo(15);
    assertThat(viaStore.get(0).get("comments").toString()).contains("[refund-bot] conv=6630c0ffee");
  }

  @Test
  void emptyBodyIsAFullRefundToo() {
    assertThat(client.post("/V1/order/11/refund", "").status()).isEqualTo(200);
    assertThat(order(11).get("total_refunded").asInt()).isEqualTo(15);
  }

  @Test
  void partialRefundWithoutShippingKeepsTheOrderComplete() {
    SandboxClient.Response response =
        client.post(
            "/V1/order/11/refund",
            """
                {"items": [{"order_item_id": 1101, "qty": 1}], "arguments": {"shipping_amount": 0}}
                """);
    assertThat(response.status()).isEqualTo(200);

    JsonNode order = order(11);
    assertThat(order.get("total_refunded").asInt()).isEqualTo(10);
    assertThat(order.get("state").asText()).isEqualTo("complete");
    assertThat(order.get("shipping_refunded").asInt()).isZero();

    // the rest: shipping only, which closes it
    assertThat(
            client
                .post("/V1/order/11/refund", "{\"items\":[{\"order_item_id\":1101,\"qty\":0}]}")
                .status())
        .isEqualTo(200);
    assertThat(order(11).get("state").asText()).isEqualTo("closed");
    assertThat(order(11).get("total_refunded").asInt()).isEqualTo(15);
  }

  @Test
  void omittedShippingAmountRefundsTheRemainingShipping() {
    client.post("/V1/order/11/refund", "{\"items\":[{\"order_item_id\":1101,\"qty\":1}]}");
    assertThat(order(11).get("total_refunded").asInt()).isEqualTo(15);
  }

  @Test
  void onlineRefundViaInvoiceOfAConfigurableParentRefundsTheChildToo() {
    SandboxClient.Response response =
        client.post(
            "/V1/invoice/112/refund",
            """
                {"items": [{"order_item_id": 1201, "qty": 1}], "isOnline": true, "notify": true,
                 "appendComment": true, "comment": {"comment": "One tank top damaged.", "is_visible_on_front": 1},
                 "arguments": {"shipping_amount": 0}}
                """);
    assertThat(response.status()).isEqualTo(200);

    JsonNode order = order(12);
    assertThat(order.get("total_refunded").asInt()).isEqualTo(22);
    assertThat(order.get("total_online_refunded").asInt()).isEqualTo(22);
    assertThat(order.has("total_offline_refunded")).isFalse();
    assertThat(order.get("state").asText()).isEqualTo("complete");
    assertThat(order.at("/items/0/qty_refunded").asInt()).isEqualTo(1);
    assertThat(order.at("/items/1/qty_refunded").asInt()).isEqualTo(1);
    assertThat(order.at("/items/1/amount_refunded").asInt()).isZero();
    assertThat(order.at("/items/2/qty_refunded").asInt()).isZero();

    JsonNode memo = client.get("/V1/creditmemo/" + response.body()).json();
    assertThat(memo.get("invoice_id").asInt()).isEqualTo(112);
    assertThat(memo.get("transaction_id").asText()).startsWith("8ndlk2fq-refund-");
    assertThat(memo.at("/comments/0/is_customer_notified").asInt()).isEqualTo(1);
    assertThat(memo.at("/comments/0/is_visible_on_front").asInt()).isEqualTo(1);
    assertThat(client.get("/V1/invoices/112").json().has("base_total_refunded"))
        .as("Model\\RefundInvoice updates the invoice only for offline refunds")
        .isFalse();

    // everything else on the invoice: the other tank, the bottle, the shipping -> closed
    assertThat(client.post("/V1/invoice/112/refund", "{\"isOnline\": true}").status())
        .isEqualTo(200);
    JsonNode closed = order(12);
    assertThat(closed.get("state").asText()).isEqualTo("closed");
    assertThat(closed.get("total_online_refunded").asInt()).isEqualTo(59);
    assertThat(closed.at("/items/1/qty_refunded").asInt()).isEqualTo(2);
  }

  @Test
  void processingOrderFullyRefundedIsClosed() {
    assertThat(order(15).get("state").asText()).isEqualTo("processing");
    assertThat(client.post("/V1/order/15/refund", "{}").status()).isEqualTo(200);
    assertThat(order(15).get("state").asText()).isEqualTo("closed");
  }

  @Test
  void moneyCapReportsTheRawAvailableAmount() {
    client.post(
        "/V1/order/11/refund",
        "{\"items\":[{\"order_item_id\":1101,\"qty\":0}],\"arguments\":{\"shipping_amount\":5}}");

    SandboxClient.Response response =
        client.post(
            "/V1/order/11/refund",
            """
                {"items": [{"order_item_id": 1101, "qty": 1}],
                 "arguments": {"shipping_amount": 0, "adjustment_positive": 1}}
                """);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body())
        .isEqualTo(
            "{\"message\":\"Creditmemo Document Validation Error(s):\\nThe most money available to refund is 10.\"}");
    assertThat(order(11).get("total_refunded").asInt()).isEqualTo(5);
  }

  @Test
  void quantityOverTheRefundableIsReportedAtMemoAndItemLevel() {
    SandboxClient.Response response =
        client.post(
            "/V1/order/11/refund",
            "{\"items\":[{\"order_item_id\":1101,\"qty\":2}],\"arguments\":{\"shipping_amount\":0}}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.message())
        .isEqualTo(
            HEADER
                + "The quantity to creditmemo must not be greater than the unrefunded quantity for product SKU \"24-UG06\".\n"
                + "The most money available to refund is 15.\n"
                + "The quantity to refund must not be greater than the unrefunded quantity.");
    assertThat(response.json().has("parameters")).isFalse();
    assertThat(order(11).has("total_refunded")).isFalse();
    assertThat(sandbox.store().creditMemosForOrder("000000101")).isEmpty();
  }

  @Test
  void itemNotOnTheOrder() {
    SandboxClient.Response response =
        client.post(
            "/V1/order/11/refund",
            "{\"items\":[{\"order_item_id\":1201,\"qty\":1}],\"arguments\":{\"shipping_amount\":0}}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.message())
        .startsWith(HEADER)
        .contains("The creditmemo contains product item that is not part of the original order.");
  }

  @Test
  void aMemoOfOnlyAnAdjustmentIsAccepted() {
    client.post(
        "/V1/order/11/refund",
        "{\"items\":[{\"order_item_id\":1101,\"qty\":0}],\"arguments\":{\"shipping_amount\":5}}");

    SandboxClient.Response response =
        client.post(
            "/V1/order/11/refund",
            "{\"items\":[{\"order_item_id\":1101,\"qty\":0}],\"arguments\":{\"adjustment_positive\":1}}");
    assertThat(response.status())
        .as("2.4's QuantityValidator checks totalQty < 0: \"without products\" never fires")
        .isEqualTo(200);
    assertThat(order(11).get("total_refunded").asInt()).isEqualTo(6);

    SandboxClient.Response zero =
        client.post(
            "/V1/order/11/refund",
            "{\"items\":[{\"order_item_id\":1101,\"qty\":0}],\"arguments\":{\"shipping_amount\":0}}");
    assertThat(zero.message()).isEqualTo(HEADER + "The credit memo's total must be positive.");
  }

  @Test
  void concurrentFullRefundsCreateOneCreditMemo() throws Exception {
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 4; i++) {
        results.add(pool.submit(() -> client.post("/V1/order/11/refund", "{}").status()));
      }
      List<Integer> statuses = new java.util.ArrayList<>();
      for (var result : results) {
        statuses.add(result.get());
      }
      assertThat(statuses).containsOnlyOnce(200);
      assertThat(sandbox.store().creditMemosForOrder("000000101")).hasSize(1);
      assertThat(order(11).get("total_refunded").asInt()).isEqualTo(15);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void closedAndCanceledOrdersAreBlocked() {
    SandboxClient.Response closed = client.post("/V1/order/16/refund", "{}");
    assertThat(closed.status()).isEqualTo(400);
    assertThat(closed.message())
        .startsWith(
            HEADER + "A creditmemo can not be created when an order has a status of closed");

    SandboxClient.Response canceled = client.post("/V1/order/14/refund", "{}");
    assertThat(canceled.status()).isEqualTo(400);
    assertThat(canceled.message())
        .startsWith(
            HEADER + "A creditmemo can not be created when an order has a status of canceled");
  }

  @Test
  void closedOrderListsEveryValidatorMessageMagentoLists() {
    SandboxClient.Response closed =
        client.post(
            "/V1/order/16/refund",
            "{\"items\":[{\"order_item_id\":1601,\"qty\":1}],\"arguments\":{\"shipping_amount\":0}}");

    assertThat(closed.status()).isEqualTo(400);
    assertThat(closed.message())
        .as("CanRefund, QuantityValidator, TotalsValidator, CreationQuantityValidator")
        .isEqualTo(
            HEADER
                + "A creditmemo can not be created when an order has a status of closed\n"
                + "The quantity to creditmemo must not be greater than the unrefunded quantity"
                + " for product SKU \""
                + order(16).at("/items/0/sku").asText()
                + "\".\n"
                + "The most money available to refund is 0.\n"
                + "The quantity to refund must not be greater than the unrefunded quantity.");
  }

  @Test
  void returnToStockItemsMustBeOnThisCreditMemo() {
    String body =
        "{\"items\":[{\"order_item_id\":1101,\"qty\":1}],\"arguments\":{\"shipping_amount\":0,"
            + "\"extension_attributes\":{\"return_to_stock_items\":[%s]}}}";

    SandboxClient.Response unknown = client.post("/V1/order/11/refund", body.formatted("999999"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.message())
        .isEqualTo(
            HEADER
                + "The return to stock argument contains product item that is not part of the"
                + " original order.");

    SandboxClient.Response otherOrder = client.post("/V1/order/11/refund", body.formatted("1201"));
    assertThat(otherOrder.message())
        .isEqualTo(HEADER + "The \"MT07\" product is not part of the current creditmemo.");
    assertThat(order(11).has("total_refunded")).isFalse();

    assertThat(client.post("/V1/order/11/refund", body.formatted("1101")).status()).isEqualTo(200);
  }

  @Test
  void fractionalQuantityOnAWholeUnitItemIsInvalid() {
    SandboxClient.Response response =
        client.post(
            "/V1/order/11/refund",
            "{\"items\":[{\"order_item_id\":1101,\"qty\":0.5}],\"arguments\":{\"shipping_amount\":0}}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.message())
        .as("QuantityValidator (QuantityValidatorTest: 1.5 of a non-decimal item)")
        .isEqualTo(HEADER + "We found an invalid quantity to refund item \"24-UG06\".");
    assertThat(order(11).has("total_refunded")).isFalse();
  }

  @Test
  void shippingAboveTheRemainingShippingIsRejectedBeforeValidation() {
    SandboxClient.Response response =
        client.post(
            "/V1/order/11/refund",
            "{\"items\":[{\"order_item_id\":1101,\"qty\":1}],\"arguments\":{\"shipping_amount\":7.5}}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body())
        .isEqualTo(
            "{\"message\":\"Maximum shipping amount allowed to refund is: %1\",\"parameters\":[\"$5.00\"]}");
  }

  @Test
  void invoiceRefundsNeedAPaidInvoiceAndAnOnlineMethodForIsOnline() {
    SandboxClient.Response offlineMethod =
        client.post("/V1/invoice/111/refund", "{\"isOnline\": true}");
    assertThat(offlineMethod.status()).isEqualTo(400);
    assertThat(offlineMethod.message())
        .isEqualTo(HEADER + "We can't create creditmemo for the invoice.");

    assertThat(client.post("/V1/invoice/131/refund", "{\"isOnline\": true}").status())
        .isEqualTo(200);
    SandboxClient.Response fullyRefunded =
        client.post("/V1/invoice/131/refund", "{\"isOnline\": true}");
    assertThat(fullyRefunded.message())
        .as("online refunds leave the invoice's base_total_refunded alone: the order refuses")
        .isEqualTo(
            HEADER
                + "A creditmemo can not be created when an order has a status of closed\n"
                + "The credit memo's total must be positive.");
    JsonNode lee = order(31);
    assertThat(lee.get("state").asText()).isEqualTo("closed");
    assertThat(lee.get("total_refunded").asInt()).isEqualTo(100);
  }

  @Test
  void unknownOrderOrInvoiceIs404() {
    assertThat(client.post("/V1/order/101/refund", "{}").status()).isEqualTo(404);
    assertThat(client.post("/V1/invoice/999/refund", "{}").message())
        .isEqualTo("The entity that was requested doesn't exist. Verify the entity and try again.");
  }

  @Test
  void snakeCaseTopLevelKeysAndStringNumbersAreAccepted() {
    SandboxClient.Response response =
        client.post(
            "/V1/invoice/112/refund",
            """
                {"items": [{"orderItemId": "1203", "qty": "1"}], "is_online": "true",
                 "arguments": {"shipping_amount": "0"}}
                """);
    assertThat(response.status()).isEqualTo(200);
    assertThat(order(12).get("total_online_refunded").asInt()).isEqualTo(10);
  }

  @Test
  void wrongTypesAre400() {
    SandboxClient.Response response =
        client.post(
            "/V1/order/11/refund", "{\"items\":[{\"order_item_id\":1101,\"qty\":\"lots\"}]}");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().at("/parameters/type").asText()).isEqualTo("float");
  }

  @Test
  void decimalAmountsStayExact() {
    client.post(
        "/V1/order/11/refund",
        "{\"items\":[{\"order_item_id\":1101,\"qty\":0}],\"arguments\":{\"shipping_amount\":2.5}}");
    JsonNode order = order(11);
    assertThat(order.get("total_refunded").decimalValue())
        .isEqualByComparingTo(new BigDecimal("2.5"));
    assertThat(client.get("/V1/orders/11").body()).contains("\"total_refunded\":2.5,");
  }
}
