package io.policyflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * What a client parsing the JSON notices: omitted nulls, explicit nulls, number and date formats.
 */
class OrderJsonTest extends SandboxTestSupport {

  @Test
  void unrefundedOrderHasNoRefundTotalsAndExplicitNullPaymentFields() {
    SandboxClient.Response response = client.get("/V1/orders/11");
    JsonNode order = response.json();

    assertThat(response.status()).isEqualTo(200);
    assertThat(order.get("increment_id").isTextual()).isTrue();
    assertThat(order.get("entity_id").isInt()).isTrue();
    assertThat(order.has("total_refunded")).isFalse();
    assertThat(order.has("total_offline_refunded")).isFalse();
    assertThat(order.get("total_paid").asInt()).isEqualTo(15);
    assertThat(order.at("/payment/cc_last4").isNull()).isTrue();
    assertThat(order.at("/payment/account_status").isNull()).isTrue();
    assertThat(order.at("/payment/additional_information").isArray()).isTrue();
    assertThat(response.body())
        .contains("\"cc_last4\":null")
        .contains("\"grand_total\":15,")
        .doesNotContain(".0,");
  }

  @Test
  void unpaidCanceledOrderHasNoTotalPaid() {
    JsonNode order = client.get("/V1/orders/14").json();
    assertThat(order.get("state").asText()).isEqualTo("canceled");
    assertThat(order.has("total_paid")).isFalse();
    assertThat(order.has("total_invoiced")).isFalse();
    assertThat(order.get("total_canceled").asInt()).isEqualTo(37);
  }

  @Test
  void datesAreMagentoFormatInUtcRelativeToTheClock() {
    JsonNode order = client.get("/V1/orders/11").json();
    assertThat(order.get("created_at").asText()).isEqualTo("2025-06-08 12:00:00");
    assertThat(order.get("updated_at").asText())
        .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");

    JsonNode shipment =
        client.get("/V1/shipments?" + filter("order_id", "11", null)).json().at("/items/0");
    assertThat(shipment.get("created_at").asText()).isEqualTo("2025-06-10 12:00:00");
  }

  @Test
  void configurableLineIsAParentAndAZeroPricedChild() {
    JsonNode items = client.get("/V1/orders/12").json().get("items");
    assertThat(items).hasSize(3);
    JsonNode parent = items.get(0);
    JsonNode child = items.get(1);
    assertThat(parent.get("product_type").asText()).isEqualTo("configurable");
    assertThat(parent.get("sku").asText()).isEqualTo("MT07");
    assertThat(parent.get("price").asInt()).isEqualTo(22);
    assertThat(parent.has("parent_item_id")).isFalse();
    assertThat(child.get("sku").asText()).isEqualTo("MT07-M-Gray");
    assertThat(child.get("parent_item_id").asLong()).isEqualTo(parent.get("item_id").asLong());
    assertThat(child.get("price").asInt()).isZero();
    assertThat(child.at("/parent_item/item_id").asLong()).isEqualTo(1201);
  }

  @Test
  void guestOrderHasNoCustomerId() {
    JsonNode order = client.get("/V1/orders/21").json();
    assertThat(order.get("customer_is_guest").asInt()).isEqualTo(1);
    assertThat(order.has("customer_id")).isFalse();
    assertThat(order.get("customer_email").asText()).isEqualTo("sam.guest@example.com");
  }

  @Test
  void partiallyRefundedOrderShowsItsRefundTotals() {
    JsonNode order = client.get("/V1/orders/31").json();
    assertThat(order.get("state").asText()).isEqualTo("processing");
    assertThat(order.get("total_paid").asInt()).isEqualTo(100);
    assertThat(order.get("total_refunded").asInt()).isEqualTo(40);
    assertThat(order.get("total_online_refunded").asInt()).isEqualTo(40);
    assertThat(order.at("/items/0/qty_refunded").asInt()).isEqualTo(2);
    assertThat(order.at("/items/1/qty_refunded").asInt()).isZero();
  }

  @Test
  void invoiceAndStatusEndpoints() {
    JsonNode invoice = client.get("/V1/invoices/112").json();
    assertThat(invoice.get("state").asInt()).isEqualTo(2);
    assertThat(invoice.get("order_id").asInt()).isEqualTo(12);
    assertThat(invoice.get("items")).hasSize(3);
    assertThat(client.get("/V1/orders/16/statuses").body()).isEqualTo("\"closed\"");
  }

  @Test
  void orderCommentsListIsASearchResult() {
    JsonNode comments = client.get("/V1/orders/16/comments").json();
    assertThat(comments.get("total_count").asInt()).isEqualTo(1);
    assertThat(comments.at("/items/0/comment").asText()).isEqualTo("We refunded $50.00 offline.");
    assertThat(comments.at("/search_criteria/filter_groups/0/filters/0/field").asText())
        .isEqualTo("parent_id");
  }
}
