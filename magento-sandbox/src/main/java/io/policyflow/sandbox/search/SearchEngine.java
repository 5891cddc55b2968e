package io.policyflow.sandbox.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.sandbox.error.ApiException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Applies a {@link SearchCriteria} to a collection the way Magento's collection processor does:
 * filters OR-ed inside a group and AND-ed across groups, MySQL-like comparisons (case-insensitive
 * strings, numeric columns compared as numbers, NULL never matching a comparison), sort orders
 * (descending unless ASC), and paging where a page past the end gives the last page again.
 */
public final class SearchEngine {

  private final boolean inputLimitEnabled;
  private final int maxPageSize;
  private final int defaultPageSize;

  public SearchEngine(boolean inputLimitEnabled, int maxPageSize, int defaultPageSize) {
    this.inputLimitEnabled = inputLimitEnabled;
    this.maxPageSize = maxPageSize;
    this.defaultPageSize = defaultPageSize;
  }

  public SearchResult search(
      EntityType type, Collection<ObjectNode> entities, SearchCriteria criteria) {
    if (inputLimitEnabled) {
      if (criteria.pageSize() == null) {
        criteria = criteria.withPageSize(defaultPageSize);
      } else if (criteria.pageSize() > maxPageSize) {
        throw ApiException.badRequest(
            "Maximum SearchCriteria pageSize is %max", ApiException.named("max", maxPageSize));
      }
    }
    List<ObjectNode> matches = new ArrayList<>();
    List<CompiledGroup> groups = new ArrayList<>();
    for (SearchCriteria.FilterGroup group : criteria.filterGroups()) {
      List<CompiledFilter> filters = new ArrayList<>();
      for (SearchCriteria.Filter filter : group.filters()) {
        filters.add(compile(type, entities, filter));
      }
      if (!filters.isEmpty()) {
        groups.add(new CompiledGroup(filters));
      }
    }
    for (ObjectNode entity : entities) {
      if (groups.stream().allMatch(group -> group.matches(entity))) {
        matches.add(entity);
      }
    }
    Comparator<ObjectNode> order = null;
    for (SearchCriteria.SortOrder sort : criteria.sortOrders()) {
      String field = field(type, entities, sort.field(), "order clause");
      Comparator<ObjectNode> byField =
          Comparator.comparing(e -> e.get(field), SearchEngine::compareColumn);
      if (!sort.ascending()) {
        byField = byField.reversed();
      }
      order = order == null ? byField : order.thenComparing(byField);
    }
    if (order != null) {
      matches.sort(order);
    }
    int total = matches.size();
    Integer pageSize = criteria.pageSize();
    if (pageSize != null && pageSize > 0) {
      int lastPage = Math.max(1, (total + pageSize - 1) / pageSize);
      int page =
          criteria.currentPage() == null
              ? 1
              : Math.min(Math.max(criteria.currentPage(), 1), lastPage);
      int from = Math.min((page - 1) * pageSize, total);
      matches = new ArrayList<>(matches.subList(from, Math.min(from + pageSize, total)));
    }
    return new SearchResult(matches, criteria, total);
  }

  private static String field(
      EntityType type, Collection<ObjectNode> entities, String field, String clause) {
    if (field != null
        && entities.stream().anyMatch(e -> e.has(field) && e.get(field).isValueNode())) {
      return field;
    }
    return type.resolveField(field, clause);
  }

