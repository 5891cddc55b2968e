package io.policyflow.activities.magento.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Magento's search-result envelope: {@code {items, search_criteria, total_count}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SearchResult<T>(List<T> items, @JsonProperty("total_count") Integer totalCount) {
  public SearchResult {
    items = items == null ? List.of() : List.copyOf(items);
  }
}
