package io.policyflow.sandbox.refund;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.sandbox.data.DataSet;
import io.policyflow.sandbox.data.OrderSync;
import io.policyflow.sandbox.error.ApiException;
import io.policyflow.sandbox.json.Json;
import io.policyflow.sandbox.json.MagentoJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code RefundOrderInterface} / {@code RefundInvoiceInterface}: build the credit memo, validate
 * it, and on success save it and update the order (totals, item quantities, state/status, payment,
 * status history) and the invoice. Callers hold the store's write lock.
 */
public final class RefundService {

  private final boolean strictInvoiceRefundCheck;

  public RefundService(boolean strictInvoiceRefundCheck) {
    this.strictInvoiceRefundCheck = strictInvoiceRefundCheck;
  }

  /**
   * {@code POST /V1/order/{orderId}/refund}: always an offline credit memo. Returns its entity_id.
   */
  public long refundOrder(DataSet data, long orderId, RefundInput input, Instant now) {
    ObjectNode order = data.orders().get(orderId);
    if (order == null) {
      throw ApiException.noSuchEntity();
    }
    RefundInput offline =
        new RefundInput(
            input.items(),
            false,
            input.notifyCustomer(),
            input.appendComment(),
            input.comment(),
            input.shippingAmount(),
            input.adjustmentPositive(),
            input.adjustmentNegative(),
            input.returnToStockItems());
    return refund(data, order, null, offline, now);
  }

  /**
   * {@code POST /V1/invoice/{invoiceId}/refund}: online when {@code isOnline}. Returns the memo's
   * entity_id.
   */
  public long refundInvoice(DataSet data, long invoiceId, RefundInput input, Instant now) {
    ObjectNode invoice = data.invoices().get(invoiceId);
    if (invoice == null) {
      throw ApiException.noSuchEntity();
    }
    ObjectNode order = data.orders().get(Json.id(invoice, "order_id"));
    if (order == null) {
      throw ApiException.noSuchEntity();
    }
    return refund(data, order, invoice, input, now);
  }

  private long refund(
      DataSet data, ObjectNode order, ObjectNode invoice, RefundInput input, Instant now) {
    long orderId = Json.id(order, "entity_id");
    List<ObjectNode> existing = data.creditmemosOfOrder(orderId);
    CreditmemoDraft draft = CreditmemoCalculator.build(order, invoice, existing, input);
    List<String> messages =
        new ArrayList<>(
            RefundValidator.validate(order, invoice, draft, input, strictInvoiceRefundCheck));
    String stock = returnToStockMessage(data, draft, input);
    if (stock != null) {
      messages.add(stock);
    }
    if (!messages.isEmpty()) {
      throw ApiException.badRequest(RefundValidator.HEADER + String.join("\n", messages));
    }
    boolean online = invoice != null && input.isOnline();
    if (online && Json.text(invoice, "transaction_id") == null) {
      // Captured offline: Payment::refund has no capture transaction for the gateway to refund, the
      // gateway call fails and Model\RefundInvoice rolls back with CouldNotRefundException.
      throw ApiException.badRequest("Could not save a Creditmemo, see error log for details");
    }
    ObjectNode memo = CreditmemoWriter.creditmemo(data, order, invoice, draft, input, online, now);
    data.addCreditmemo(memo);
    applyToOrder(data, order, draft, memo, input, online, invoice != null, now);
    if (invoice != null && !online) {
      // Model\RefundInvoice: only an offline invoice refund updates the invoice's refund fields.
      Json.addMoney(invoice, "base_total_refunded", draft.baseGrandTotal());
      invoice.put("is_used_for_refund", 1);
      invoice.put("updated_at", MagentoJson.date(now));
    }
    return Json.id(memo, "entity_id");
  }

  /**
   * {@code SalesInventory\Model\Order\ReturnValidator} (added to the messages by the {@code
   * OrderRefundCreationArguments} plugin): the first {@code return_to_stock_items} id that is no
   * order item at all, or an order item this credit memo does not refund.
   */
  private static String returnToStockMessage(
      DataSet data, CreditmemoDraft draft, RefundInput input) {
    for (Long id : input.returnToStockItems()) {
      ObjectNode orderItem = null;
      for (ObjectNode anyOrder : data.orders().values()) {
        orderItem = OrderItems.byId(anyOrder, id);
        if (orderItem != null) {
          break;
        }
      }
      if (orderItem == null) {
        return "The return to stock argument contains product item that is not part of the"
            + " original order.";
      }
      boolean inMemo = draft.lines().stream().anyMatch(line -> id.equals(line.orderItemId()));
      if (!inMemo) {
        return "The \""
            + Json.text(orderItem, "sku")
            + "\" product is not part of the current creditmemo.";
      }
    }
    return null;
  }

