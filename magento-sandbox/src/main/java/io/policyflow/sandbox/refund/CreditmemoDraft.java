package io.policyflow.sandbox.refund;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.sandbox.json.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A credit memo as {@code CreditmemoDocumentFactory} builds it before validation: the lines it
 * would refund and its collected totals. Amounts in order currency, with base-currency twins.
 */
public final class CreditmemoDraft {

  /** One credit memo line; {@code limit} is the refundable quantity the validators compare with. */
  public record Line(
      ObjectNode orderItem,
      boolean child,
      BigDecimal qty,
      BigDecimal limit,
      BigDecimal price,
      BigDecimal basePrice,
      BigDecimal rowTotal,
      BigDecimal baseRowTotal,
      BigDecimal tax,
      BigDecimal baseTax,
      BigDecimal discount,
      BigDecimal baseDiscount) {

    public Long orderItemId() {
      return Json.id(orderItem, "item_id");
    }

    public String sku() {
      return Json.text(orderItem, "sku");
    }
  }

  private final List<Line> lines = new ArrayList<>();
  private BigDecimal shipping = BigDecimal.ZERO;
  private BigDecimal baseShipping = BigDecimal.ZERO;
  private BigDecimal adjustmentPositive = BigDecimal.ZERO;
  private BigDecimal baseAdjustmentPositive = BigDecimal.ZERO;
  private BigDecimal adjustmentNegative = BigDecimal.ZERO;
  private BigDecimal baseAdjustmentNegative = BigDecimal.ZERO;

  void addLine(Line line) {
    lines.add(line);
  }

  void shipping(BigDecimal amount, BigDecimal base) {
    this.shipping = amount;
    this.baseShipping = base;
  }

  void adjustments(
      BigDecimal positive, BigDecimal basePositive, BigDecimal negative, BigDecimal baseNegative) {
    this.adjustmentPositive = positive;
    this.baseAdjustmentPositive = basePositive;
    this.adjustmentNegative = negative;
    this.baseAdjustmentNegative = baseNegative;
  }

  public List<Line> lines() {
    return lines;
  }

  public BigDecimal shipping() {
    return shipping;
  }

  public BigDecimal baseShipping() {
    return baseShipping;
  }

  public BigDecimal adjustmentPositive() {
    return adjustmentPositive;
  }

  public BigDecimal baseAdjustmentPositive() {
    return baseAdjustmentPositive;
  }

  public BigDecimal adjustmentNegative() {
    return adjustmentNegative;
  }

  public BigDecimal baseAdjustmentNegative() {
    return baseAdjustmentNegative;
  }

  public BigDecimal subtotal() {
    return lines.stream().map(Line::rowTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal baseSubtotal() {
    return lines.stream().map(Line::baseRowTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal tax() {
    return lines.stream().map(Line::tax).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal baseTax() {
    return lines.stream().map(Line::baseTax).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Negative, as Magento stores discounts on totals. */
  public BigDecimal discount() {
    return lines.stream().map(Line::discount).reduce(BigDecimal.ZERO, BigDecimal::add).negate();
  }

  public BigDecimal baseDiscount() {
    return lines.stream().map(Line::baseDiscount).reduce(BigDecimal.ZERO, BigDecimal::add).negate();
  }

  public BigDecimal grandTotal() {
    return Json.round(
        subtotal()
            .add(tax())
            .add(shipping)
            .add(discount())
            .add(adjustmentPositive)
            .subtract(adjustmentNegative));
  }

  public BigDecimal baseGrandTotal() {
    return Json.round(
        baseSubtotal()
            .add(baseTax())
            .add(baseShipping)
            .add(baseDiscount())
            .add(baseAdjustmentPositive)
            .subtract(baseAdjustmentNegative));
  }

  public BigDecimal totalQty() {
    return lines.stream().map(Line::qty).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
