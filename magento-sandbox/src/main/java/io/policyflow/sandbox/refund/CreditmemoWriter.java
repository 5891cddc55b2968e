package io.policyflow.sandbox.refund;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.sandbox.data.DataSet;
import io.policyflow.sandbox.json.Json;
import io.policyflow.sandbox.json.MagentoJson;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Turns a validated {@link CreditmemoDraft} into the credit memo entity Magento saves (state 2,
 * refunded).
 */
final class CreditmemoWriter {

  static final int STATE_REFUNDED = 2;

  private CreditmemoWriter() {}

  static ObjectNode creditmemo(
      DataSet data,
      ObjectNode order,
      ObjectNode invoice,
      CreditmemoDraft draft,
      RefundInput input,
      boolean online,
      Instant now) {
    long memoId = data.nextCreditmemoId();
    String date = MagentoJson.date(now);
    ObjectNode memo = MagentoJson.object();
    memo.set(
        "adjustment",
        MagentoJson.number(draft.adjustmentPositive().subtract(draft.adjustmentNegative())));
    money(memo, "adjustment_negative", draft.adjustmentNegative());
    money(memo, "adjustment_positive", draft.adjustmentPositive());
    money(
        memo,
        "base_adjustment",
        draft.baseAdjustmentPositive().subtract(draft.baseAdjustmentNegative()));
    money(memo, "base_adjustment_negative", draft.baseAdjustmentNegative());
    money(memo, "base_adjustment_positive", draft.baseAdjustmentPositive());
    copy(order, memo, "base_currency_code");
    money(memo, "base_discount_amount", draft.baseDiscount());
    money(memo, "base_grand_total", draft.baseGrandTotal());
    money(memo, "base_discount_tax_compensation_amount", BigDecimal.ZERO);
    money(memo, "base_shipping_amount", draft.baseShipping());
    money(memo, "base_shipping_incl_tax", draft.baseShipping());
    money(memo, "base_shipping_tax_amount", BigDecimal.ZERO);
    money(memo, "base_subtotal", draft.baseSubtotal());
    money(memo, "base_subtotal_incl_tax", draft.baseSubtotal().add(draft.baseTax()));
    money(memo, "base_tax_amount", draft.baseTax());
    copyOr(order, memo, "base_to_global_rate", 1);
    copyOr(order, memo, "base_to_order_rate", 1);
    JsonNode billing = order.get("billing_address");
    if (Json.has(billing, "entity_id")) {
      memo.put("billing_address_id", Json.id(billing, "entity_id"));
    }
    memo.put("created_at", date);
    money(memo, "discount_amount", draft.discount());
    money(memo, "discount_tax_compensation_amount", BigDecimal.ZERO);
    if (input.notifyCustomer()) {
      memo.put("email_sent", 1);
    }
    memo.put("entity_id", memoId);
    copy(order, memo, "global_currency_code");
    money(memo, "grand_total", draft.grandTotal());
    memo.put("increment_id", data.nextCreditmemoIncrementId());
    if (invoice != null) {
      memo.put("invoice_id", Json.id(invoice, "entity_id"));
    }
    copy(order, memo, "order_currency_code");
    memo.put("order_id", Json.id(order, "entity_id"));
    money(memo, "shipping_amount", draft.shipping());
    money(memo, "shipping_incl_tax", draft.shipping());
    money(memo, "shipping_tax_amount", BigDecimal.ZERO);
    memo.put("state", STATE_REFUNDED);
    copy(order, memo, "store_currency_code");
    copy(order, memo, "store_id");
    copyOr(order, memo, "store_to_base_rate", 0);
    copyOr(order, memo, "store_to_order_rate", 0);
    money(memo, "subtotal", draft.subtotal());
    money(memo, "subtotal_incl_tax", draft.subtotal().add(draft.tax()));
    money(memo, "tax_amount", draft.tax());
    if (online) {
      memo.put("transaction_id", refundTransactionId(invoice, memoId));
    }
    memo.put("updated_at", date);

    ArrayNode items = memo.putArray("items");
    for (CreditmemoDraft.Line line : draft.lines()) {
      if (line.qty().signum() == 0) {
        continue;
      }
      ObjectNode orderItem = line.orderItem();
      ObjectNode item = items.addObject();
      money(item, "base_discount_amount", line.baseDiscount());
      money(item, "base_price", line.basePrice());
      money(item, "base_price_incl_tax", line.basePrice());
      money(item, "base_row_total", line.baseRowTotal());
      money(item, "base_row_total_incl_tax", line.baseRowTotal().add(line.baseTax()));
      money(item, "base_tax_amount", line.baseTax());
      money(item, "discount_amount", line.discount());
      item.put("entity_id", data.nextCreditmemoItemId());
      copy(orderItem, item, "name");
      item.put("order_item_id", line.orderItemId());
      item.put("parent_id", memoId);
      money(item, "price", line.price());
      money(item, "price_incl_tax", line.price());
      copy(orderItem, item, "product_id");
      item.set("qty", MagentoJson.number(line.qty()));
      money(item, "row_total", line.rowTotal());
      money(item, "row_total_incl_tax", line.rowTotal().add(line.tax()));
      copy(orderItem, item, "sku");
      money(item, "tax_amount", line.tax());
    }

    ArrayNode comments = memo.putArray("comments");
    if (input.comment() != null) {
      ObjectNode comment = comments.addObject();
      comment.put("comment", input.comment().text());
      comment.put("created_at", date);
      comment.put("entity_id", data.nextCreditmemoCommentId());
      comment.put("is_customer_notified", input.appendComment() && input.notifyCustomer() ? 1 : 0);
      comment.put("is_visible_on_front", input.comment().visibleOnFront());
      comment.put("parent_id", memoId);
    }
    return memo;
  }

  /** A gateway-style refund transaction id, derived from the capture when there is one. */
  private static String refundTransactionId(ObjectNode invoice, long memoId) {
    String hash = String.format("%08x", (memoId * 2654435761L) & 0xffffffffL);
    String capture = invoice == null ? null : Json.text(invoice, "transaction_id");
    return capture == null ? hash : capture + "-refund-" + hash.substring(0, 4);
  }

  private static void money(ObjectNode node, String field, BigDecimal value) {
    node.set(field, MagentoJson.number(value));
  }

  private static void copy(JsonNode from, ObjectNode to, String field) {
    if (Json.has(from, field)) {
      to.set(field, from.get(field).deepCopy());
    }
  }

  private static void copyOr(JsonNode from, ObjectNode to, String field, int fallback) {
    if (Json.has(from, field)) {
      to.set(field, from.get(field).deepCopy());
    } else {
      to.put(field, fallback);
    }
  }
}
