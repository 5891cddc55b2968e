package io.policyflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.sandbox.data.DataSet;
import io.policyflow.sandbox.data.FixtureLoader;
import io.policyflow.sandbox.error.ApiException;
import io.policyflow.sandbox.json.MagentoJson;
import io.policyflow.sandbox.refund.RefundInput;
import io.policyflow.sandbox.refund.RefundService;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules no demo order reaches over HTTP: unpaid orders, the strict invoice check. */
class RefundServiceTest {

  private static final Instant NOW = Instant.parse("2025-06-15T12:00:00Z");

  private static DataSet store(String state, String status, String paid, String method)
      throws Exception {
    return FixtureLoader.load(
        MagentoJson.parse(
            """
                {"orders": [{"entity_id": 7, "increment_id": "000000007", "state": "%s", "status": "%s",
                  "grand_total": 20, "base_grand_total": 20, "shipping_amount": 0, "base_shipping_amount": 0,
                  %s "customer_email": "x@example.com",
                  "items": [{"item_id": 70, "sku": "S", "product_type": "simple", "qty_ordered": 1,
                             "qty_invoiced": 1, "qty_refunded": 0, "price": 20, "row_total": 20}],
                  "payment": {"method": "%s"}}],
                 "invoices": [{"entity_id": 8, "order_id": 7, "state": 2, "grand_total": 20, "base_grand_total": 20,
                   "items": [{"order_item_id": 70, "sku": "S", "qty": 1}]}]}
                """
                .formatted(state, status, paid, method)),
        "test");
  }

  @Test
  void unpaidOrderDoesNotAllowACreditMemo() throws Exception {
    DataSet data = store("new", "pending", "", "checkmo");

    assertThatThrownBy(() -> new RefundService(false).refundOrder(data, 7, RefundInput.full(), NOW))
        .isInstanceOf(ApiException.class)
        .hasMessage(
            "Creditmemo Document Validation Error(s):\n"
                + "The order does not allow a creditmemo to be created.\n"
                + "The most money available to refund is 0.");
  }

  @Test
  void holdedOrderNamesItsStatus() throws Exception {
    DataSet data =
        store("holded", "holded", "\"total_paid\": 20, \"base_total_paid\": 20,", "checkmo");

    assertThatThrownBy(() -> new RefundService(false).refundOrder(data, 7, RefundInput.full(), NOW))
        .hasMessage(
            "Creditmemo Document Validation Error(s):\n"
                + "A creditmemo can not be created when an order has a status of holded");
  }

  @Test
  void strictInvoiceCheckRejectsOfflineMethodsEvenOffline() throws Exception {
    String paid = "\"total_paid\": 20, \"base_total_paid\": 20,";
    assertThat(
            new RefundService(false)
                .refundInvoice(
                    store("processing", "processing", paid, "checkmo"), 8, RefundInput.full(), NOW))
        .isEqualTo(1);
    assertThatThrownBy(
            () ->
                new RefundService(true)
                    .refundInvoice(
                        store("processing", "processing", paid, "checkmo"),
                        8,
                        RefundInput.full(),
                        NOW))
        .hasMessageEndingWith("We can't create creditmemo for the invoice.");
  }

  @Test
  void invoiceRefundClampsTheRequestedQuantityToWhatTheInvoiceCovers() throws Exception {
    DataSet data =
        FixtureLoader.load(
            MagentoJson.parse(
                """
                {"orders": [{"entity_id": 9, "increment_id": "000000009", "state": "processing",
                  "status": "processing", "grand_total": 20, "base_grand_total": 20,
                  "total_paid": 20, "base_total_paid": 20, "shipping_amount": 0,
                  "base_shipping_amount": 0, "customer_email": "x@example.com",
                  "items": [{"item_id": 90, "sku": "S", "product_type": "simple", "qty_ordered": 2,
                             "qty_invoiced": 2, "qty_refunded": 0, "price": 10, "row_total": 20}],
                  "payment": {"method": "braintree"}}],
                 "invoices": [
                   {"entity_id": 91, "order_id": 9, "state": 2, "grand_total": 10, "base_grand_total": 10,
                    "transaction_id": "t1", "items": [{"order_item_id": 90, "sku": "S", "qty": 1}]},
                   {"entity_id": 92, "order_id": 9, "state": 2, "grand_total": 10, "base_grand_total": 10,
                    "transaction_id": "t2", "items": [{"order_item_id": 90, "sku": "S", "qty": 1}]}]}
                """),
            "test");
    RefundInput two =
        new RefundInput(
            List.of(new RefundInput.Item(90L, new BigDecimal("2"))),
            true,
            false,
            false,
            null,
            null,
            null,
            null,
            null);

    long memoId = new RefundService(true).refundInvoice(data, 91, two, NOW);

    ObjectNode memo = data.creditmemos().get(memoId);
    assertThat(memo.get("grand_total").decimalValue()).isEqualByComparingTo("10");
    assertThat(memo.at("/items/0/qty").decimalValue()).isEqualByComparingTo("1");
    assertThat(data.orders().get(9L).at("/items/0/qty_refunded").decimalValue())
        .isEqualByComparingTo("1");
  }

  @Test
  void refundingTheUnshippedHalfOfALineCompletesTheOrder() throws Exception {
    DataSet data =
        FixtureLoader.load(
            MagentoJson.parse(
                """
                {"orders": [{"entity_id": 5, "increment_id": "000000005", "state": "processing",
                  "status": "processing", "grand_total": 20, "base_grand_total": 20,
                  "total_paid": 20, "base_total_paid": 20, "shipping_amount": 0,
                  "base_shipping_amount": 0, "customer_email": "x@example.com",
                  "items": [{"item_id": 50, "sku": "S", "product_type": "simple", "qty_ordered": 2,
                             "qty_invoiced": 2, "qty_shipped": 1, "qty_refunded": 0, "price": 10,
                             "row_total": 20}],
                  "payment": {"method": "checkmo"}}]}
                """),
            "test");
    RefundInput one =
        new RefundInput(
            List.of(new RefundInput.Item(50L, BigDecimal.ONE)),
            false,
            false,
            false,
            null,
            null,
            null,
            null,
            null);

    new RefundService(true).refundOrder(data, 5, one, NOW);

    // Item::getSimpleQtyToShip = ordered − shipped − refunded − canceled = 0: nothing left to ship
    assertThat(data.orders().get(5L).get("state").asText()).isEqualTo("complete");
  }

  @Test
  void invoiceRefundResetsACustomStatusToTheStatesDefault() throws Exception {
    DataSet data =
        store(
            "processing",
            "awaiting_review",
            "\"total_paid\": 20, \"base_total_paid\": 20,",
            "braintree");
    data.invoices().get(8L).put("transaction_id", "t8");
    data.orders().get(7L).withArray("items").forEach(i -> ((ObjectNode) i).put("qty_ordered", 2));
    RefundInput partial =
        new RefundInput(
            List.of(new RefundInput.Item(70L, BigDecimal.ONE)),
            true,
            false,
            false,
            null,
            null,
            null,
            null,
            null);

    new RefundService(true).refundInvoice(data, 8, partial, NOW);

    ObjectNode order = data.orders().get(7L);
    assertThat(order.get("state").asText())
        .as("still something to invoice")
        .isEqualTo("processing");
    assertThat(order.get("status").asText()).isEqualTo("processing");
  }
}
