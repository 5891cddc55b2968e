package io.policyflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.policyflow.sandbox.data.DataSet;
import io.policyflow.sandbox.data.FixtureLoader;
import io.policyflow.sandbox.error.ApiException;
import io.policyflow.sandbox.json.MagentoJson;
import io.policyflow.sandbox.refund.RefundInput;
import io.policyflow.sandbox.refund.RefundService;
import java.time.Instant;
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
}
