package io.policyflow.sandbox.search;

import io.policyflow.sandbox.error.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the PHP-style parsed query value of {@code searchCriteria} into a {@link SearchCriteria},
 * accepting Magento's snake_case and camelCase spellings alike ({@code filter_groups}/{@code
 * filterGroups}, {@code condition_type}/{@code conditionType}, {@code sort_orders}/{@code
 * sortOrders}, {@code page_size}/{@code pageSize}, {@code current_page}/{@code currentPage}).
 *
 * <p>An unknown key is what Magento's input processor cannot map to a getter: 2.4.8 answers 400
 * {@code "%fieldName" is not supported. Correct the field name and try again.}
 */
public final class SearchCriteriaParser {

  private static final String CRITERIA_CLASS = "Magento\\Framework\\Api\\SearchCriteriaInterface";
  private static final String GROUP_CLASS = "Magento\\Framework\\Api\\Search\\FilterGroup";
  private static final String FILTER_CLASS = "Magento\\Framework\\Api\\Filter";
  private static final String SORT_CLASS = "Magento\\Framework\\Api\\SortOrder";

  private SearchCriteriaParser() {}

  /**
   * @param raw a String (e.g. {@code ""} for a bare {@code ?searchCriteria}) or a nested Map
   */
  public static SearchCriteria parse(Object raw) {
    if (raw instanceof String text) {
      if (text.isEmpty()) {
        return SearchCriteria.empty();
      }
      throw ApiException.invalidType(text, CRITERIA_CLASS);
    }
    Map<String, Object> map = asMap(raw, CRITERIA_CLASS);
    List<SearchCriteria.FilterGroup> groups = new ArrayList<>();
    List<SearchCriteria.SortOrder> sorts = new ArrayList<>();
    Integer pageSize = null;
    Integer currentPage = null;
    for (Map.Entry<String, Object> entry : map.entrySet()) {
      switch (camel(entry.getKey())) {
        case "filterGroups" -> {
          for (Object group : list(entry.getValue(), GROUP_CLASS + "[]")) {
            groups.add(group(group));
          }
        }
        case "sortOrders" -> {
          for (Object sort : list(entry.getValue(), SORT_CLASS + "[]")) {
            sorts.add(sort(sort));
          }
        }
        case "pageSize" -> pageSize = integer(entry.getValue());
        case "currentPage" -> currentPage = integer(entry.getValue());
        default -> throw noAccessor(entry.getKey(), CRITERIA_CLASS);
      }
    }
    return new SearchCriteria(groups, sorts, pageSize, currentPage);
  }

  private static SearchCriteria.FilterGroup group(Object raw) {
    Map<String, Object> map = asMap(raw, GROUP_CLASS);
    List<SearchCriteria.Filter> filters = new ArrayList<>();
    for (Map.Entry<String, Object> entry : map.entrySet()) {
      if (!"filters".equals(camel(entry.getKey()))) {
        throw noAccessor(entry.getKey(), GROUP_CLASS);
      }
      for (Object filter : list(entry.getValue(), FILTER_CLASS + "[]")) {
        filters.add(filter(filter));
      }
    }
    return new SearchCriteria.FilterGroup(filters);
  }

  private static SearchCriteria.Filter filter(Object raw) {
    Map<String, Object> map = asMap(raw, FILTER_CLASS);
    String field = null;
    String value = null;
    String condition = null;
    for (Map.Entry<String, Object> entry : map.entrySet()) {
      switch (camel(entry.getKey())) {
        case "field" -> field = string(entry.getValue());
        case "value" -> value = string(entry.getValue());
        case "conditionType" -> condition = string(entry.getValue());
        default -> throw noAccessor(entry.getKey(), FILTER_CLASS);
      }
    }
    return new SearchCriteria.Filter(field, value, condition);
  }

  private static SearchCriteria.SortOrder sort(Object raw) {
    Map<String, Object> map = asMap(raw, SORT_CLASS);
    String field = null;
    String direction = null;
    for (Map.Entry<String, Object> entry : map.entrySet()) {
      switch (camel(entry.getKey())) {
        case "field" -> field = string(entry.getValue());
        case "direction" -> direction = string(entry.getValue());
        default -> throw noAccessor(entry.getKey(), SORT_CLASS);
      }
    }
    return new SearchCriteria.SortOrder(field, direction);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object raw, String type) {
    if (raw instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw ApiException.invalidType(String.valueOf(raw), type);
  }

  private static List<Object> list(Object raw, String type) {
    if (raw instanceof Map<?, ?> map) {
      return new ArrayList<>(map.values());
    }
    if (raw instanceof String text && text.isEmpty()) {
      return List.of();
    }
    throw ApiException.invalidType(String.valueOf(raw), type);
  }

  private static String string(Object raw) {
    if (raw instanceof String text) {
      return text;
    }
    throw ApiException.invalidType("array", "string");
  }

  private static Integer integer(Object raw) {
    if (raw instanceof String text) {
      String trimmed = text.trim();
      if (trimmed.matches("[+-]?\\d{1,9}")) {
        return Integer.parseInt(trimmed);
      }
      throw ApiException.invalidType(text, "int");
    }
    throw ApiException.invalidType("array", "int");
  }

  /** snake_case → camelCase, as {@code SimpleDataObjectConverter::snakeCaseToCamelCase}. */
  static String camel(String key) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : key.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  private static ApiException noAccessor(String key, String type) {
    return ApiException.notSupportedField(key);
  }
}
