package io.policyflow.activities.magento;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.policyflow.activities.magento.dto.MagentoOrder;
import io.policyflow.activities.magento.dto.MagentoOrderItem;
import io.policyflow.refund.commerce.OrderLine;
import io.policyflow.refund.commerce.OrderRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading Magento JSON into the policy's records, without HTTP. */
class OrderMappingTest {

  private final ObjectMapper json = MagentoJson.mapper();

  @Test
  void factSheetOrderReadsWithWholeNumbersStringNumbersAndUtcDates() throws Exception {
    MagentoOrder order = json.readValue(Fixtures.magento("order-1042.json"), MagentoOrder.class);

    OrderRecord record = OrderMapper.toRecord(order, null, null);

    assertThat(record.number()).isEqualTo("000001042");
    assertThat(record.placedAt()).isEqualTo(Instant.parse("2024-04-28T15:02:11Z"));
    assertThat(record.grandTotal()).isEqualByComparingTo("59");
    assertThat(record.totalRefunded()).as("absent total_refunded").isEqualByComparingTo("0");
    assertThat(record.moneyLeft()).isEqualByComparingTo("59");
    assertThat(record.paymentTitle()).isEqualTo("check / money order");
    assertThat(record.lines()).hasSize(2);
  }

  @Test
  void unitRefundRoundsToTheCurrency() throws Exception {
    MagentoOrderItem item =
        json.readValue(
            """
        {"item_id": 1, "qty_ordered": 3, "row_total": 1000, "tax_amount": 100, "discount_amount": 0}""",
            MagentoOrderItem.class);

    assertThat(OrderMapper.unitRefund(item, "USD")).isEqualTo(new BigDecimal("366.67"));
    assertThat(OrderMapper.unitRefund(item, "JPY")).isEqualTo(new BigDecimal("367"));
    assertThat(OrderMapper.unitRefund(item, "KWD")).isEqualTo(new BigDecimal("366.667"));
  }

  @Test
  void childOfAConfigurableIsFoldedEvenWhenOnlyTheEmbeddedParentSaysSo() throws Exception {
    MagentoOrder order =
        json.readValue(
            """
        {"entity_id": 7, "increment_id": "7", "order_currency_code": "USD", "items": [
          {"item_id": 11, "parent_item_id": 10, "sku": "CHILD", "product_type": "simple", "qty_ordered": 1,
           "parent_item": {"item_id": 10, "sku": "PARENT", "product_type": "configurable"}},
          {"item_id": 12, "sku": "PLAIN", "product_type": "simple", "qty_ordered": 1}
        ]}""",
            MagentoOrder.class);

    assertThat(OrderMapper.toRecord(order, null, null).lines())
        .extracting(l -> l.sku())
        .containsExactly("PLAIN");
  }

  @Test
  void bundlesPartialShipmentsAndPartialRefundsBecomeOneLinePerRefundableItem() throws Exception {
    MagentoOrder order =
        json.readValue(Fixtures.magento("order-1077-bundles-partial.json"), MagentoOrder.class);

    List<OrderLine> lines = OrderMapper.toRecord(order, null, null).lines();

    assertThat(lines)
        .extracting(OrderLine::itemId)
        .as("fixed bundle parent, dynamic bundle children, configurable parent, simples")
        .containsExactly(4101L, 4111L, 4112L, 4120L, 4130L, 4140L);

    OrderLine fixedKit = lines.get(0);
    assertThat(fixedKit.sku()).isEqualTo("24-WG080");
    assertThat(fixedKit.unitRefund()).isEqualTo(new BigDecimal("77.00"));
    assertThat(fixedKit.refundableQty()).isEqualByComparingTo("1");
    assertThat(fixedKit.qtyShipped()).as("its bricks shipped separately").isEqualByComparingTo("1");
    assertThat(fixedKit.shipped()).isTrue();

    OrderLine ball = lines.get(1);
    assertThat(ball.name()).isEqualTo("Sprite Stasis Ball 55 cm (Sprite Stasis Ball Kit)");
    assertThat(ball.unitRefund()).isEqualTo(new BigDecimal("23.00"));
    assertThat(ball.refundableQty()).isEqualByComparingTo("1");
    assertThat(ball.shipped()).as("the kit shipped together, recorded on the parent").isTrue();
    assertThat(lines.get(2).unitRefund()).isEqualTo(new BigDecimal("38.00"));

    OrderLine tank = lines.get(3);
    assertThat(tank.qtyShipped()).as("one of two shipped").isEqualByComparingTo("1");
    assertThat(tank.shipped()).isTrue();
    assertThat(tank.refundableQty()).isEqualByComparingTo("2");

    OrderLine bottle = lines.get(4);
    assertThat(bottle.refundableQty())
        .as("qty_invoiced 3 - qty_refunded 1")
        .isEqualByComparingTo("2");
    assertThat(bottle.shipped()).isFalse();
    assertThat(bottle.unitRefund()).isEqualTo(new BigDecimal("7.00"));

    assertThat(lines.get(5).shipped()).isFalse();
  }