  private static void applyToOrder(
      DataSet data,
      ObjectNode order,
      CreditmemoDraft draft,
      ObjectNode memo,
      RefundInput input,
      boolean online,
      boolean byInvoice,
      Instant now) {
    BigDecimal grand = draft.grandTotal();
    BigDecimal baseGrand = draft.baseGrandTotal();
    Json.addMoney(order, "total_refunded", grand);
    Json.addMoney(order, "base_total_refunded", baseGrand);
    String channel = online ? "online" : "offline";
    Json.addMoney(order, "total_" + channel + "_refunded", grand);
    Json.addMoney(order, "base_total_" + channel + "_refunded", baseGrand);
    Json.addMoney(order, "subtotal_refunded", draft.subtotal());
    Json.addMoney(order, "base_subtotal_refunded", draft.baseSubtotal());
    Json.addMoney(order, "shipping_refunded", draft.shipping());
    Json.addMoney(order, "base_shipping_refunded", draft.baseShipping());
    Json.addMoney(order, "shipping_tax_refunded", BigDecimal.ZERO);
    Json.addMoney(order, "base_shipping_tax_refunded", BigDecimal.ZERO);
    Json.addMoney(order, "tax_refunded", draft.tax());
    Json.addMoney(order, "base_tax_refunded", draft.baseTax());
    Json.addMoney(order, "discount_refunded", draft.discount());
    Json.addMoney(order, "base_discount_refunded", draft.baseDiscount());
    Json.addMoney(order, "adjustment_positive", draft.adjustmentPositive());
    Json.addMoney(order, "base_adjustment_positive", draft.baseAdjustmentPositive());
    Json.addMoney(order, "adjustment_negative", draft.adjustmentNegative());
    Json.addMoney(order, "base_adjustment_negative", draft.baseAdjustmentNegative());

    for (CreditmemoDraft.Line line : draft.lines()) {
      ObjectNode item = line.orderItem();
      Json.addMoney(item, "qty_refunded", line.qty());
      Json.addMoney(item, "amount_refunded", line.rowTotal());
      Json.addMoney(item, "base_amount_refunded", line.baseRowTotal());
      Json.addMoney(item, "tax_refunded", line.tax());
      Json.addMoney(item, "base_tax_refunded", line.baseTax());
      Json.addMoney(item, "discount_refunded", line.discount());
      Json.addMoney(item, "base_discount_refunded", line.baseDiscount());
      item.put("updated_at", MagentoJson.date(now));
    }

    ObjectNode payment = Json.objectField(order, "payment");
    Json.addMoney(payment, "amount_refunded", grand);
    Json.addMoney(payment, "base_amount_refunded", baseGrand);
    Json.addMoney(payment, "shipping_refunded", draft.shipping());
    Json.addMoney(payment, "base_shipping_refunded", draft.baseShipping());
    if (online) {
      Json.addMoney(payment, "base_amount_refunded_online", baseGrand);
      payment.put("last_trans_id", Json.text(memo, "transaction_id"));
    }

    String state = OrderStateResolver.resolve(order);
    // Model\RefundInvoice sets the state's default status even when the state stays: a custom
    // status (e.g. "processing_review") is reset.
    if (byInvoice || !state.equals(Json.text(order, "state"))) {
      order.put("state", state);
      order.put("status", OrderStateResolver.defaultStatus(state));
    }
    order.put("updated_at", MagentoJson.date(now));

    String amount = Currency.format(Json.text(order, "order_currency_code"), grand);
    String text =
        online
            ? "We refunded "
                + amount
                + " online. Transaction ID: \""
                + Json.text(memo, "transaction_id")
                + "\""
            : "We refunded " + amount + " offline.";
    ObjectNode history =
        data.addOrderHistory(order, "creditmemo", text, now, input.notifyCustomer() ? 1L : 0L, 0);
    if (Json.has(order, "status")) {
      history.put("status", Json.text(order, "status"));
    }
    OrderSync.refresh(order);
  }
}
