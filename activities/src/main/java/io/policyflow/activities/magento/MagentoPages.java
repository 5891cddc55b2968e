package io.policyflow.activities.magento;

import io.policyflow.activities.magento.dto.SearchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads every page of a Magento search. Pages hold at most {@value #MAX_PAGE_SIZE} items (the
 * largest page size a store with "Web API input limits" on accepts; it answers 400 above, it does
 * not clamp). Paging stops when the pages requested cover {@code total_count}: Magento answers a
 * page past the end with the <em>last page again</em>, so "stop at an empty page" would loop or
 * duplicate.
 */
public final class MagentoPages {

  /** Magento's {@code webapi/validation/maximum_page_size} default. */
  public static final int MAX_PAGE_SIZE = 300;

  /** Safety stop: never read more than this many items from one search. */
  public static final int MAX_ITEMS = 30_000;

  private MagentoPages() {}

  /** Every item matching {@code criteria}, in pages of {@value #MAX_PAGE_SIZE}. */
  public static <T> List<T> all(
      SearchCriteria criteria, Function<SearchCriteria, SearchResult<T>> search) {
    return all(criteria, MAX_PAGE_SIZE, search);
  }

  /** Every item matching {@code criteria}, in pages of {@code pageSize}. */
  public static <T> List<T> all(
      SearchCriteria criteria, int pageSize, Function<SearchCriteria, SearchResult<T>> search) {
    List<T> items = new ArrayList<>();
    for (int page = 1; ; page++) {
      SearchResult<T> result = search.apply(criteria.page(pageSize, page));
      items.addAll(result.items());
      Integer total = result.totalCount();
      boolean lastPage =
          total == null
              ? result.items().size() < pageSize // not a Magento envelope: a short page is the last
              : (long) page * pageSize >= total;
      if (lastPage || result.items().isEmpty() || items.size() >= MAX_ITEMS) {
        return items;
      }
    }
  }
}
