package io.policyflow.activities.magento;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.policyflow.activities.magento.MagentoStub.API;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.policyflow.activities.magento.dto.SearchResult;
import io.policyflow.refund.commerce.RefundCommand;
import io.policyflow.refund.commerce.RefundLine;
import io.policyflow.refund.commerce.RefundReceipt;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Paging by total_count, pages of at most 300. */
class MagentoPagesTest {

  @RegisterExtension static WireMockExtension wm = MagentoStub.server();

  private static final SearchCriteria BY_ORDER = SearchCriteria.eq("order_id", 1042);

  @Test
  void readsPagesUntilTotalCountIsCoveredEvenThoughMagentoRepeatsTheLastPage() {
    List<Integer> all = IntStream.rangeClosed(1, 650).boxed().toList();
    List<SearchCriteria> asked = new ArrayList<>();

    List<Integer> read =
        MagentoPages.all(
            BY_ORDER,
            criteria -> {
              asked.add(criteria);
              // Magento clamps currentPage to the last page: asking past the end would give page 3
              // again
              int page = Math.min(criteria.currentPage(), 3);
              int from = (page - 1) * criteria.pageSize();
              return new SearchResult<>(
                  all.subList(from, Math.min(from + criteria.pageSize(), all.size())), all.size());
            });

    assertThat(read).isEqualTo(all);
    assertThat(asked).extracting(SearchCriteria::currentPage).containsExactly(1, 2, 3);
    assertThat(asked).extracting(SearchCriteria::pageSize).containsOnly(300);
    assertThat(asked.get(0).query())
        .containsEntry("searchCriteria[filter_groups][0][filters][0][field]", "order_id");
  }

  @Test
  void exactMultipleOfThePageSizeStopsWithoutAskingForAnEmptyPage() {
    List<Integer> all = IntStream.range(0, 600).boxed().toList();
    List<Integer> pages = new ArrayList<>();

    MagentoPages.all(
        BY_ORDER,
        c -> {
          pages.add(c.currentPage());
          int from = (c.currentPage() - 1) * 300;
          return new SearchResult<>(all.subList(from, from + 300), 600);
        });

    assertThat(pages).containsExactly(1, 2);
  }

  @Test
  void emptyResultAndShrinkingResultsStop() {
    assertThat(MagentoPages.all(BY_ORDER, c -> new SearchResult<Integer>(List.of(), 0))).isEmpty();
    // total_count said 900 but the store now has fewer: an empty page ends it
    List<Integer> pages = new ArrayList<>();
    MagentoPages.all(
        BY_ORDER,
        c -> {
          pages.add(c.currentPage());
          return c.currentPage() == 1
              ? new SearchResult<>(IntStream.range(0, 300).boxed().toList(), 900)
              : new SearchResult<Integer>(List.of(), 900);
        });
    assertThat(pages).containsExactly(1, 2);
  }

  @Test
  void pageSizeIsCappedAt300() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> BY_ORDER.page(301, 1));
  }

  @Test
  void markerOnTheSecondPageOfCreditMemosPreventsASecondRefund() {
    String canceled =
        IntStream.rangeClosed(1, 300)
            .mapToObj(
                i ->
                    "{\"entity_id\": "
                        + i
                        + ", \"order_id\": 1042, \"state\": 3, \"grand_total\": 1}")
            .collect(Collectors.joining(","));
    wm.stubFor(
        get(urlPathEqualTo(API + "/creditmemos"))
            .withQueryParam("searchCriteria[pageSize]", equalTo("300"))
            .withQueryParam("searchCriteria[currentPage]", equalTo("1"))
            .withQueryParam("searchCriteria[sortOrders][0][field]", equalTo("entity_id"))
            .withQueryParam("searchCriteria[sortOrders][0][direction]", equalTo("ASC"))
            .willReturn(json("{\"items\": [" + canceled + "], \"total_count\": 301}")));
    wm.stubFor(
        get(urlPathEqualTo(API + "/creditmemos"))
            .withQueryParam("searchCriteria[currentPage]", equalTo("2"))
            .willReturn(
                json(
                    """
            {"items": [{"entity_id": 87, "order_id": 1042, "state": 2, "grand_total": 10,
                        "order_currency_code": "USD", "created_at": "2024-05-05 12:30:45"}], "total_count": 301}""")));
    wm.stubFor(
        get(urlEqualTo(API + "/creditmemo/87/comments"))
            .willReturn(json(Fixtures.magento("creditmemo-87-comments-marked.json"))));
    MagentoCommerceActivities activities =
        new MagentoCommerceActivities(MagentoStub.client(wm), MagentoStub.CLOCK);

    RefundReceipt receipt =
        activities.refund(
            new RefundCommand(
                1042,
                "000001042",
                null,
                false,
                List.of(new RefundLine(2003, BigDecimal.ONE)),
                false,
                "refund-conv-42:1042",
                BigDecimal.TEN,
                "USD"));

    assertThat(receipt.creditMemoId()).isEqualTo("87");
    assertThat(receipt.alreadyExisted()).isTrue();
    wm.verify(2, getRequestedFor(urlPathEqualTo(API + "/creditmemos")));
    wm.verify(0, postRequestedFor(urlPathMatching(".*/refund")));
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(
      String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(body);
  }
}