  @Test
  void bundlePriceTypeIsReadFromWhichRowsCarryThePrice() throws Exception {
    MagentoOrderItem fixedParent =
        item(
            """
        {"item_id": 1, "product_type": "bundle", "price": 50, "row_total": 50}""");
    MagentoOrderItem dynamicParent =
        item(
            """
        {"item_id": 1, "product_type": "bundle", "price": 0, "row_total": 0}""");
    MagentoOrderItem unpricedChild =
        item(
            """
        {"item_id": 2, "parent_item_id": 1, "product_type": "simple", "price": 0, "row_total": 0}""");
    MagentoOrderItem pricedChild =
        item(
            """
        {"item_id": 3, "parent_item_id": 1, "product_type": "simple", "price": 12.5, "row_total": 25}""");

    assertThat(OrderMapper.isDynamicBundle(fixedParent, List.of(unpricedChild))).isFalse();
    assertThat(OrderMapper.isDynamicBundle(fixedParent, List.of(unpricedChild, pricedChild)))
        .isTrue();
    assertThat(OrderMapper.isDynamicBundle(dynamicParent, List.of(pricedChild))).isTrue();
    assertThat(OrderMapper.isDynamicBundle(fixedParent, List.of()))
        .as("no children listed: a plain line")
        .isFalse();
  }

  @Test
  void bundleShippedSeparatelyCountsUnitsWhoseChildShipped() throws Exception {
    MagentoOrder order =
        json.readValue(
            """
        {"entity_id": 8, "order_currency_code": "USD", "items": [
          {"item_id": 1, "sku": "KIT", "product_type": "bundle", "qty_ordered": 3, "qty_invoiced": 3,
           "qty_shipped": 0, "price": 30, "row_total": 90},
          {"item_id": 2, "parent_item_id": 1, "sku": "A", "product_type": "simple", "qty_ordered": 6,
           "qty_invoiced": 6, "qty_shipped": 3, "price": 0, "row_total": 0},
          {"item_id": 3, "parent_item_id": 1, "sku": "B", "product_type": "simple", "qty_ordered": 3,
           "qty_invoiced": 3, "qty_shipped": 0, "price": 0, "row_total": 0}
        ]}""",
            MagentoOrder.class);

    OrderLine kit = OrderMapper.toRecord(order, null, null).lines().get(0);

    // 3 of 6 "A" (2 per kit) shipped: kits 1 and 2 have parts on the way.
    assertThat(kit.qtyShipped()).isEqualByComparingTo("2");
  }

  @Test
  void paymentTitles() throws Exception {
    assertThat(PaymentTitles.known("checkmo")).isEqualTo("check / money order");
    assertThat(PaymentTitles.known("banktransfer")).isEqualTo("bank transfer");
    assertThat(PaymentTitles.known("braintree")).isEqualTo("card");
    assertThat(PaymentTitles.known("stripe_payments")).isEqualTo("card");
    assertThat(PaymentTitles.known("paypal_express")).isEqualTo("PayPal");
    assertThat(PaymentTitles.known("braintree_paypal")).isEqualTo("PayPal");

    MagentoOrder titled =
        json.readValue(
            """
        {"payment": {"method": "klarna_kp", "additional_information": ["Pay later with Klarna"]}}""",
            MagentoOrder.class);
    MagentoOrder untitled =
        json.readValue(
            """
        {"payment": {"method": "klarna_kp", "additional_information": ["{\\"session\\":1}"]}}""",
            MagentoOrder.class);
    MagentoOrder fromExtension =
        json.readValue(
            """
        {"payment": {"method": "klarna_kp"}, "extension_attributes": {
          "payment_additional_info": [{"key": "method_title", "value": "Klarna"}]}}""",
            MagentoOrder.class);
    assertThat(PaymentTitles.title(titled)).isEqualTo("Pay later with Klarna");
    assertThat(PaymentTitles.title(untitled)).isEqualTo("klarna_kp");
    assertThat(PaymentTitles.title(fromExtension)).isEqualTo("Klarna");
  }

  @Test
  void magentoDatesAreUtc() {
    assertThat(MagentoJson.parseInstant("2017-08-21 22:22:19"))
        .isEqualTo(Instant.parse("2017-08-21T22:22:19Z"));
    assertThat(MagentoJson.parseInstant("2017-08-21T22:22:19Z"))
        .isEqualTo(Instant.parse("2017-08-21T22:22:19Z"));
    assertThat(MagentoJson.parseInstant("0000-00-00 00:00:00")).isNull();
    assertThat(MagentoJson.parseInstant("")).isNull();
  }

  @Test
  void emailMask() {
    assertThat(EmailMask.mask("jane@example.com")).isEqualTo("j***@example.com");
    assertThat(EmailMask.maskAll("for jane+shop@example.com and bob@shop.co.uk"))
        .isEqualTo("for j***@example.com and b***@shop.co.uk");
    assertThat(EmailMask.mask("not an email")).isEqualTo("***");
  }

  private MagentoOrderItem item(String text) throws Exception {
    return json.readValue(text, MagentoOrderItem.class);
  }
}
