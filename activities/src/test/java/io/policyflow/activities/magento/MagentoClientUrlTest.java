package io.policyflow.activities.magento;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.policyflow.activities.magento.MagentoStub.API;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.policyflow.activities.magento.SearchCriteria.Direction;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * What actually goes over the wire: the exact URL Magento receives, headers, and what is logged.
 */
class MagentoClientUrlTest {

  @RegisterExtension static WireMockExtension wm = MagentoStub.server();

  @Test
  void customerSearchUrlIsEncodedOnceWithPlusAndAtEscaped() {
    wm.stubFor(
        get(urlPathEqualTo(API + "/customers/search"))
            .willReturn(okJson(Fixtures.magento("customer-search-empty.json"))));

    MagentoStub.client(wm).searchCustomers(SearchCriteria.eq("email", "jane+shop@example.com"));

    List<LoggedRequest> requests =
        wm.findAll(getRequestedFor(urlPathEqualTo(API + "/customers/search")));
    assertThat(requests).hasSize(1);
    assertThat(requests.get(0).getUrl())
        .isEqualTo(
            API
                + "/customers/search?"
                + "searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bfield%5D=email"
                + "&searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bvalue%5D=jane%2Bshop%40example.com"
                + "&searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bcondition_type%5D=eq");
    // and the server decodes it back to the very address (no space for '+', no %25 double encoding)
    assertThat(
            requests
                .get(0)
                .queryParameter("searchCriteria[filter_groups][0][filters][0][value]")
                .firstValue())
        .isEqualTo("jane+shop@example.com");
    assertThat(requests.get(0).getHeader("Authorization")).isEqualTo("Bearer " + MagentoStub.TOKEN);
    assertThat(requests.get(0).getHeader("Accept")).isEqualTo("application/json");
  }

  @Test
  void orderSearchCarriesSortAndPaging() {
    wm.stubFor(
        get(urlPathEqualTo(API + "/orders"))
            .willReturn(okJson(Fixtures.magento("orders-search-empty.json"))));

    MagentoStub.client(wm)
        .searchOrders(
            SearchCriteria.builder()
                .where("customer_email", "o'neil@example.co.uk")
                .sortBy("created_at", Direction.DESC)
                .pageSize(20)
                .currentPage(1)
                .build());

    LoggedRequest request = wm.findAll(getRequestedFor(urlPathEqualTo(API + "/orders"))).get(0);
    assertThat(request.getUrl())
        .isEqualTo(
            API
                + "/orders?"
                + "searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bfield%5D=customer_email"
                + "&searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bvalue%5D=o%27neil%40example.co.uk"
                + "&searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bcondition_type%5D=eq"
                + "&searchCriteria%5BsortOrders%5D%5B0%5D%5Bfield%5D=created_at"
                + "&searchCriteria%5BsortOrders%5D%5B0%5D%5Bdirection%5D=DESC"
                + "&searchCriteria%5BpageSize%5D=20"
                + "&searchCriteria%5BcurrentPage%5D=1");
  }

  @Test
  void requestLogLinesNeverShowTheCustomersEmail() {
    wm.stubFor(
        get(urlPathEqualTo(API + "/customers/search"))
            .willReturn(okJson(Fixtures.magento("customer-search-empty.json"))));
    ch.qos.logback.classic.Logger feignLog =
        (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(MagentoClient.class);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    Level before = feignLog.getLevel();
    feignLog.setLevel(Level.DEBUG);
    feignLog.addAppender(appender);
    try {
      MagentoStub.client(wm).searchCustomers(SearchCriteria.eq("email", "jane.doe@example.com"));
    } finally {
      feignLog.detachAppender(appender);
      feignLog.setLevel(before);
    }

    List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    assertThat(lines)
        .anySatisfy(l -> assertThat(l).contains("---> GET").contains("j***%40example.com"));
    assertThat(lines)
        .allSatisfy(l -> assertThat(l).doesNotContain("jane.doe").doesNotContain("Bearer"));
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okJson(
      String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(body);
  }
}
