package io.policyflow.activities.magento.sandbox;

import static io.policyflow.activities.magento.sandbox.RealSandbox.decimal;
import static org.assertj.core.api.Assertions.assertThat;

import io.policyflow.activities.magento.MagentoCommerceActivities;
import io.policyflow.refund.commerce.OrderLine;
import io.policyflow.refund.commerce.OrderRecord;
import io.policyflow.refund.commerce.RefundCommand;
import io.policyflow.refund.commerce.RefundLine;
import io.policyflow.refund.commerce.RefundReceipt;
import io.policyflow.refund.policy.EligibilityRules;
import io.policyflow.refund.policy.RefundPolicy;
import io.policyflow.sandbox.MagentoSandbox;
import io.policyflow.sandbox.SandboxConfig;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The adapter's refund paths where Magento is least obvious, against the sandbox loaded with {@code
 * magento/sandbox/fidelity-store.json}: a dynamic-price bundle (order 50, checkmo), a braintree
 * order with two invoices refunded twice (order 60), and a braintree order whose invoice was
 * captured offline (order 70). The command is built as the workflow builds it: invoice and
 * online/offline from {@code orderDetails}.
 */
class SandboxRefundPathsTest {

  private static final RefundPolicy POLICY = RefundPolicy.defaults();
  private static MagentoSandbox sandbox;
  private MagentoCommerceActivities activities;

  @BeforeAll
  static void startSandbox() throws URISyntaxException {
    Path fixture =
        Path.of(
            SandboxRefundPathsTest.class
                .getResource("/magento/sandbox/fidelity-store.json")
                .toURI());
    sandbox =
        MagentoSandbox.start(
            SandboxConfig.builder().port(0).clock(RealSandbox.CLOCK).fixture(fixture).build());
  }

  @AfterAll
  static void stopSandbox() {
    sandbox.close();
  }

  @BeforeEach
  void setUp() {
    sandbox.store().reset();
    activities = RealSandbox.activities(sandbox);
  }

  @Test
  void dynamicBundleIsRefundedThroughItsChildren() {
    OrderRecord order = activities.orderDetails(50);
    assertThat(order.lines())
        .as("the children carry the prices; the parent is Magento's dummy row")
        .extracting(OrderLine::itemId)
        .containsExactly(501L, 502L);

    RefundReceipt receipt = activities.refund(command(order, "conv-b", false, line(501, "1")));

    assertThat(receipt.amount()).isEqualByComparingTo("30");
    Map<String, Object> stored = sandbox.store().order("000000050");
    assertThat(decimal(stored.get("total_refunded"))).isEqualByComparingTo("30");
  }

  @Test
  void secondOnlineRefundOfATwoInvoiceOrderGoesToTheInvoiceWithMoneyLeft() {
    OrderRecord first = activities.orderDetails(60);
    assertThat(first.invoiceId()).isEqualTo(160L);
    assertThat(EligibilityRules.refundsOnline(first, POLICY)).isTrue();
    RefundReceipt bottle = activities.refund(command(first, "conv-1", true, line(600, "1")));
    assertThat(bottle.amount()).as("the bottle and the shipping").isEqualByComparingTo("25");

    OrderRecord second = activities.orderDetails(60);
    assertThat(second.invoiceId())
        .as("invoice 160 is used up although its own base_total_refunded still says 0")
        .isEqualTo(161L);
    RefundReceipt pack = activities.refund(command(second, "conv-2", true, line(601, "1")));

    assertThat(pack.amount()).isEqualByComparingTo("30");
    List<Map<String, Object>> memos = RealSandbox.creditMemos(sandbox, "000000060");
    assertThat(memos).extracting(m -> m.get("invoice_id").toString()).containsExactly("160", "161");
    Map<String, Object> stored = sandbox.store().order("000000060");
    assertThat(decimal(stored.get("total_online_refunded"))).isEqualByComparingTo("55");
    assertThat(stored.get("state")).isEqualTo("closed");
  }

  @Test
  void cardOrderCapturedOfflineIsRefundedOfflineThroughTheOrder() {
    OrderRecord order = activities.orderDetails(70);
    assertThat(order.invoiceId()).as("no capture transaction to refund online").isNull();
    assertThat(EligibilityRules.refundsOnline(order, POLICY)).isFalse();

    RefundReceipt receipt = activities.refund(command(order, "conv-o", false, line(700, "1")));

    assertThat(receipt.amount()).isEqualByComparingTo("20");
    Map<String, Object> stored = sandbox.store().order("000000070");
    assertThat(decimal(stored.get("total_offline_refunded"))).isEqualByComparingTo("20");
  }

  private static RefundCommand command(
      OrderRecord order, String marker, boolean refundShipping, RefundLine... lines) {
    BigDecimal expected = EligibilityRules.refundAmount(order, List.of(lines), POLICY);
    return new RefundCommand(
        order.orderId(),
        order.number(),
        order.invoiceId(),
        EligibilityRules.refundsOnline(order, POLICY),
        List.of(lines),
        refundShipping,
        marker + ":" + order.orderId(),
        expected,
        order.currency());
  }

  private static RefundLine line(long itemId, String qty) {
    return new RefundLine(itemId, new BigDecimal(qty));
  }
}
