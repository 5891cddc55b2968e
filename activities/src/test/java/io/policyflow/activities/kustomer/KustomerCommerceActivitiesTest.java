package io.policyflow.activities.kustomer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.policyflow.activities.kustomer.KustomerStub.JANE;
import static io.policyflow.activities.kustomer.KustomerStub.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.policyflow.activities.magento.MagentoClients;
import io.policyflow.activities.magento.MagentoConfig;
import io.policyflow.refund.commerce.CommerceActivities;
import io.policyflow.refund.commerce.CommerceFailures;
import io.policyflow.refund.commerce.CreditMemoStatus;
import io.policyflow.refund.commerce.CustomerRecord;
import io.policyflow.refund.commerce.OrderLine;
import io.policyflow.refund.commerce.OrderRecord;
import io.policyflow.refund.commerce.RefundCommand;
import io.policyflow.refund.commerce.RefundReceipt;
import io.temporal.failure.ApplicationFailure;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The policy's Kustomer variant: customer and orders from Kustomer, the rest from Magento by order
 * number.
 */
class KustomerCommerceActivitiesTest {

  @RegisterExtension static WireMockExtension wm = KustomerStub.server();

  static final String PAGE = "/v1/customers/" + JANE + "/klasses/ecomm-order?page=%d&pageSize=100";
  static final CustomerRecord JANE_RECORD =
      new CustomerRecord(314L, "jane@example.com", "Jane", "Doe", false);

  final RecordingMagento magento = new RecordingMagento();
  final Map<String, Long> magentoIds =
      new java.util.HashMap<>(Map.of("000001042", 42L, "000001050", 50L, "000001001", 1L));
  final List<String> resolved = new ArrayList<>();
  KustomerCommerceActivities activities;

  @BeforeEach
  void setUp() {
    activities =
        new KustomerCommerceActivities(
            KustomerStub.client(wm),
            KustomerOrderMapping.defaults(),
            magento,
            number -> {
              resolved.add(number);
              return magentoIds.get(number);
            });
  }

  @Test
  void theCustomerIsKustomersWithTheStoreIdFromExternalId() {
    wm.stubFor(
        get(urlEqualTo("/v1/customers/email=jane%40example.com"))
            .willReturn(json(200, "customer-jane.json")));

    assertThat(activities.findCustomer("  Jane@Example.COM ")).isEqualTo(JANE_RECORD);
  }

  @Test
  void aCustomerWithoutStoreIdIsAGuestNamedFromName() {
    wm.stubFor(
        get(urlEqualTo("/v1/customers/email=sam%40example.com"))
            .willReturn(json(200, "customer-guest-name-only.json")));

    assertThat(activities.findCustomer("sam@example.com"))
        .isEqualTo(new CustomerRecord(null, "sam@example.com", "Sam", "Guest", true));
  }

  @Test
  void anUnknownEmailIsNoCustomer() {
    wm.stubFor(
        get(urlEqualTo("/v1/customers/email=nobody%40example.com"))
            .willReturn(json(404, "error-404-customer.json")));

    assertThat(activities.findCustomer("nobody@example.com")).isNull();
    assertThat(activities.findCustomer(" ")).isNull();
  }

  @Test
  void ordersComeFromEveryKObjectPageNewestFirstMatchedInMagentoByNumber() {
    stubJane();

    List<OrderRecord> orders = activities.recentOrders(JANE_RECORD, 2);

    assertThat(orders).extracting(OrderRecord::number).containsExactly("000001050", "000001042");
    OrderRecord newest = orders.get(0);
    assertThat(newest.orderId()).isEqualTo(50L);
    assertThat(newest.placedAt()).isEqualTo(Instant.parse("2024-05-02T11:30:00Z"));
    assertThat(newest.grandTotal()).isEqualByComparingTo("107.50");
    assertThat(newest.currency()).isEqualTo("USD");
    assertThat(newest.state()).isEqualTo("processing");
    assertThat(newest.customerEmail()).isEqualTo("jane@example.com");
    OrderRecord second = orders.get(1);
    assertThat(second.orderId()).isEqualTo(42L);
    assertThat(second.currency()).isEqualTo("EUR");
    assertThat(second.grandTotal()).isEqualByComparingTo("59");
    assertThat(second.lines())
        .extracting(OrderLine::name)
        .containsExactly("Affirm Water Bottle", "Argus All-Weather Tank");
    assertThat(resolved).containsExactly("000001050", "000001042");
    wm.verify(getRequestedFor(urlEqualTo(PAGE.formatted(2))));
  }

  @Test
  void anOrderMagentoDoesNotKnowIsLeftOut() {
    stubJane();
    magentoIds.remove("000001050");

    assertThat(activities.recentOrders(JANE_RECORD, 5))
        .extracting(OrderRecord::number)
        .containsExactly("000001042", "000001001");
  }

  @Test
  void aConfiguredMagentoIdPathSkipsTheLookup() {
    stubJane();
    activities =
        new KustomerCommerceActivities(
            KustomerStub.client(wm),
            new KustomerOrderMapping(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "externalId",
                "externalId",
                0),
            magento,
            number -> {
              throw new AssertionError("no Magento lookup expected for " + number);
            });

    assertThat(activities.recentOrders(JANE_RECORD, 3))
        .extracting(OrderRecord::orderId)
        .containsExactly(1050L, 1042L, 1001L);
  }

