package io.policyflow.activities.magento;

import io.policyflow.activities.magento.dto.MagentoInvoice;
import io.policyflow.activities.magento.dto.MagentoOrder;
import io.policyflow.activities.magento.dto.MagentoOrderItem;
import io.policyflow.activities.magento.dto.MagentoShipment;
import io.policyflow.refund.commerce.OrderLine;
import io.policyflow.refund.commerce.OrderRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Magento order JSON → the policy's {@link OrderRecord}. */
public final class OrderMapper {

  private static final String CONFIGURABLE = "configurable";

  private OrderMapper() {}

  /** The order with its paid invoice and last shipment (both may be null, e.g. from a list search). */
  public static OrderRecord toRecord(MagentoOrder order, Long invoiceId, Instant lastShippedAt) {
    String currency = order.orderCurrencyCode();
    return new OrderRecord(
        order.entityId() == null ? 0L : order.entityId(),
        order.incrementId(),
        order.createdAt(),
        order.state(),
        order.status(),
        currency,
        orZero(order.grandTotal()),
        orZero(order.totalPaid()),
        orZero(order.totalRefunded()),
        orZero(order.shippingAmount()),
        order.payment() == null ? null : order.payment().method(),
        PaymentTitles.title(order),
        invoiceId,
        lastShippedAt,
        order.customerEmail(),
        lines(order.items(), currency));
  }

  /**
   * Refundable lines: every row except the children of configurable parents (Magento refunds those through the
   * parent's {@code item_id}).
   */
  public static List<OrderLine> lines(List<MagentoOrderItem> items, String currency) {
    Map<Long, MagentoOrderItem> byId = new HashMap<>();
    for (MagentoOrderItem item : items) {
      if (item.itemId() != null) {
        byId.put(item.itemId(), item);
      }
    }
    List<OrderLine> lines = new ArrayList<>();
    for (MagentoOrderItem item : items) {
      if (isChildOfConfigurable(item, byId)) {
        continue;
      }
      lines.add(new OrderLine(
          item.itemId() == null ? 0L : item.itemId(),
          item.sku(),
          item.name(),
          item.productType(),
          orZero(item.qtyOrdered()),
          orZero(item.qtyInvoiced()),
          orZero(item.qtyShipped()),
          orZero(item.qtyRefunded()),
          orZero(item.price()),
          unitRefund(item, currency)));
    }
    return lines;
  }

  /** (row_total + tax_amount − discount_amount) / qty_ordered, rounded half-up to the currency's digits. */
  public static BigDecimal unitRefund(MagentoOrderItem item, String currency) {
    BigDecimal qty = orZero(item.qtyOrdered());
    int digits = fractionDigits(currency);
    if (qty.signum() <= 0) {
      return BigDecimal.ZERO.setScale(digits);
    }
    BigDecimal row = orZero(item.rowTotal()).add(orZero(item.taxAmount())).subtract(orZero(item.discountAmount()));
    return row.divide(qty, digits, RoundingMode.HALF_UP);
  }

  /** The first paid invoice with money left to refund, or null. */
  public static Long refundableInvoiceId(List<MagentoInvoice> invoices) {
    return invoices.stream()
        .filter(MagentoInvoice::refundable)
        .map(MagentoInvoice::entityId)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  /** The latest shipment's date, or null. */
  public static Instant lastShippedAt(List<MagentoShipment> shipments) {
    return shipments.stream()
        .map(MagentoShipment::createdAt)
        .filter(Objects::nonNull)
        .max(Comparator.naturalOrder())
        .orElse(null);
  }

  static int fractionDigits(String currency) {
    if (currency == null) {
      return 2;
    }
    try {
      int digits = Currency.getInstance(currency.strip().toUpperCase()).getDefaultFractionDigits();
      return digits < 0 ? 2 : digits;
    } catch (IllegalArgumentException unknown) {
      return 2;
    }
  }

  private static boolean isChildOfConfigurable(MagentoOrderItem item, Map<Long, MagentoOrderItem> byId) {
    if (item.parentItemId() == null && item.parentItem() == null) {
      return false;
    }
    MagentoOrderItem parent = item.parentItemId() == null ? null : byId.get(item.parentItemId());
    if (parent == null) {
      parent = item.parentItem();
    }
    return parent != null && CONFIGURABLE.equals(parent.productType());
  }

  private static BigDecimal orZero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}
