package io.policyflow.activities.kustomer.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A list answer: {@code {"meta": {...}, "links": {self, first, prev, next}, "data": [...]}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KustomerList(List<KustomerResource> data, Links links) {

  public KustomerList {
    data = data == null ? List.of() : List.copyOf(data);
  }

  /** True when {@code links.next} names another page. */
  public boolean hasNext() {
    return links != null && links.next() != null && !links.next().isBlank();
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Links(String self, String first, String prev, String next) {}
}
