package io.policyflow.activities.magento;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.policyflow.activities.magento.dto.MagentoOrder;
import io.policyflow.activities.magento.dto.MagentoOrderItem;
import io.policyflow.refund.commerce.OrderRecord;
import java.math.BigDecimal;
import java.time.Instant;
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
    MagentoOrderItem item = json.readValue("""
        {"item_id": 1, "qty_ordered": 3, "row_total": 1000, "tax_amount": 100, "discount_amount": 0}""",
        MagentoOrderItem.class);

    assertThat(OrderMapper.unitRefund(item, "USD")).isEqualTo(new BigDecimal("366.67"));
    assertThat(OrderMapper.unitRefund(item, "JPY")).isEqualTo(new BigDecimal("367"));
    assertThat(OrderMapper.unitRefund(item, "KWD")).isEqualTo(new BigDecimal("366.667"));
  }

  @Test
  void childOfAConfigurableIsFoldedEvenWhenOnlyTheEmbeddedParentSaysSo() throws Exception {
    MagentoOrder order = json.readValue("""
        {"entity_id": 7, "increment_id": "7", "order_currency_code": "USD", "items": [
          {"item_id": 11, "parent_item_id": 10, "sku": "CHILD", "product_type": "simple", "qty_ordered": 1,
           "parent_item": {"item_id": 10, "sku": "PARENT", "product_type": "configurable"}},
          {"item_id": 12, "parent_item_id": 20, "sku": "BUNDLE-CHILD", "product_type": "simple", "qty_ordered": 1},
          {"item_id": 20, "sku": "BUNDLE", "product_type": "bundle", "qty_ordered": 1}
        ]}""", MagentoOrder.class);

    assertThat(OrderMapper.toRecord(order, null, null).lines())
        .extracting(l -> l.sku()).containsExactly("BUNDLE-CHILD", "BUNDLE");
  }

  @Test
  void paymentTitles() throws Exception {
    assertThat(PaymentTitles.known("checkmo")).isEqualTo("check / money order");
    assertThat(PaymentTitles.known("banktransfer")).isEqualTo("bank transfer");
    assertThat(PaymentTitles.known("braintree")).isEqualTo("card");
    assertThat(PaymentTitles.known("stripe_payments")).isEqualTo("card");
    assertThat(PaymentTitles.known("paypal_express")).isEqualTo("PayPal");
    assertThat(PaymentTitles.known("braintree_paypal")).isEqualTo("PayPal");

    MagentoOrder titled = json.readValue("""
        {"payment": {"method": "klarna_kp", "additional_information": ["Pay later with Klarna"]}}""",
        MagentoOrder.class);
    MagentoOrder untitled = json.readValue("""
        {"payment": {"method": "klarna_kp", "additional_information": ["{\\"session\\":1}"]}}""",
        MagentoOrder.class);
    MagentoOrder fromExtension = json.readValue("""
        {"payment": {"method": "klarna_kp"}, "extension_attributes": {
          "payment_additional_info": [{"key": "method_title", "value": "Klarna"}]}}""", MagentoOrder.class);
    assertThat(PaymentTitles.title(titled)).isEqualTo("Pay later with Klarna");
    assertThat(PaymentTitles.title(untitled)).isEqualTo("klarna_kp");
    assertThat(PaymentTitles.title(fromExtension)).isEqualTo("Klarna");
  }

  @Test
  void magentoDatesAreUtc() {
    assertThat(MagentoJson.parseInstant("2017-08-21 22:22:19")).isEqualTo(Instant.parse("2017-08-21T22:22:19Z"));
    assertThat(MagentoJson.parseInstant("2017-08-21T22:22:19Z")).isEqualTo(Instant.parse("2017-08-21T22:22:19Z"));
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
}
