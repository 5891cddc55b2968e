package io.policyflow.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.sandbox.SandboxConfig;
import io.policyflow.sandbox.SandboxStore;
import io.policyflow.sandbox.auth.AdminTokenService;
import io.policyflow.sandbox.data.DataSet;
import io.policyflow.sandbox.error.ApiException;
import io.policyflow.sandbox.http.RequestContext;
import io.policyflow.sandbox.json.Json;
import io.policyflow.sandbox.refund.RefundService;
import io.policyflow.sandbox.search.EntityType;
import io.policyflow.sandbox.search.SearchCriteria;
import io.policyflow.sandbox.search.SearchEngine;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What the endpoint classes share, and the reads that several of them serve alike. */
public record ApiServices(
    SandboxConfig config,
    SandboxStore store,
    SearchEngine search,
    RefundService refunds,
    AdminTokenService adminTokens) {

  /**
   * A getList ({@code GET /V1/invoices?searchCriteria...}): the entities of one kind that match.
   */
  JsonNode getList(
      RequestContext ctx, EntityType type, Function<DataSet, Map<Long, ObjectNode>> entities) {
    SearchCriteria criteria = ctx.searchCriteria();
    return store.read(
        data ->
            SearchResults.envelope(search.search(type, entities.apply(data).values(), criteria)));
  }

  /**
   * A get ({@code GET /V1/invoices/{id}}): a copy of the entity with the path's {@code id}, or "No
   * such entity".
   */
  JsonNode get(RequestContext ctx, Function<DataSet, Map<Long, ObjectNode>> entities) {
    long id = ctx.entityIdPathParam("id");
    return store.read(
        data -> {
          ObjectNode entity = entities.apply(data).get(id);
          if (entity == null) {
            throw ApiException.noSuchEntity();
          }
          return entity.deepCopy();
        });
  }

  /**
   * A {@code getCommentsList($id)} ({@code GET /V1/invoices/{id}/comments}): the entity's {@code
   * field} list as a search result filtered by parent; no existence check, so an unknown id gives
   * an empty list.
   */
  JsonNode getCommentsList(
      RequestContext ctx, Function<DataSet, Map<Long, ObjectNode>> entities, String field) {
    long id = ctx.intPathParam("id");
    return store.read(
        data -> {
          ObjectNode entity = entities.apply(data).get(id);
          List<ObjectNode> comments = entity == null ? List.of() : Json.objects(entity.get(field));
          return SearchResults.envelope(comments, SearchResults.byParent(id), comments.size());
        });
  }
}
