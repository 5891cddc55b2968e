package io.policyflow.activities.magento;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Magento's {@code searchCriteria} query for {@code getList} endpoints. Each {@link Builder#where}
 * call is its own filter group (groups are AND-ed). Query names and values are percent-encoded
 * here, strictly (everything but RFC 3986 unreserved characters): brackets become {@code
 * %5B}/{@code %5D}, {@code @} becomes {@code %40} and {@code +} becomes {@code %2B} — PHP turns a
 * raw {@code +} into a space, which would break emails like {@code jane+shop@example.com}. The
 * client passes {@link #encodedQuery()} to Feign as already encoded.
 */
public final class SearchCriteria {

  /** Sort direction. */
  public enum Direction {
    ASC,
    DESC
  }

  /** One filter: {@code field condition value}, e.g. {@code email eq jane@example.com}. */
  public record Filter(String field, String conditionType, String value) {
    public Filter {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(conditionType, "conditionType");
      Objects.requireNonNull(value, "value");
    }
  }

  private final List<Filter> groups;
  private final List<Map.Entry<String, Direction>> sortOrders;
  private final Integer pageSize;
  private final Integer currentPage;

  private SearchCriteria(Builder b) {
    this(b.groups, b.sortOrders, b.pageSize, b.currentPage);
  }

  private SearchCriteria(
      List<Filter> groups,
      List<Map.Entry<String, Direction>> sortOrders,
      Integer pageSize,
      Integer currentPage) {
    this.groups = List.copyOf(groups);
    this.sortOrders = List.copyOf(sortOrders);
    this.pageSize = pageSize;
    this.currentPage = currentPage;
  }

  /**
   * The same criteria for one page: {@code pageSize} results (1..300), page {@code currentPage}
   * (1-based).
   */
  public SearchCriteria page(int pageSize, int currentPage) {
    if (pageSize < 1 || pageSize > MagentoPages.MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("pageSize must be in 1.." + MagentoPages.MAX_PAGE_SIZE);
    }
    if (currentPage < 1) {
      throw new IllegalArgumentException("currentPage is 1-based");
    }
    return new SearchCriteria(groups, sortOrders, pageSize, currentPage);
  }

  public Integer pageSize() {
    return pageSize;
  }

  public Integer currentPage() {
    return currentPage;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code field eq value}. */
  public static SearchCriteria eq(String field, Object value) {
    return builder().where(field, value).build();
  }

  public List<Filter> filters() {
    return groups;
  }

  /** The query parameters, unencoded, in order. */
  public Map<String, String> query() {
    Map<String, String> q = new LinkedHashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      Filter f = groups.get(g);
      String prefix = "searchCriteria[filter_groups][" + g + "][filters][0]";
      q.put(prefix + "[field]", f.field());
      q.put(prefix + "[value]", f.value());
      q.put(prefix + "[condition_type]", f.conditionType());
    }
    for (int s = 0; s < sortOrders.size(); s++) {
      q.put("searchCriteria[sortOrders][" + s + "][field]", sortOrders.get(s).getKey());
      q.put(
          "searchCriteria[sortOrders][" + s + "][direction]", sortOrders.get(s).getValue().name());
    }
    if (pageSize != null) {
      q.put("searchCriteria[pageSize]", pageSize.toString());
    }
    if (currentPage != null) {
      q.put("searchCriteria[currentPage]", currentPage.toString());
    }
    if (q.isEmpty()) {
      // "?searchCriteria" alone lists everything; without the parameter Magento answers 400.
      q.put("searchCriteria", "");
    }
    return Collections.unmodifiableMap(q);
  }

  /**
   * The query parameters with names and values percent-encoded, ready for {@code @QueryMap(encoded
   * = true)}.
   */
  public Map<String, Object> encodedQuery() {
    Map<String, Object> encoded = new LinkedHashMap<>();
    query().forEach((k, v) -> encoded.put(encode(k), encode(v)));
    return encoded;
  }

  /** {@code name=value&...}, encoded. */
  public String toQueryString() {
    StringBuilder sb = new StringBuilder();
    encodedQuery()
        .forEach(
            (k, v) -> {
              if (sb.length() > 0) {
                sb.append('&');
              }
              sb.append(k).append('=').append(v);
            });
    return sb.toString();
  }

  @Override
  public String toString() {
    // Filter values can be emails: never print them raw.
    return "SearchCriteria[" + EmailMask.maskAll(toQueryString()) + "]";
  }

  /**
   * Percent-encodes everything except RFC 3986 unreserved characters ({@code A-Z a-z 0-9 - . _ ~}).
   */
  public static String encode(String raw) {
    StringBuilder out = new StringBuilder(raw.length() + 16);
    for (byte b : raw.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** Builds a {@link SearchCriteria}. */
  public static final class Builder {
    private final List<Filter> groups = new ArrayList<>();
    private final List<Map.Entry<String, Direction>> sortOrders = new ArrayList<>();
    private Integer pageSize;
    private Integer currentPage;

    private Builder() {}

    /** Adds the filter group {@code field eq value}. */
    public Builder where(String field, Object value) {
      return where(field, "eq", value);
    }

    /** Adds the filter group {@code field conditionType value}. */
    public Builder where(String field, String conditionType, Object value) {
      groups.add(
          new Filter(field, conditionType, String.valueOf(Objects.requireNonNull(value, "value"))));
      return this;
    }

    public Builder sortBy(String field, Direction direction) {
      sortOrders.add(Map.entry(field, direction));
      return this;
    }

    public Builder pageSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("pageSize must be at least 1");
      }
      this.pageSize = size;
      return this;
    }

    public Builder currentPage(int page) {
      if (page < 1) {
        throw new IllegalArgumentException("currentPage is 1-based");
      }
      this.currentPage = page;
      return this;
    }

    public SearchCriteria build() {
      return new SearchCriteria(this);
    }
  }
}
