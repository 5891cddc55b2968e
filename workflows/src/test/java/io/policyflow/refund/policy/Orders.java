package io.policyflow.refund.policy;

import io.policyflow.refund.commerce.OrderLine;
import io.policyflow.refund.commerce.OrderRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Test fixtures: orders and lines with only the fields a test cares about changed. */
final class Orders {

  static final Instant PLACED = Instant.parse("2026-10-01T10:00:00Z");

  private Orders() {}

  static OrderRecord order() {
    return new OrderRecord(
        1L,
        "000000123",
        PLACED,
        "complete",
        "complete",
        "USD",
        new BigDecimal("64.00"),
        new BigDecimal("64.00"),
        BigDecimal.ZERO,
        new BigDecimal("5.00"),
        "braintree",
        "Credit card",
        11L,
        null,
        "jane@example.com",
        List.of(
            line(101, "MT01-M-Blue", "Tank Top", "2", "0", "25.00"),
            line(102, "MB02", "Water Bottle", "1", "0", "9.00")));
  }

  static OrderLine line(
      long itemId, String sku, String name, String invoiced, String refunded, String unitRefund) {
    return new OrderLine(
        itemId,
        sku,
        name,
        "simple",
        new BigDecimal(invoiced),
        new BigDecimal(invoiced),
        new BigDecimal(invoiced),
        new BigDecimal(refunded),
        new BigDecimal(unitRefund),
        new BigDecimal(unitRefund));
  }

  static OrderRecord withState(OrderRecord o, String state) {
    return new OrderRecord(
        o.orderId(),
        o.number(),
        o.placedAt(),
        state,
        o.status(),
        o.currency(),
        o.grandTotal(),
        o.totalPaid(),
        o.totalRefunded(),
        o.shippingAmount(),
        o.paymentMethod(),
        o.paymentTitle(),
        o.invoiceId(),
        o.lastShippedAt(),
        o.customerEmail(),
        o.lines());
  }

  static OrderRecord withMoney(
      OrderRecord o, String currency, String paid, String refunded, String shipping) {
    return new OrderRecord(
        o.orderId(),
        o.number(),
        o.placedAt(),
        o.state(),
        o.status(),
        currency,
        o.grandTotal(),
        paid == null ? null : new BigDecimal(paid),
        refunded == null ? null : new BigDecimal(refunded),
        shipping == null ? null : new BigDecimal(shipping),
        o.paymentMethod(),
        o.paymentTitle(),
        o.invoiceId(),
        o.lastShippedAt(),
        o.customerEmail(),
        o.lines());
  }

  static OrderRecord withDates(OrderRecord o, Instant placedAt, Instant lastShippedAt) {
    return new OrderRecord(
        o.orderId(),
        o.number(),
        placedAt,
        o.state(),
        o.status(),
        o.currency(),
        o.grandTotal(),
        o.totalPaid(),
        o.totalRefunded(),
        o.shippingAmount(),
        o.paymentMethod(),
        o.paymentTitle(),
        o.invoiceId(),
        lastShippedAt,
        o.customerEmail(),
        o.lines());
  }

  static OrderRecord withPayment(OrderRecord o, String method, Long invoiceId) {
    return new OrderRecord(
        o.orderId(),
        o.number(),
        o.placedAt(),
        o.state(),
        o.status(),
        o.currency(),
        o.grandTotal(),
        o.totalPaid(),
        o.totalRefunded(),
        o.shippingAmount(),
        method,
        o.paymentTitle(),
        invoiceId,
        o.lastShippedAt(),
        o.customerEmail(),
        o.lines());
  }

  static OrderRecord withLines(OrderRecord o, List<OrderLine> lines) {
    return new OrderRecord(
        o.orderId(),
        o.number(),
        o.placedAt(),
        o.state(),
        o.status(),
        o.currency(),
        o.grandTotal(),
        o.totalPaid(),
        o.totalRefunded(),
        o.shippingAmount(),
        o.paymentMethod(),
        o.paymentTitle(),
        o.invoiceId(),
        o.lastShippedAt(),
        o.customerEmail(),
        lines);
  }
}
