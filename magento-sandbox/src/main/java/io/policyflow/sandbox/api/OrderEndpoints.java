package io.policyflow.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.policyflow.sandbox.data.DataSet;
import io.policyflow.sandbox.data.OrderSync;
import io.policyflow.sandbox.error.ApiException;
import io.policyflow.sandbox.http.Params;
import io.policyflow.sandbox.http.RequestContext;
import io.policyflow.sandbox.http.Router;
import io.policyflow.sandbox.json.Json;
import io.policyflow.sandbox.json.MagentoJson;
import io.policyflow.sandbox.search.EntityType;
import java.util.Set;

/** Orders and their status history (§6, §11). */
final class OrderEndpoints {

  private static final String HISTORY_INTERFACE =
      "Magento\\Sales\\Api\\Data\\OrderStatusHistoryInterface";
  private static final Set<String> HISTORY_FIELDS =
      Set.of(
          "comment",
          "created_at",
          "entity_id",
          "entity_name",
          "is_customer_notified",
          "is_visible_on_front",
          "parent_id",
          "status");

  private final ApiServices services;

  OrderEndpoints(ApiServices services) {
    this.services = services;
  }

  void register(Router router) {
    router.get(
        "/V1/orders",
        Acl.ORDER_VIEW,
        ctx -> services.getList(ctx, EntityType.ORDER, DataSet::orders));
    router.get("/V1/orders/{id}", Acl.ORDER_VIEW, this::get);
    router.get("/V1/orders/{id}/statuses", Acl.ORDER_VIEW, this::status);
    router.get(
        "/V1/orders/{id}/comments",
        Acl.ORDER_VIEW,
        ctx -> services.getCommentsList(ctx, DataSet::orders, "status_histories"));
    router.post("/V1/orders/{id}/comments", Acl.ORDER_COMMENT, this::addComment);
  }

  private JsonNode get(RequestContext ctx) {
    long id = ctx.entityIdPathParam("id");
    return services.store().read(data -> order(data.orders().get(id)).deepCopy());
  }

  private JsonNode status(RequestContext ctx) {
    long id = ctx.entityIdPathParam("id");
    return services
        .store()
        .read(
            data -> {
              String status = Json.text(order(data.orders().get(id)), "status");
              return status == null ? MagentoJson.nodes().nullNode() : TextNode.valueOf(status);
            });
  }

  /**
   * {@code OrderManagementInterface::addComment}: stores the history entry and answers {@code
   * true}. A {@code status} is applied to the order; without one the order keeps its status, unless
   * {@code commentWithoutStatusBug} reproduces the old behaviour of nulling it.
   */
  private JsonNode addComment(RequestContext ctx) {
    long id = ctx.entityIdPathParam("id");
    ObjectNode input =
        Params.requiredDataObject(
            ctx.bodyParam("statusHistory"), "statusHistory", HISTORY_INTERFACE, HISTORY_FIELDS);
    String comment = Params.string(input.get("comment"));
    Long notified = Params.integer(input.get("is_customer_notified"));
    Long visible = Params.integer(input.get("is_visible_on_front"));
    String status = Params.string(input.get("status"));
    boolean bugMode = services.config().commentWithoutStatusBug();
    return services
        .store()
        .write(
            data -> {
              ObjectNode order = order(data.orders().get(id));
              ObjectNode history =
                  data.addOrderHistory(
                      order, "order", comment, ctx.now(), notified, visible == null ? 0 : visible);
              if (status != null && !status.isEmpty()) {
                history.put("status", status);
                order.put("status", status);
              } else if (bugMode) {
                order.remove("status");
              } else if (Json.has(order, "status")) {
                history.put("status", Json.text(order, "status"));
              }
              order.put("updated_at", MagentoJson.date(ctx.now()));
              OrderSync.refresh(order);
              return BooleanNode.TRUE;
            });
  }

  private static ObjectNode order(ObjectNode order) {
    if (order == null) {
      throw ApiException.noSuchEntity();
    }
    return order;
  }
}
