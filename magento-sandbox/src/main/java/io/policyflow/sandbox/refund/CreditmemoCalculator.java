package io.policyflow.sandbox.refund;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.sandbox.error.ApiException;
import io.policyflow.sandbox.json.Json;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the credit memo a refund request describes, like {@code CreditmemoFactory} plus the {@code
 * Creditmemo\Total\*} collectors:
 *
 * <ul>
 *   <li>no requested items ⇒ every refundable quantity; otherwise only the listed lines, with the
 *       requested quantity as-is on the order endpoint (the validators complain about too much),
 *       clamped to what the invoice still covers on the invoice endpoint;
 *   <li>child rows follow their parent line proportionally (configurable: child price 0);
 *   <li>dynamic-price bundles the other way round: the children are the lines, the parent is the
 *       dummy row that follows them;
 *   <li>omitted {@code shipping_amount} ⇒ the remaining shipping; too much ⇒ HTTP 400 {@code
 *       Maximum shipping amount allowed to refund is: %1} before any validation.
 * </ul>
 */
final class CreditmemoCalculator {

  private static final BigDecimal EPSILON = new BigDecimal("0.0001");

  private CreditmemoCalculator() {}

  static CreditmemoDraft build(
      ObjectNode order, ObjectNode invoice, List<ObjectNode> existingMemos, RefundInput input) {
    BigDecimal rate = Json.dec(order, "base_to_order_rate");
    if (rate.signum() <= 0) {
      rate = BigDecimal.ONE;
    }
    Map<Long, BigDecimal> invoiceLimits =
        invoice == null ? null : invoiceLimits(invoice, existingMemos);
    Map<Long, BigDecimal> requested = new HashMap<>();
    for (RefundInput.Item item : input.items()) {
      if (item.orderItemId() != null) {
        requested.put(item.orderItemId(), item.qty() == null ? BigDecimal.ZERO : item.qty());
      }
    }
    boolean full = input.items().isEmpty();

    CreditmemoDraft draft = new CreditmemoDraft();
    for (ObjectNode item : OrderItems.all(order)) {
      if (OrderItems.isChild(item)) {
        continue;
      }
      if (OrderItems.isChildrenCalculated(order, item)) {
        addDynamicBundle(draft, order, item, invoiceLimits, requested, full, rate);
        continue;
      }
      BigDecimal limit = limit(item, invoiceLimits);
      BigDecimal qty = qty(item, limit, requested, full, invoiceLimits);
      if (qty == null) {
        continue;
      }
      draft.addLine(line(item, false, qty, limit, rate));
      BigDecimal parentOrdered = Json.dec(item, "qty_ordered");
      for (ObjectNode child : OrderItems.children(order, item)) {
        BigDecimal childQty =
            parentOrdered.signum() == 0
                ? qty
                : qty.multiply(Json.dec(child, "qty_ordered"))
                    .divide(parentOrdered, MathContext.DECIMAL64);
        draft.addLine(line(child, true, childQty, OrderItems.qtyToRefund(child), rate));
      }
    }

    BigDecimal baseRemainingShipping =
        baseShippingAmount(order, rate)
            .subtract(baseField(order, "base_shipping_refunded", "shipping_refunded", rate));
    BigDecimal baseShipping;
    if (input.shippingAmount() != null) {
      baseShipping = input.shippingAmount();
      if (baseShipping.subtract(baseRemainingShipping).compareTo(EPSILON) > 0) {
        String max =
            Currency.format(baseCurrency(order), baseRemainingShipping.max(BigDecimal.ZERO));
        throw ApiException.badRequest(
            "Maximum shipping amount allowed to refund is: %1", ApiException.positional(max));
      }
    } else if (invoice != null) {
      BigDecimal invoiceShipping =
          baseField(invoice, "base_shipping_amount", "shipping_amount", rate);
      for (ObjectNode memo : memosOfInvoice(invoice, existingMemos)) {
        invoiceShipping =
            invoiceShipping.subtract(
                baseField(memo, "base_shipping_amount", "shipping_amount", rate));
      }
      baseShipping = invoiceShipping.min(baseRemainingShipping).max(BigDecimal.ZERO);
    } else {
      baseShipping = baseRemainingShipping.max(BigDecimal.ZERO);
    }
    draft.shipping(Json.round(baseShipping.multiply(rate)), Json.round(baseShipping));
    draft.adjustments(
        Json.round(input.adjustmentPositive().multiply(rate)),
            Json.round(input.adjustmentPositive()),
        Json.round(input.adjustmentNegative().multiply(rate)),
            Json.round(input.adjustmentNegative()));
    return draft;
  }

  /**
   * A dynamic-price bundle: the children are the refunded lines, each from its own requested
   * quantity; the parent is the dummy row, refunded as far as its children are (whole units, at
   * most its refundable quantity) and carrying no amount.
   */
  private static void addDynamicBundle(
      CreditmemoDraft draft,
      ObjectNode order,
      ObjectNode parent,
      Map<Long, BigDecimal> invoiceLimits,
      Map<Long, BigDecimal> requested,
      boolean full,
      BigDecimal rate) {
    List<CreditmemoDraft.Line> childLines = new ArrayList<>();
    BigDecimal parentOrdered = Json.dec(parent, "qty_ordered");
    BigDecimal parentUnits = BigDecimal.ZERO;
    for (ObjectNode child : OrderItems.children(order, parent)) {
      BigDecimal limit = limit(child, invoiceLimits);
      BigDecimal qty = qty(child, limit, requested, full, invoiceLimits);
      if (qty == null) {
        continue;
      }
      childLines.add(line(child, false, qty, limit, rate));
      BigDecimal childOrdered = Json.dec(child, "qty_ordered");
      BigDecimal units =
          childOrdered.signum() == 0 || parentOrdered.signum() == 0
              ? qty
              : qty.multiply(parentOrdered).divide(childOrdered, 0, RoundingMode.CEILING);
      parentUnits = parentUnits.max(units);
    }
    if (childLines.isEmpty()) {
      return;
    }
    BigDecimal parentQty = parentUnits.min(OrderItems.qtyToRefund(parent));
    if (parentQty.signum() > 0) {
      draft.addLine(line(parent, true, parentQty, OrderItems.qtyToRefund(parent), rate));
    }
    childLines.forEach(draft::addLine);
  }