  @Test
  void aMissingKlassNamesTheSettingToFix() {
    wm.stubFor(
        get(urlEqualTo("/v1/customers/email=jane%40example.com"))
            .willReturn(json(200, "customer-jane.json")));
    wm.stubFor(get(urlEqualTo(PAGE.formatted(1))).willReturn(json(404, "error-404-jsonapi.json")));

    ApplicationFailure failure =
        catchThrowableOfType(
            ApplicationFailure.class, () -> activities.recentOrders(JANE_RECORD, 5));

    assertThat(failure.getType()).isEqualTo(CommerceFailures.NOT_FOUND);
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(failure.getOriginalMessage()).contains("policyflow.kustomer.orders.klass");
  }

  @Test
  void aCustomerGoneFromKustomerHasNoOrders() {
    wm.stubFor(
        get(urlEqualTo("/v1/customers/email=jane%40example.com"))
            .willReturn(json(404, "error-404-customer.json")));

    assertThat(activities.recentOrders(JANE_RECORD, 5)).isEmpty();
  }

  @Test
  void detailsRefundsCreditMemosAndCommentsAreMagentos() {
    RefundCommand command =
        new RefundCommand(
            42L, "000001042", null, false, List.of(), false, "m", BigDecimal.TEN, "EUR");

    assertThat(activities.orderDetails(42L).number()).isEqualTo("magento-42");
    assertThat(activities.refund(command).creditMemoId()).isEqualTo("87");
    assertThat(activities.creditMemoStatus("87").state())
        .isEqualTo(CreditMemoStatus.State.REFUNDED);
    activities.addOrderComment(42L, "handed off");

    assertThat(magento.calls)
        .containsExactly(
            "orderDetails 42",
            "refund 000001042",
            "creditMemoStatus 87",
            "addOrderComment 42 handed off");
    wm.verify(0, getRequestedFor(urlPathEqualTo("/v1/customers/email=jane%40example.com")));
  }

  @Test
  void theMagentoMatchSearchesOrdersByIncrementId() {
    wm.stubFor(
        get(urlPathEqualTo("/rest/default/V1/orders"))
            .withQueryParam(
                "searchCriteria[filter_groups][0][filters][0][field]", equalTo("increment_id"))
            .withQueryParam(
                "searchCriteria[filter_groups][0][filters][0][value]", equalTo("000001042"))
            .withQueryParam("searchCriteria[pageSize]", equalTo("1"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"items\":[{\"entity_id\":1042,\"increment_id\":\"000001042\"}],\"total_count\":1}")));
    wm.stubFor(
        get(urlPathEqualTo("/rest/default/V1/orders"))
            .withQueryParam(
                "searchCriteria[filter_groups][0][filters][0][value]", equalTo("000009999"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"items\":[],\"total_count\":0}")));
    MagentoOrderNumbers numbers =
        MagentoOrderNumbers.over(
            MagentoClients.create(
                new MagentoConfig(wm.baseUrl() + "/rest/default", "magento-token")));

    assertThat(numbers.orderId("000001042")).isEqualTo(1042L);
    assertThat(numbers.orderId("000009999")).isNull();
  }

  private void stubJane() {
    wm.stubFor(
        get(urlEqualTo("/v1/customers/email=jane%40example.com"))
            .willReturn(json(200, "customer-jane.json")));
    wm.stubFor(
        get(urlEqualTo(PAGE.formatted(1))).willReturn(json(200, "kobjects-jane-page1.json")));
    wm.stubFor(
        get(urlEqualTo(PAGE.formatted(2))).willReturn(json(200, "kobjects-jane-page2.json")));
  }

  /** A stand-in for the Magento activities, recording what is delegated. */
  static final class RecordingMagento implements CommerceActivities {
    final List<String> calls = new ArrayList<>();

    @Override
    public CustomerRecord findCustomer(String email) {
      throw new AssertionError("customers come from Kustomer");
    }

    @Override
    public List<OrderRecord> recentOrders(CustomerRecord customer, int limit) {
      throw new AssertionError("orders are listed from Kustomer");
    }

    @Override
    public OrderRecord orderDetails(long orderId) {
      calls.add("orderDetails " + orderId);
      return new OrderRecord(
          orderId,
          "magento-" + orderId,
          null,
          "complete",
          "complete",
          "EUR",
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          List.of());
    }

    @Override
    public RefundReceipt refund(RefundCommand command) {
      calls.add("refund " + command.orderNumber());
      return new RefundReceipt("87", BigDecimal.TEN, "EUR", Instant.EPOCH, false);
    }

    @Override
    public CreditMemoStatus creditMemoStatus(String creditMemoId) {
      calls.add("creditMemoStatus " + creditMemoId);
      return new CreditMemoStatus(
          creditMemoId, CreditMemoStatus.State.REFUNDED, BigDecimal.TEN, "EUR", Instant.EPOCH);
    }

    @Override
    public void addOrderComment(long orderId, String comment) {
      calls.add("addOrderComment " + orderId + " " + comment);
    }
  }
}
