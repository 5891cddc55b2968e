package io.policyflow.sandbox.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.sandbox.json.MagentoJson;
import io.policyflow.sandbox.search.SearchResult;
import java.util.List;

/** The {@code {items, search_criteria, total_count}} envelope of every getList response. */
final class SearchResults {

  private SearchResults() {}

  static ObjectNode envelope(SearchResult result) {
    return envelope(result.items(), result.criteria().toJson(), result.totalCount());
  }

  static ObjectNode envelope(List<ObjectNode> items, ObjectNode criteria, int totalCount) {
    ObjectNode out = MagentoJson.object();
    ArrayNode array = out.putArray("items");
    items.forEach(item -> array.add(item.deepCopy()));
    out.set("search_criteria", criteria);
    out.put("total_count", totalCount);
    return out;
  }

  /** The criteria a {@code getCommentsList($id)} builds: {@code parent_id eq <id>}. */
  static ObjectNode byParent(long parentId) {
    ObjectNode criteria = MagentoJson.object();
    ObjectNode filter =
        criteria.putArray("filter_groups").addObject().putArray("filters").addObject();
    filter.put("field", "parent_id");
    filter.put("value", String.valueOf(parentId));
    filter.put("condition_type", "eq");
    return criteria;
  }
}