  /**
   * The refundable quantity of a row, within what the invoice (if any) still covers; null = none.
   */
  private static BigDecimal limit(ObjectNode item, Map<Long, BigDecimal> invoiceLimits) {
    BigDecimal limit = OrderItems.qtyToRefund(item);
    if (invoiceLimits == null) {
      return limit;
    }
    BigDecimal onInvoice = invoiceLimits.get(Json.id(item, "item_id"));
    return onInvoice == null ? null : limit.min(onInvoice);
  }

  /**
   * The quantity this request refunds on a row, or null when the row is not part of it. Against an
   * invoice, {@code CreditmemoFactory::createByInvoice} skips rows the invoice no longer covers and
   * clamps a requested quantity to what the invoice still covers.
   */
  private static BigDecimal qty(
      ObjectNode item,
      BigDecimal limit,
      Map<Long, BigDecimal> requested,
      boolean full,
      Map<Long, BigDecimal> invoiceLimits) {
    if (limit == null) {
      return null;
    }
    if (full) {
      return limit.signum() > 0 ? limit : null;
    }
    BigDecimal qty = requested.get(Json.id(item, "item_id"));
    if (qty == null || invoiceLimits == null) {
      return qty;
    }
    BigDecimal onInvoice = invoiceLimits.get(Json.id(item, "item_id"));
    return onInvoice.signum() <= 0 ? null : qty.min(onInvoice);
  }

  private static CreditmemoDraft.Line line(
      ObjectNode item, boolean child, BigDecimal qty, BigDecimal limit, BigDecimal rate) {
    if (child) {
      // A dummy row carries no amount of its own (the Creditmemo\Total collectors skip it).
      return new CreditmemoDraft.Line(
          item,
          true,
          qty,
          limit,
          Json.dec(item, "price"),
          baseField(item, "base_price", "price", rate),
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO);
    }
    BigDecimal price = Json.dec(item, "price");
    BigDecimal basePrice = baseField(item, "base_price", "price", rate);
    BigDecimal ordered = Json.dec(item, "qty_ordered");
    BigDecimal share =
        ordered.signum() == 0 ? BigDecimal.ZERO : qty.divide(ordered, MathContext.DECIMAL64);
    BigDecimal tax = Json.round(Json.dec(item, "tax_amount").multiply(share));
    BigDecimal baseTax =
        Json.round(baseField(item, "base_tax_amount", "tax_amount", rate).multiply(share));
    BigDecimal discount = Json.round(Json.dec(item, "discount_amount").multiply(share));
    BigDecimal baseDiscount =
        Json.round(
            baseField(item, "base_discount_amount", "discount_amount", rate).multiply(share));
    return new CreditmemoDraft.Line(
        item,
        child,
        qty,
        limit,
        price,
        basePrice,
        Json.round(price.multiply(qty)),
        Json.round(basePrice.multiply(qty)),
        tax,
        baseTax,
        discount,
        baseDiscount);
  }

  /** Per order item: invoiced qty on this invoice minus what earlier memos against it refunded. */
  private static Map<Long, BigDecimal> invoiceLimits(ObjectNode invoice, List<ObjectNode> memos) {
    Map<Long, BigDecimal> limits = new HashMap<>();
    for (ObjectNode item : Json.objects(invoice.get("items"))) {
      Long orderItemId = Json.id(item, "order_item_id");
      if (orderItemId != null) {
        limits.merge(orderItemId, Json.dec(item, "qty"), BigDecimal::add);
      }
    }
    for (ObjectNode memo : memosOfInvoice(invoice, memos)) {
      for (ObjectNode item : Json.objects(memo.get("items"))) {
        Long orderItemId = Json.id(item, "order_item_id");
        if (orderItemId != null && limits.containsKey(orderItemId)) {
          limits.put(
              orderItemId,
              limits.get(orderItemId).subtract(Json.dec(item, "qty")).max(BigDecimal.ZERO));
        }
      }
    }
    return limits;
  }

  private static List<ObjectNode> memosOfInvoice(ObjectNode invoice, List<ObjectNode> memos) {
    Long invoiceId = Json.id(invoice, "entity_id");
    return memos.stream()
        .filter(memo -> invoiceId != null && invoiceId.equals(Json.id(memo, "invoice_id")))
        .filter(memo -> Json.dec(memo, "state").intValue() != 3)
        .toList();
  }

  static BigDecimal baseShippingAmount(JsonNode order, BigDecimal rate) {
    return baseField(order, "base_shipping_amount", "shipping_amount", rate);
  }

  static String baseCurrency(JsonNode order) {
    String code = Json.text(order, "base_currency_code");
    return code == null ? Json.text(order, "order_currency_code") : code;
  }

  /** The base-currency field when present, else the order-currency field divided by the rate. */
  static BigDecimal baseField(JsonNode node, String baseField, String field, BigDecimal rate) {
    if (Json.has(node, baseField)) {
      return Json.dec(node, baseField);
    }
    BigDecimal value = Json.dec(node, field);
    return rate.compareTo(BigDecimal.ONE) == 0
        ? value
        : Json.round(value.divide(rate, MathContext.DECIMAL64));
  }
}