  private static CompiledFilter compile(
      EntityType type, Collection<ObjectNode> entities, SearchCriteria.Filter filter) {
    String field = field(type, entities, filter.field(), "where clause");
    String value = filter.value() == null ? "" : filter.value();
    String condition = filter.condition().toLowerCase(Locale.ROOT);
    return switch (condition) {
      case "eq" -> e -> notNull(e, field) && equal(e.get(field), value);
      case "neq" -> e -> notNull(e, field) && !equal(e.get(field), value);
      case "like" -> like(field, value, true);
      case "nlike" -> like(field, value, false);
      case "in" ->
          e -> notNull(e, field) && inList(value).stream().anyMatch(v -> equal(e.get(field), v));
      case "nin" ->
          e -> notNull(e, field) && inList(value).stream().noneMatch(v -> equal(e.get(field), v));
      case "gt" -> e -> notNull(e, field) && compare(e.get(field), value) > 0;
      case "gteq", "from" -> e -> notNull(e, field) && compare(e.get(field), value) >= 0;
      case "lt" -> e -> notNull(e, field) && compare(e.get(field), value) < 0;
      case "lteq", "to" -> e -> notNull(e, field) && compare(e.get(field), value) <= 0;
      case "null" -> e -> !notNull(e, field);
      case "notnull" -> e -> notNull(e, field);
      case "finset" ->
          e ->
              notNull(e, field)
                  && list(e.get(field).asText()).stream().anyMatch(v -> v.equalsIgnoreCase(value));
      case "nfinset" ->
          e ->
              notNull(e, field)
                  && list(e.get(field).asText()).stream().noneMatch(v -> v.equalsIgnoreCase(value));
      // Pdo\Mysql::prepareSqlCondition has no "moreq" key, and an unknown condition type falls
      // through to its default: both are "=".
      default -> e -> notNull(e, field) && equal(e.get(field), value);
    };
  }

  private static CompiledFilter like(String field, String value, boolean positive) {
    Pattern pattern = likePattern(value);
    return e -> notNull(e, field) && pattern.matcher(e.get(field).asText()).matches() == positive;
  }

  /**
   * SQL LIKE → regex: {@code %} any run, {@code _} one char, {@code \} escapes; case-insensitive.
   */
  static Pattern likePattern(String like) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < like.length(); i++) {
      char c = like.charAt(i);
      if (c == '\\' && i + 1 < like.length()) {
        regex.append(Pattern.quote(String.valueOf(like.charAt(++i))));
      } else if (c == '%') {
        regex.append(".*");
      } else if (c == '_') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(
        regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
  }

  /** {@code in}/{@code nin}: the adapter's {@code explode(',', $value)}, values not trimmed. */
  private static List<String> inList(String value) {
    return Arrays.asList(value.split(",", -1));
  }

  private static List<String> list(String value) {
    return Arrays.stream(value.split(",")).map(String::trim).toList();
  }

  private static boolean notNull(ObjectNode entity, String field) {
    JsonNode value = entity.get(field);
    return value != null && !value.isNull() && value.isValueNode();
  }

  private static boolean equal(JsonNode column, String value) {
    return compare(column, value) == 0;
  }

  /** MySQL-ish: numeric columns compare numerically, text case-insensitively. */
  private static int compare(JsonNode column, String value) {
    if (column.isNumber() || column.isBoolean()) {
      BigDecimal left =
          column.isBoolean()
              ? (column.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO)
              : column.decimalValue();
      return left.compareTo(leadingNumber(value));
    }
    return column.asText().compareToIgnoreCase(value);
  }

  /** How MySQL casts a string to a number: its leading numeric part, else 0. */
  private static BigDecimal leadingNumber(String value) {
    var matcher = Pattern.compile("^\\s*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)").matcher(value);
    if (matcher.find()) {
      return new BigDecimal(matcher.group().trim().replace("+", ""));
    }
    return BigDecimal.ZERO;
  }

  private static int compareColumn(JsonNode a, JsonNode b) {
    boolean aNull = a == null || a.isNull();
    boolean bNull = b == null || b.isNull();
    if (aNull || bNull) {
      return aNull == bNull ? 0 : (aNull ? -1 : 1);
    }
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    return a.asText().compareToIgnoreCase(b.asText());
  }

  @FunctionalInterface
  private interface CompiledFilter {
    boolean matches(ObjectNode entity);
  }

  private record CompiledGroup(List<CompiledFilter> filters) {
    boolean matches(ObjectNode entity) {
      return filters.stream().anyMatch(f -> f.matches(entity));
    }
  }
}
