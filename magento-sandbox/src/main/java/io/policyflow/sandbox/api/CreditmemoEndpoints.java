package io.policyflow.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.sandbox.data.DataSet;
import io.policyflow.sandbox.error.ApiException;
import io.policyflow.sandbox.http.Params;
import io.policyflow.sandbox.http.RequestContext;
import io.policyflow.sandbox.http.Router;
import io.policyflow.sandbox.json.Json;
import io.policyflow.sandbox.json.MagentoJson;
import io.policyflow.sandbox.search.EntityType;
import java.util.Set;

/** Credit memos and their comments (§10). */
final class CreditmemoEndpoints {

  private static final String COMMENT_INTERFACE =
      "Magento\\Sales\\Api\\Data\\CreditmemoCommentInterface";
  private static final Set<String> COMMENT_FIELDS =
      Set.of(
          "comment",
          "created_at",
          "entity_id",
          "is_customer_notified",
          "is_visible_on_front",
          "parent_id");

  private final ApiServices services;

  CreditmemoEndpoints(ApiServices services) {
    this.services = services;
  }

  void register(Router router) {
    router.get(
        "/V1/creditmemos",
        Acl.CREDITMEMO,
        ctx -> services.getList(ctx, EntityType.CREDITMEMO, DataSet::creditmemos));
    router.get(
        "/V1/creditmemo/{id}", Acl.CREDITMEMO, ctx -> services.get(ctx, DataSet::creditmemos));
    router.get(
        "/V1/creditmemo/{id}/comments",
        Acl.CREDITMEMO,
        ctx -> services.getCommentsList(ctx, DataSet::creditmemos, "comments"));
    router.post("/V1/creditmemo/{id}/comments", Acl.CREDITMEMO, this::addComment);
  }

  /**
   * {@code CreditmemoCommentRepositoryInterface::save}: body {@code {"entity": {...}}}, answers the
   * saved comment. {@code parent_id} defaults to the id in the URL.
   */
  private JsonNode addComment(RequestContext ctx) {
    long urlId = ctx.intPathParam("id");
    ObjectNode input =
        Params.requiredDataObject(
            ctx.bodyParam("entity"), "entity", COMMENT_INTERFACE, COMMENT_FIELDS);
    Long parentId = Params.integer(input.get("parent_id"));
    long memoId = parentId == null ? urlId : parentId;
    String text = Params.string(input.get("comment"));
    Long notified = Params.integer(input.get("is_customer_notified"));
    Long visible = Params.integer(input.get("is_visible_on_front"));
    return services
        .store()
        .write(
            data -> {
              ObjectNode memo = data.creditmemos().get(memoId);
              if (memo == null) {
                throw ApiException.badRequest("Could not save the creditmemo comment.");
              }
              ObjectNode comment = MagentoJson.object();
              comment.put("comment", text);
              comment.put("created_at", MagentoJson.date(ctx.now()));
              comment.put("entity_id", data.nextCreditmemoCommentId());
              comment.put("is_customer_notified", notified == null ? 0 : notified);
              comment.put("is_visible_on_front", visible == null ? 0 : visible);
              comment.put("parent_id", memoId);
              Json.arrayField(memo, "comments").add(comment);
              memo.put("updated_at", MagentoJson.date(ctx.now()));
              return comment.deepCopy();
            });
  }
}
