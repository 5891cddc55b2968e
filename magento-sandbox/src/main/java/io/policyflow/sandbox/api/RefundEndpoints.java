package io.policyflow.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.sandbox.http.Params;
import io.policyflow.sandbox.http.RequestContext;
import io.policyflow.sandbox.http.Router;
import io.policyflow.sandbox.refund.RefundInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code POST /V1/order/{orderId}/refund} and {@code POST /V1/invoice/{invoiceId}/refund} (§9):
 * body keys of §9.2, camelCase or snake_case at the top level; the answer is the new credit memo's
 * {@code entity_id} as a bare integer.
 */
final class RefundEndpoints {

  private static final String ITEM_INTERFACE =
      "Magento\\Sales\\Api\\Data\\CreditmemoItemCreationInterface";
  private static final String COMMENT_INTERFACE =
      "Magento\\Sales\\Api\\Data\\CreditmemoCommentCreationInterface";
  private static final String ARGUMENTS_INTERFACE =
      "Magento\\Sales\\Api\\Data\\CreditmemoCreationArgumentsInterface";

  private final ApiServices services;

  RefundEndpoints(ApiServices services) {
    this.services = services;
  }

  void register(Router router) {
    router.post("/V1/order/{orderId}/refund", Acl.ORDER_REFUND, this::refundOrder);
    router.post("/V1/invoice/{invoiceId}/refund", Acl.INVOICE, this::refundInvoice);
  }

  private JsonNode refundOrder(RequestContext ctx) {
    long orderId = ctx.entityIdPathParam("orderId");
    RefundInput input = parse(ctx, false);
    long memoId =
        services
            .store()
            .write(data -> services.refunds().refundOrder(data, orderId, input, ctx.now()));
    return LongNode.valueOf(memoId);
  }

  private JsonNode refundInvoice(RequestContext ctx) {
    long invoiceId = ctx.entityIdPathParam("invoiceId");
    RefundInput input = parse(ctx, true);
    long memoId =
        services
            .store()
            .write(data -> services.refunds().refundInvoice(data, invoiceId, input, ctx.now()));
    return LongNode.valueOf(memoId);
  }

  static RefundInput parse(RequestContext ctx, boolean invoiceEndpoint) {
    List<RefundInput.Item> items = new ArrayList<>();
    for (JsonNode raw : Params.list(ctx.bodyParam("items"), ITEM_INTERFACE + "[]")) {
      ObjectNode item = Params.dataObject(raw, ITEM_INTERFACE, Set.of("order_item_id", "qty"));
      BigDecimal qty = Params.decimal(item.get("qty"));
      items.add(
          new RefundInput.Item(
              Params.integer(item.get("order_item_id")), qty == null ? BigDecimal.ZERO : qty));
    }
    boolean isOnline = invoiceEndpoint && Params.bool(ctx.bodyParam("isOnline"), false);
    boolean notify = Params.bool(ctx.bodyParam("notify"), false);
    boolean appendComment = Params.bool(ctx.bodyParam("appendComment"), false);

    RefundInput.Comment comment = null;
    ObjectNode rawComment =
        Params.dataObject(
            ctx.bodyParam("comment"), COMMENT_INTERFACE, Set.of("comment", "is_visible_on_front"));
    if (rawComment != null) {
      Long visible = Params.integer(rawComment.get("is_visible_on_front"));
      comment =
          new RefundInput.Comment(
              Params.string(rawComment.get("comment")), visible == null ? 0 : visible.intValue());
    }

    BigDecimal shipping = null;
    BigDecimal adjustmentPositive = null;
    BigDecimal adjustmentNegative = null;
    List<Long> returnToStock = new ArrayList<>();
    ObjectNode arguments =
        Params.dataObject(
            ctx.bodyParam("arguments"),
            ARGUMENTS_INTERFACE,
            Set.of("shipping_amount", "adjustment_positive", "adjustment_negative"));
    if (arguments != null) {
      shipping = Params.decimal(arguments.get("shipping_amount"));
      adjustmentPositive = Params.decimal(arguments.get("adjustment_positive"));
      adjustmentNegative = Params.decimal(arguments.get("adjustment_negative"));
      ObjectNode extension =
          Params.dataObject(
              arguments.get("extension_attributes"),
              "Magento\\Sales\\Api\\Data\\CreditmemoCreationArgumentsExtensionInterface",
              Set.of("return_to_stock_items"));
      if (extension != null) {
        for (JsonNode id : Params.list(extension.get("return_to_stock_items"), "int[]")) {
          returnToStock.add(Params.integer(id));
        }
      }
    }
    return new RefundInput(
        items,
        isOnline,
        notify,
        appendComment,
        comment,
        shipping,
        adjustmentPositive,
        adjustmentNegative,
        returnToStock);
  }
}
