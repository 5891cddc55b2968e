package io.policyflow.activities.magento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.policyflow.activities.magento.SearchCriteria.Direction;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SearchCriteriaTest {

  @Test
  void encodesBracketsAtAndPlusSoPhpReadsTheEmailBack() {
    String query = SearchCriteria.eq("customer_email", "jane+shop@example.com").toQueryString();

    assertThat(query)
        .isEqualTo(
            "searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bfield%5D=customer_email"
                + "&searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bvalue%5D=jane%2Bshop%40example.com"
                + "&searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bcondition_type%5D=eq");
    // PHP's query parsing treats '+' as a space, as form decoding does: the address must survive
    // it.
    String value = query.split("&")[1].split("=", 2)[1];
    assertThat(URLDecoder.decode(value, StandardCharsets.UTF_8)).isEqualTo("jane+shop@example.com");
  }

  @Test
  void groupsSortAndPagingInOrder() {
    SearchCriteria criteria =
        SearchCriteria.builder()
            .where("customer_id", 314)
            .where("created_at", "gteq", "2024-01-01 00:00:00")
            .sortBy("created_at", Direction.DESC)
            .pageSize(5)
            .currentPage(1)
            .build();

    assertThat(criteria.query())
        .containsExactly(
            org.assertj.core.api.Assertions.entry(
                "searchCriteria[filter_groups][0][filters][0][field]", "customer_id"),
            org.assertj.core.api.Assertions.entry(
                "searchCriteria[filter_groups][0][filters][0][value]", "314"),
            org.assertj.core.api.Assertions.entry(
                "searchCriteria[filter_groups][0][filters][0][condition_type]", "eq"),
            org.assertj.core.api.Assertions.entry(
                "searchCriteria[filter_groups][1][filters][0][field]", "created_at"),
            org.assertj.core.api.Assertions.entry(
                "searchCriteria[filter_groups][1][filters][0][value]", "2024-01-01 00:00:00"),
            org.assertj.core.api.Assertions.entry(
                "searchCriteria[filter_groups][1][filters][0][condition_type]", "gteq"),
            org.assertj.core.api.Assertions.entry(
                "searchCriteria[sortOrders][0][field]", "created_at"),
            org.assertj.core.api.Assertions.entry(
                "searchCriteria[sortOrders][0][direction]", "DESC"),
            org.assertj.core.api.Assertions.entry("searchCriteria[pageSize]", "5"),
            org.assertj.core.api.Assertions.entry("searchCriteria[currentPage]", "1"));
    assertThat(criteria.toQueryString()).contains("2024-01-01%2000%3A00%3A00");
  }

  @Test
  void emptyCriteriaStillSendsTheParameter() {
    assertThat(SearchCriteria.builder().build().toQueryString()).isEqualTo("searchCriteria=");
  }

  @Test
  void encodesNonAsciiAsUtf8() {
    assertThat(SearchCriteria.encode("zoë ü&=")).isEqualTo("zo%C3%AB%20%C3%BC%26%3D");
  }

  @Test
  void toStringMasksEmails() {
    assertThat(SearchCriteria.eq("email", "jane@example.com").toString())
        .doesNotContain("jane")
        .contains("j***%40example.com");
  }

  @Test
  void rejectsPagesBelowOne() {
    assertThatThrownBy(() -> SearchCriteria.builder().currentPage(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
