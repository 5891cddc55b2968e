package io.policyflow.sandbox.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.sandbox.json.MagentoJson;
import java.util.List;

/**
 * A parsed {@code searchCriteria}: filter groups (OR inside a group, AND across groups), sort
 * orders, and optional paging. {@link #toJson()} is the {@code search_criteria} echo of a result.
 */
public record SearchCriteria(
    List<FilterGroup> filterGroups,
    List<SortOrder> sortOrders,
    Integer pageSize,
    Integer currentPage) {

  public SearchCriteria {
    filterGroups = List.copyOf(filterGroups);
    sortOrders = List.copyOf(sortOrders);
  }

  public static SearchCriteria empty() {
    return new SearchCriteria(List.of(), List.of(), null, null);
  }

  /**
   * One filter: {@code conditionType} is null when the client sent none (Magento then uses {@code
   * eq}).
   */
  public record Filter(String field, String value, String conditionType) {

    public String condition() {
      return conditionType == null || conditionType.isEmpty() ? "eq" : conditionType;
    }
  }

  public record FilterGroup(List<Filter> filters) {
    public FilterGroup {
      filters = List.copyOf(filters);
    }
  }

  /** {@code direction} as sent; anything but ASC sorts descending (Magento's SortingProcessor). */
  public record SortOrder(String field, String direction) {

    public boolean ascending() {
      return "ASC".equalsIgnoreCase(direction);
    }
  }

  public SearchCriteria withPageSize(int size) {
    return new SearchCriteria(filterGroups, sortOrders, size, currentPage);
  }

  public ObjectNode toJson() {
    ObjectNode node = MagentoJson.object();
    ArrayNode groups = node.putArray("filter_groups");
    for (FilterGroup group : filterGroups) {
      ArrayNode filters = groups.addObject().putArray("filters");
      for (Filter filter : group.filters()) {
        ObjectNode f = filters.addObject();
        if (filter.field() != null) {
          f.put("field", filter.field());
        }
        if (filter.value() != null) {
          f.put("value", filter.value());
        }
        f.put("condition_type", filter.condition());
      }
    }
    if (!sortOrders.isEmpty()) {
      ArrayNode sorts = node.putArray("sort_orders");
      for (SortOrder sort : sortOrders) {
        ObjectNode s = sorts.addObject();
        if (sort.field() != null) {
          s.put("field", sort.field());
        }
        if (sort.direction() != null) {
          s.put("direction", sort.direction());
        }
      }
    }
    if (pageSize != null) {
      node.put("page_size", pageSize);
    }
    if (currentPage != null) {
      node.put("current_page", currentPage);
    }
    return node;
  }
}
