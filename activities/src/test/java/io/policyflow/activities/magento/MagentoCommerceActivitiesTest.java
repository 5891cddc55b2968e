package io.policyflow.activities.magento;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.policyflow.activities.magento.MagentoStub.API;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.policyflow.refund.commerce.CommerceFailures;
import io.policyflow.refund.commerce.CreditMemoStatus;
import io.policyflow.refund.commerce.CustomerRecord;
import io.policyflow.refund.commerce.OrderLine;
import io.policyflow.refund.commerce.OrderRecord;
import io.policyflow.refund.commerce.RefundCommand;
import io.policyflow.refund.commerce.RefundLine;
import io.policyflow.refund.commerce.RefundReceipt;
import io.temporal.failure.ApplicationFailure;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MagentoCommerceActivitiesTest {

  @RegisterExtension static WireMockExtension wm = MagentoStub.server();

  private static final String MARKER = "refund-conv-42:1042";
  private static final String MARKER_COMMENT =
      "Refund issued by Policyflow. [policyflow:refund-conv-42:1042]";
  private static final String CUSTOMER_EMAIL_VALUE =
      "searchCriteria[filter_groups][0][filters][0][value]";
  private static final String FIELD = "searchCriteria[filter_groups][0][filters][0][field]";

  private MagentoCommerceActivities activities;

  @BeforeEach
  void setUp() {
    activities = new MagentoCommerceActivities(MagentoStub.client(wm), MagentoStub.CLOCK);
  }

  @Nested
  class FindCustomer {

    @Test
    void registeredCustomerIsFoundByLowerCasedEmail() {
      wm.stubFor(
          get(urlPathEqualTo(API + "/customers/search"))
              .withQueryParam(CUSTOMER_EMAIL_VALUE, equalTo("jane@example.com"))
              .willReturn(json(Fixtures.magento("customer-search-jane.json"))));

      CustomerRecord customer = activities.findCustomer("  Jane@Example.COM ");

      assertThat(customer)
          .isEqualTo(new CustomerRecord(314L, "jane@example.com", "Jane", "Doe", false));
      wm.verify(0, getRequestedFor(urlPathEqualTo(API + "/orders")));
    }

    @Test
    void guestIsFoundFromTheirLatestOrder() {
      wm.stubFor(
          get(urlPathEqualTo(API + "/customers/search"))
              .willReturn(json(Fixtures.magento("customer-search-empty.json"))));
      wm.stubFor(
          get(urlPathEqualTo(API + "/orders"))
              .withQueryParam(FIELD, equalTo("customer_email"))
              .withQueryParam(CUSTOMER_EMAIL_VALUE, equalTo("guest.buyer@example.com"))
              .withQueryParam("searchCriteria[pageSize]", equalTo("1"))
              .withQueryParam("searchCriteria[sortOrders][0][direction]", equalTo("DESC"))
              .willReturn(json(Fixtures.magento("orders-search-guest.json"))));

      CustomerRecord customer = activities.findCustomer("Guest.Buyer@example.com");

      assertThat(customer)
          .isEqualTo(new CustomerRecord(null, "guest.buyer@example.com", "Gus", "Guest", true));
    }

    @Test
    void unknownEmailGivesNull() {
      wm.stubFor(
          get(urlPathEqualTo(API + "/customers/search"))
              .willReturn(json(Fixtures.magento("customer-search-empty.json"))));
      wm.stubFor(
          get(urlPathEqualTo(API + "/orders"))
              .willReturn(json(Fixtures.magento("orders-search-empty.json"))));

      assertThat(activities.findCustomer("nobody@example.com")).isNull();
      wm.verify(1, getRequestedFor(urlPathEqualTo(API + "/orders")));
    }
  }

  @Nested
  class Orders {

    @Test
    void recentOrdersOfARegisteredCustomerFoldConfigurableChildren() {
      wm.stubFor(
          get(urlPathEqualTo(API + "/orders"))
              .withQueryParam(FIELD, equalTo("customer_id"))
              .withQueryParam(CUSTOMER_EMAIL_VALUE, equalTo("314"))
              .withQueryParam("searchCriteria[sortOrders][0][field]", equalTo("created_at"))
              .withQueryParam("searchCriteria[sortOrders][0][direction]", equalTo("DESC"))
              .withQueryParam("searchCriteria[pageSize]", equalTo("2"))
              .withQueryParam("searchCriteria[currentPage]", equalTo("1"))
              .willReturn(json(Fixtures.magento("orders-search-jane.json"))));

      List<OrderRecord> orders =
          activities.recentOrders(
              new CustomerRecord(314L, "jane@example.com", "Jane", "Doe", false), 2);

      assertThat(orders).extracting(OrderRecord::number).containsExactly("000001050", "000001042");
      OrderRecord latest = orders.get(0);
      assertThat(latest.orderId()).isEqualTo(1050L);
      assertThat(latest.placedAt()).isEqualTo(Instant.parse("2024-05-02T09:30:00Z"));
      assertThat(latest.moneyLeft()).isEqualByComparingTo("59.13");
      assertThat(latest.paymentTitle()).isEqualTo("card");
      assertThat(latest.invoiceId()).isNull();
      assertThat(latest.lastShippedAt()).isNull();
      assertThat(latest.lines()).extracting(OrderLine::itemId).containsExactly(3101L, 3103L);
      OrderRecord older = orders.get(1);
      assertThat(older.lines()).extracting(OrderLine::sku).containsExactly("MT07", "24-UG06");
      assertThat(older.grandTotal()).isEqualByComparingTo("59");
      assertThat(older.totalRefunded()).isEqualByComparingTo("0");
      assertThat(older.paymentTitle()).isEqualTo("check / money order");
    }

    @Test
    void recentOrdersOfAGuestSearchByEmail() {
      wm.stubFor(
          get(urlPathEqualTo(API + "/orders"))
              .withQueryParam(FIELD, equalTo("customer_email"))
              .withQueryParam(CUSTOMER_EMAIL_VALUE, equalTo("guest.buyer@example.com"))
              .willReturn(json(Fixtures.magento("orders-search-guest.json"))));

      List<OrderRecord> orders =
          activities.recentOrders(
              new CustomerRecord(null, "guest.buyer@example.com", "Gus", "Guest", true), 5);

      assertThat(orders)
          .singleElement()
          .satisfies(
              o -> {
                assertThat(o.number()).isEqualTo("000001107");
                assertThat(o.currency()).isEqualTo("EUR");
                assertThat(o.paymentTitle()).isEqualTo("bank transfer");
                assertThat(o.lines())
                    .singleElement()
                    .satisfies(l -> assertThat(l.shipped()).isFalse());
              });
    }

    @Test
    void orderDetailsHaveUnitRefundsPaidInvoiceAndLastShipment() {
      wm.stubFor(
          get(urlEqualTo(API + "/orders/1050"))
              .willReturn(json(Fixtures.magento("order-1050-taxed.json"))));
      wm.stubFor(
          get(urlPathEqualTo(API + "/invoices"))
              .withQueryParam(FIELD, equalTo("order_id"))
              .withQueryParam(CUSTOMER_EMAIL_VALUE, equalTo("1050"))
              .willReturn(json(Fixtures.magento("invoices-1050.json"))));
      wm.stubFor(
          get(urlPathEqualTo(API + "/shipments"))
              .withQueryParam(FIELD, equalTo("order_id"))
              .withQueryParam(CUSTOMER_EMAIL_VALUE, equalTo("1050"))
              .willReturn(json(Fixtures.magento("shipments-1050.json"))));

      OrderRecord order = activities.orderDetails(1050);

      assertThat(order.invoiceId()).as("the canceled invoice 900 is skipped").isEqualTo(901L);
      assertThat(order.lastShippedAt()).isEqualTo(Instant.parse("2024-05-04T10:45:30Z"));
      assertThat(order.state()).isEqualTo("processing");
      assertThat(order.status()).isEqualTo("processing");
      assertThat(order.paymentMethod()).isEqualTo("braintree");
      assertThat(order.paymentTitle()).isEqualTo("card");
      assertThat(order.customerEmail()).isEqualTo("jane@example.com");
      assertThat(order.shippingAmount()).isEqualByComparingTo("10");
      assertThat(order.lines()).hasSize(2);
      OrderLine tee = order.lines().get(0);
      assertThat(tee.itemId()).isEqualTo(3101L);
      assertThat(tee.productType()).isEqualTo("configurable");
      // (50 + 4.13 - 5) / 3 = 16.3766... -> 16.38
      assertThat(tee.unitRefund()).isEqualTo(new BigDecimal("16.38"));
      assertThat(tee.refundableQty()).isEqualByComparingTo("3");
      assertThat(tee.shipped()).isTrue();
      OrderLine strap = order.lines().get(1);
      // (20 + 0 - 10) / 2 = 5.00
      assertThat(strap.unitRefund()).isEqualTo(new BigDecimal("5.00"));
      assertThat(strap.refundableQty()).isEqualByComparingTo("1");
    }

    @Test
    void invoiceUsedUpByAnOnlineRefundIsPassedOverByItsCreditMemos() {
      stubOrder1050(Fixtures.magento("invoices-1050-two-captures.json"));
      wm.stubFor(
          get(urlPathEqualTo(API + "/creditmemos"))
              .withQueryParam(FIELD, equalTo("order_id"))
              .withQueryParam(CUSTOMER_EMAIL_VALUE, equalTo("1050"))
              .willReturn(json(Fixtures.magento("creditmemos-1050-online.json"))));

      OrderRecord order = activities.orderDetails(1050);

      // invoice 901 carries no base_total_refunded (online refunds do not set it), but credit
      // memo 91 against it refunded its whole 40
      assertThat(order.invoiceId()).isEqualTo(902L);
    }

    @Test
    void cardOrderCapturedOfflineHasNoInvoiceToRefundOnline() {
      stubOrder1050(Fixtures.magento("invoices-1050-captured-offline.json"));

      OrderRecord order = activities.orderDetails(1050);

      assertThat(order.paymentMethod()).isEqualTo("braintree");
      assertThat(order.invoiceId()).as("no transaction_id: refund through the order").isNull();
      wm.verify(0, getRequestedFor(urlPathEqualTo(API + "/creditmemos")));
    }

    private void stubOrder1050(String invoices) {
      wm.stubFor(
          get(urlEqualTo(API + "/orders/1050"))
              .willReturn(json(Fixtures.magento("order-1050-taxed.json"))));
      wm.stubFor(get(urlPathEqualTo(API + "/invoices")).willReturn(json(invoices)));
      wm.stubFor(
          get(urlPathEqualTo(API + "/shipments"))
              .willReturn(json(Fixtures.magento("empty-search.json"))));
    }

    @Test
    void orderWithoutPaidInvoiceOrShipmentHasNulls() {
      wm.stubFor(
          get(urlEqualTo(API + "/orders/1042"))
              .willReturn(json(Fixtures.magento("order-1042.json"))));
      wm.stubFor(
          get(urlPathEqualTo(API + "/invoices"))
              .willReturn(json(Fixtures.magento("empty-search.json"))));
      wm.stubFor(
          get(urlPathEqualTo(API + "/shipments"))
              .willReturn(json(Fixtures.magento("empty-search.json"))));

      OrderRecord order = activities.orderDetails(1042);

      assertThat(order.invoiceId()).isNull();
      assertThat(order.lastShippedAt()).isNull();
      assertThat(order.lines()).extracting(OrderLine::itemId).containsExactly(2001L, 2003L);
      assertThat(order.lines())
          .extracting(OrderLine::unitRefund)
          .containsExactly(new BigDecimal("22.00"), new BigDecimal("10.00"));
    }

    @Test
    void unknownOrderIsNotFound() {
      wm.stubFor(
          get(urlEqualTo(API + "/orders/9999"))
              .willReturn(json(Fixtures.magento("error-404-entity.json")).withStatus(404)));

      ApplicationFailure failure =
          catchThrowableOfType(ApplicationFailure.class, () -> activities.orderDetails(9999));

      assertThat(failure.getType()).isEqualTo(CommerceFailures.NOT_FOUND);
      assertThat(failure.isNonRetryable()).isTrue();
    }
  }

  @Nested
  class Refund {

    @Test
    void offlineRefundSendsExactlyTheDocumentedBody() {
      stubCreditMemoSearch(Scenario.STARTED, "empty-search.json");
      wm.stubFor(post(urlEqualTo(API + "/order/1042/refund")).willReturn(json("87")));
      wm.stubFor(
          get(urlEqualTo(API + "/creditmemo/87"))
              .willReturn(json(Fixtures.magento("creditmemo-87.json"))));

      RefundReceipt receipt = activities.refund(offline(line(2003, "1")));

      assertThat(receipt)
          .isEqualTo(
              new RefundReceipt(
                  "87", new BigDecimal("10"), "USD", Instant.parse("2024-05-05T12:30:45Z"), false));
      wm.verify(
          postRequestedFor(urlEqualTo(API + "/order/1042/refund"))
              .withHeader("Content-Type", equalTo("application/json"))
              .withHeader("Authorization", equalTo("Bearer " + MagentoStub.TOKEN))
              .withRequestBody(
                  equalToJson(
                      """
              {
                "items": [ { "order_item_id": 2003, "qty": 1 } ],
                "notify": true,
                "appendComment": false,
                "comment": { "comment": "%s", "is_visible_on_front": 0 },
                "arguments": { "shipping_amount": 0 }
              }"""
                          .formatted(MARKER_COMMENT))));
    }

    @Test
    void onlineRefundGoesToTheInvoiceWithIsOnlineAndMayRefundShipping() {
      stubCreditMemoSearch(Scenario.STARTED, "empty-search.json");
      wm.stubFor(post(urlEqualTo(API + "/invoice/901/refund")).willReturn(json("87")));
      wm.stubFor(
          get(urlEqualTo(API + "/creditmemo/87"))
              .willReturn(json(Fixtures.magento("creditmemo-87.json"))));
      RefundCommand command =
          new RefundCommand(
              1042,
              "000001042",
              901L,
              true,
              List.of(line(2001, "1.0000"), line(2003, "1")),
              true,
              MARKER,
              new BigDecimal("37"),
              "USD");

      activities.refund(command);

      wm.verify(0, postRequestedFor(urlPathMatching(".*/order/.*")));
      wm.verify(
          postRequestedFor(urlEqualTo(API + "/invoice/901/refund"))
              .withRequestBody(
                  equalToJson(
                      """
          {
            "items": [ { "order_item_id": 2001, "qty": 1 }, { "order_item_id": 2003, "qty": 1 } ],
            "isOnline": true,
            "notify": true,
            "appendComment": false,
            "comment": { "comment": "%s", "is_visible_on_front": 0 }
          }"""
                          .formatted(MARKER_COMMENT))));
    }

    @Test
    void markerAlreadyOnACreditMemoMeansNoSecondRefund() {
      stubCreditMemoSearch(Scenario.STARTED, "creditmemos-1042.json");
      wm.stubFor(
          get(urlEqualTo(API + "/creditmemo/87/comments"))
              .willReturn(json(Fixtures.magento("creditmemo-87-comments-marked.json"))));

      RefundReceipt receipt = activities.refund(offline(line(2003, "1")));

      assertThat(receipt)
          .isEqualTo(
              new RefundReceipt(
                  "87", new BigDecimal("10"), "USD", Instant.parse("2024-05-05T12:30:45Z"), true));
      wm.verify(0, postRequestedFor(urlPathMatching(".*/refund")));
      wm.verify(0, getRequestedFor(urlEqualTo(API + "/creditmemo/86/comments")));
    }

    @Test
    void canceledMemoOrAnotherOrdersMarkerDoesNotCount() {
      stubCreditMemoSearch(Scenario.STARTED, "creditmemos-1042.json");
      wm.stubFor(
          get(urlEqualTo(API + "/creditmemo/86/comments"))
              .willReturn(json(Fixtures.magento("creditmemo-86-comments.json"))));
      wm.stubFor(
          get(urlEqualTo(API + "/creditmemo/87/comments"))
              .willReturn(json(Fixtures.magento("creditmemo-87-comments-other.json"))));
      wm.stubFor(post(urlEqualTo(API + "/order/1042/refund")).willReturn(json("88")));
      wm.stubFor(
          get(urlEqualTo(API + "/creditmemo/88"))
              .willReturn(
                  json(
                      Fixtures.magento("creditmemo-87.json")
                          .replace("\"entity_id\": 87", "\"entity_id\": 88"))));

      RefundReceipt receipt = activities.refund(offline(line(2003, "1")));

      assertThat(receipt.creditMemoId()).isEqualTo("88");
      assertThat(receipt.alreadyExisted()).isFalse();
      wm.verify(1, postRequestedFor(urlEqualTo(API + "/order/1042/refund")));
    }

    @Test
    void refundCommittedDespiteA503IsFoundAndNotRepeated() {
      stubCreditMemoSearch(Scenario.STARTED, "empty-search.json");
      wm.stubFor(
          post(urlEqualTo(API + "/order/1042/refund"))
              .inScenario("refund")
              .whenScenarioStateIs(Scenario.STARTED)
              .willSetStateTo("committed")
              .willReturn(json(Fixtures.magento("error-500-masked.json")).withStatus(503)));
      stubCreditMemoSearch("committed", "creditmemos-1042.json");
      wm.stubFor(
          get(urlEqualTo(API + "/creditmemo/87/comments"))
              .willReturn(json(Fixtures.magento("creditmemo-87-comments-marked.json"))));

      RefundReceipt receipt = activities.refund(offline(line(2003, "1")));

      assertThat(receipt.creditMemoId()).isEqualTo("87");
      assertThat(receipt.amount()).isEqualByComparingTo("10");
      wm.verify(1, postRequestedFor(urlEqualTo(API + "/order/1042/refund")));
      wm.verify(2, getRequestedFor(urlPathEqualTo(API + "/creditmemos")));
    }

    @Test
    void refundCommittedDespiteADroppedConnectionIsFoundAndNotRepeated() {
      stubCreditMemoSearch(Scenario.STARTED, "empty-search.json");
      wm.stubFor(
          post(urlEqualTo(API + "/order/1042/refund"))
              .inScenario("refund")
              .whenScenarioStateIs(Scenario.STARTED)
              .willSetStateTo("committed")
              .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
      stubCreditMemoSearch("committed", "creditmemos-1042.json");
      wm.stubFor(
          get(urlEqualTo(API + "/creditmemo/87/comments"))
              .willReturn(json(Fixtures.magento("creditmemo-87-comments-marked.json"))));

      RefundReceipt receipt = activities.refund(offline(line(2003, "1")));

      assertThat(receipt.creditMemoId()).isEqualTo("87");
      wm.verify(1, postRequestedFor(urlEqualTo(API + "/order/1042/refund")));
    }

    @Test
    void failedPostWithoutACommittedMemoIsRetryable() {
      stubCreditMemoSearch(Scenario.STARTED, "empty-search.json");
      wm.stubFor(
          post(urlEqualTo(API + "/order/1042/refund"))
              .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

      ApplicationFailure failure =
          catchThrowableOfType(
              ApplicationFailure.class, () -> activities.refund(offline(line(2003, "1"))));

      assertThat(failure.getType()).isEqualTo(MagentoErrors.UNAVAILABLE);
      assertThat(failure.isNonRetryable()).isFalse();
      wm.verify(1, postRequestedFor(urlEqualTo(API + "/order/1042/refund")));
      wm.verify(2, getRequestedFor(urlPathEqualTo(API + "/creditmemos")));
    }

    @Test
    void documentValidationErrorIsRefusedWithEveryLineAndNotRechecked() {
      stubCreditMemoSearch(Scenario.STARTED, "empty-search.json");
      wm.stubFor(
          post(urlEqualTo(API + "/order/1042/refund"))
              .willReturn(
                  json(Fixtures.magento("error-400-creditmemo-validation.json")).withStatus(400)));

      ApplicationFailure failure =
          catchThrowableOfType(
              ApplicationFailure.class, () -> activities.refund(offline(line(2003, "2"))));

      assertThat(failure.getType()).isEqualTo(CommerceFailures.REFUND_REFUSED);
      assertThat(failure.isNonRetryable()).isTrue();
      assertThat(failure.getOriginalMessage())
          .isEqualTo(
              "Creditmemo Document Validation Error(s):\n"
                  + "The most money available to refund is 10.\n"
                  + "The quantity to refund must not be greater than the unrefunded quantity.");
      wm.verify(1, getRequestedFor(urlPathEqualTo(API + "/creditmemos")));
    }

    @Test
    void shippingCapRefusalHasItsAmountFilledIn() {
      stubCreditMemoSearch(Scenario.STARTED, "empty-search.json");
      wm.stubFor(
          post(urlEqualTo(API + "/invoice/901/refund"))
              .willReturn(json(Fixtures.magento("error-400-shipping.json")).withStatus(400)));
      RefundCommand command =
          new RefundCommand(
              1042,
              "000001042",
              901L,
              true,
              List.of(line(2003, "1")),
              true,
              MARKER,
              new BigDecimal("15"),
              "USD");

      ApplicationFailure failure =
          catchThrowableOfType(ApplicationFailure.class, () -> activities.refund(command));

      assertThat(failure.getType()).isEqualTo(CommerceFailures.REFUND_REFUSED);
      assertThat(failure.getOriginalMessage())
          .isEqualTo("Maximum shipping amount allowed to refund is: $5.00");
    }

    @Test
    void refundWithoutLinesIsRejectedBeforeCallingMagento() {
      RefundCommand fullByAccident =
          new RefundCommand(
              1042, "000001042", null, false, List.of(), false, MARKER, BigDecimal.TEN, "USD");

      ApplicationFailure failure =
          catchThrowableOfType(ApplicationFailure.class, () -> activities.refund(fullByAccident));

      assertThat(failure.getType()).isEqualTo(CommerceFailures.BAD_REQUEST);
      assertThat(failure.isNonRetryable()).isTrue();
      assertThat(wm.getAllServeEvents()).isEmpty();
    }

    private void stubCreditMemoSearch(String state, String fixture) {
      wm.stubFor(
          get(urlPathEqualTo(API + "/creditmemos"))
              .withQueryParam(FIELD, equalTo("order_id"))
              .withQueryParam(CUSTOMER_EMAIL_VALUE, equalTo("1042"))
              .inScenario("refund")
              .whenScenarioStateIs(state)
              .willReturn(json(Fixtures.magento(fixture))));
    }
  }

  @Nested
  class CreditMemosAndComments {

    @Test
    void creditMemoStatusMapsMagentoStates() {
      wm.stubFor(
          get(urlEqualTo(API + "/creditmemo/87"))
              .willReturn(json(Fixtures.magento("creditmemo-87.json"))));
      wm.stubFor(
          get(urlEqualTo(API + "/creditmemo/86"))
              .willReturn(
                  json(
                      Fixtures.magento("creditmemo-87.json")
                          .replace("\"state\": 2", "\"state\": 3"))));
      wm.stubFor(
          get(urlEqualTo(API + "/creditmemo/85"))
              .willReturn(
                  json(
                      Fixtures.magento("creditmemo-87.json")
                          .replace("\"state\": 2", "\"state\": 1"))));

      assertThat(activities.creditMemoStatus("87"))
          .isEqualTo(
              new CreditMemoStatus(
                  "87",
                  CreditMemoStatus.State.REFUNDED,
                  new BigDecimal("10"),
                  "USD",
                  Instant.parse("2024-05-05T12:30:45Z")));
      assertThat(activities.creditMemoStatus("86").state())
          .isEqualTo(CreditMemoStatus.State.CANCELED);
      assertThat(activities.creditMemoStatus("85").state()).isEqualTo(CreditMemoStatus.State.OPEN);
    }

    @Test
    void orderCommentKeepsTheOrdersCurrentStatus() {
      wm.stubFor(
          get(urlEqualTo(API + "/orders/1042"))
              .willReturn(json(Fixtures.magento("order-1042.json"))));
      wm.stubFor(post(urlEqualTo(API + "/orders/1042/comments")).willReturn(json("true")));

      activities.addOrderComment(1042, "Refund of $10.00 issued by Policyflow (conversation 42).");

      wm.verify(
          postRequestedFor(urlEqualTo(API + "/orders/1042/comments"))
              .withRequestBody(
                  equalToJson(
                      """
          {"statusHistory": {
             "comment": "Refund of $10.00 issued by Policyflow (conversation 42).",
             "is_customer_notified": 0,
             "is_visible_on_front": 0,
             "status": "complete",
             "parent_id": 1042 }}""")));
    }
  }

  private static RefundCommand offline(RefundLine... lines) {
    return new RefundCommand(
        1042, "000001042", null, false, List.of(lines), false, MARKER, BigDecimal.TEN, "USD");
  }

  private static RefundLine line(long itemId, String qty) {
    return new RefundLine(itemId, new BigDecimal(qty));
  }

  private static ResponseDefinitionBuilder json(String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(body);
  }
}
