package io.policyflow.activities.magento;

import io.policyflow.activities.magento.dto.MagentoCreditMemo;
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
  private static final String BUNDLE = "bundle";
  private static final BigDecimal INVOICE_EPSILON = new BigDecimal("0.0001");

  private OrderMapper() {}

  /**
   * The order with its paid invoice and last shipment (both may be null, e.g. from a list search).
   */
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
   * The lines a customer can ask to refund, one per refundable {@code order_item_id}:
   *
   * <ul>
   *   <li>configurable products: the parent row; its child row (the chosen variant, price 0) is
   *       folded in, since Magento refunds it through the parent;
   *   <li>fixed-price bundles (the parent carries the price, the children are priced 0): the parent
   *       row, children folded in;
   *   <li>dynamic-price bundles (the children carry the prices): each child row is a line (named
   *       "child (bundle)") and the parent row is left out, since Magento refunds the children;
   *   <li>everything else: its own row.
   * </ul>
   *
   * <p>Quantities are Magento's own ({@code qty_invoiced − qty_refunded} is what can be refunded).
   * A line's {@code qty_shipped} also counts units whose parts shipped on other rows: a folded
   * parent counts as shipped as far as any of its children did (bundles shipped separately record
   * shipments on the children), and a dynamic bundle's child as far as its parent did (bundles
   * shipped together may record them on the parent).
   */
  public static List<OrderLine> lines(List<MagentoOrderItem> items, String currency) {
    Map<Long, MagentoOrderItem> byId = new HashMap<>();
    Map<Long, List<MagentoOrderItem>> children = new HashMap<>();
    for (MagentoOrderItem item : items) {
      if (item.itemId() != null) {
        byId.put(item.itemId(), item);
      }
    }
    for (MagentoOrderItem item : items) {
      MagentoOrderItem parent = parentOf(item, byId);
      if (parent != null && parent.itemId() != null) {
        children.computeIfAbsent(parent.itemId(), k -> new ArrayList<>()).add(item);
      }
    }
    List<OrderLine> lines = new ArrayList<>();
    for (MagentoOrderItem item : items) {
      MagentoOrderItem parent = parentOf(item, byId);
      List<MagentoOrderItem> kids =
          item.itemId() == null ? List.of() : children.getOrDefault(item.itemId(), List.of());
      if (parent == null) {
        if (isBundle(item) && isDynamicBundle(item, kids)) {
          continue; // its children are the lines
        }
        lines.add(line(item, item.name(), shippedWithChildren(item, kids), currency));
      } else if (CONFIGURABLE.equals(parent.productType())) {
        continue; // folded into the parent
      } else if (isBundle(parent)) {
        List<MagentoOrderItem> siblings = children.getOrDefault(parent.itemId(), List.of());
        if (isDynamicBundle(parent, siblings)) {
          lines.add(
              line(item, bundleChildName(item, parent), shippedWithParent(item, parent), currency));
        }
        // fixed-price bundle: folded into the parent
      } else {
        lines.add(line(item, item.name(), orZero(item.qtyShipped()), currency));
      }
    }
    return lines;
  }

  /**
   * A bundle whose children carry the prices ("dynamic price"): some child has a price or row
   * total. A fixed-price bundle prices only the parent; its children show 0.
   */
  static boolean isDynamicBundle(MagentoOrderItem bundle, List<MagentoOrderItem> children) {
    if (children.isEmpty()) {
      return false;
    }
    boolean childPriced =
        children.stream()
            .anyMatch(c -> orZero(c.price()).signum() > 0 || orZero(c.rowTotal()).signum() > 0);
    boolean parentPriced =
        orZero(bundle.price()).signum() > 0 || orZero(bundle.rowTotal()).signum() > 0;
    return childPriced || !parentPriced;
  }

  private static OrderLine line(
      MagentoOrderItem item, String name, BigDecimal qtyShipped, String currency) {
    return new OrderLine(
        item.itemId() == null ? 0L : item.itemId(),
        item.sku(),
        name,
        item.productType(),
        orZero(item.qtyOrdered()),
        orZero(item.qtyInvoiced()),
        qtyShipped,
        orZero(item.qtyRefunded()),
        orZero(item.price()),
        unitRefund(item, currency));
  }

  /**
   * The parent's shipped units, or more when children shipped on their own (a unit counts once any
   * part did).
   */
  private static BigDecimal shippedWithChildren(
      MagentoOrderItem parent, List<MagentoOrderItem> children) {
    BigDecimal shipped = orZero(parent.qtyShipped());
    BigDecimal ordered = orZero(parent.qtyOrdered());
    for (MagentoOrderItem child : children) {
      BigDecimal childShipped = orZero(child.qtyShipped());
      BigDecimal childOrdered = orZero(child.qtyOrdered());
      if (childShipped.signum() <= 0 || childOrdered.signum() <= 0 || ordered.signum() <= 0) {
        continue;
      }
      BigDecimal perUnit = childOrdered.divide(ordered, 4, RoundingMode.HALF_UP);
      BigDecimal units =
          perUnit.signum() == 0
              ? ordered
              : childShipped.divide(perUnit, 0, RoundingMode.CEILING).min(ordered);
      shipped = shipped.max(units);
    }
    return shipped;
  }

  /**
   * A dynamic bundle child's shipped quantity, or its share of the parent's when shipped together.
   */
  private static BigDecimal shippedWithParent(MagentoOrderItem child, MagentoOrderItem parent) {
    BigDecimal shipped = orZero(child.qtyShipped());
    BigDecimal parentShipped = orZero(parent.qtyShipped());
    BigDecimal parentOrdered = orZero(parent.qtyOrdered());
    if (parentShipped.signum() > 0 && parentOrdered.signum() > 0) {
      BigDecimal share =
          orZero(child.qtyOrdered())
              .multiply(parentShipped)
              .divide(parentOrdered, 4, RoundingMode.HALF_UP)
              .stripTrailingZeros();
      shipped = shipped.max(share);
    }
    return shipped;
  }

  private static String bundleChildName(MagentoOrderItem child, MagentoOrderItem bundle) {
    if (bundle.name() == null || bundle.name().isBlank()) {
      return child.name();
    }
    return (child.name() == null ? child.sku() : child.name()) + " (" + bundle.name() + ")";
  }

  private static boolean isBundle(MagentoOrderItem item) {
    return BUNDLE.equals(item.productType());
  }

  private static MagentoOrderItem parentOf(
      MagentoOrderItem item, Map<Long, MagentoOrderItem> byId) {
    if (item.parentItemId() == null && item.parentItem() == null) {
      return null;
    }
    MagentoOrderItem parent = item.parentItemId() == null ? null : byId.get(item.parentItemId());
    return parent != null ? parent : item.parentItem();
  }

  /**
   * (row_total + tax_amount − discount_amount) / qty_ordered, rounded half-up to the currency's
   * digits.
   */
  public static BigDecimal unitRefund(MagentoOrderItem item, String currency) {
    BigDecimal qty = orZero(item.qtyOrdered());
    int digits = fractionDigits(currency);
    if (qty.signum() <= 0) {
      return BigDecimal.ZERO.setScale(digits);
    }
    BigDecimal row =
        orZero(item.rowTotal())
            .add(orZero(item.taxAmount()))
            .subtract(orZero(item.discountAmount()));
    return row.divide(qty, digits, RoundingMode.HALF_UP);
  }

  /**
   * The invoice to refund against, or null:
   *
   * <ul>
   *   <li>only paid invoices; when the order was paid through a gateway ({@code gatewayMethod}),
   *       only those captured online ({@code transaction_id}) — an online refund of an invoice
   *       captured offline fails, so with none the refund goes through the order, offline;
   *   <li>the first of them with money left, counted from the credit memos against each invoice
   *       ({@code invoice_id}, canceled ones excluded), since Magento updates an invoice's own
   *       {@code base_total_refunded} only for offline invoice refunds;
   *   <li>when none has money left, the first of them (Magento then refuses with its reason).
   * </ul>
   */
  public static Long refundableInvoiceId(
      List<MagentoInvoice> invoices, List<MagentoCreditMemo> memos, boolean gatewayMethod) {
    List<MagentoInvoice> candidates =
        invoices.stream()
            .filter(MagentoInvoice::paid)
            .filter(i -> i.entityId() != null)
            .filter(i -> !gatewayMethod || i.capturedOnline())
            .toList();
    Map<Long, BigDecimal> refunded = new HashMap<>();
    for (MagentoCreditMemo memo : memos) {
      if (memo.invoiceId() != null && !memo.canceled()) {
        refunded.merge(memo.invoiceId(), memo.baseTotal(), BigDecimal::add);
      }
    }
    for (MagentoInvoice invoice : candidates) {
      BigDecimal total = invoice.baseTotal();
      BigDecimal left =
          (total == null ? BigDecimal.ZERO : total)
              .subtract(refunded.getOrDefault(invoice.entityId(), BigDecimal.ZERO));
      if (left.compareTo(INVOICE_EPSILON) >= 0) {
        return invoice.entityId();
      }
    }
    return candidates.isEmpty() ? null : candidates.get(0).entityId();
  }

  /** True for method codes of payment gateways (cards, PayPal), which refund online. */
  public static boolean gatewayMethod(MagentoOrder order) {
    String code = order.payment() == null ? null : order.payment().method();
    String kind = PaymentTitles.known(code);
    return "card".equals(kind) || "PayPal".equals(kind);
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

  private static BigDecimal orZero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}
