package io.policyflow.activities.magento;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.policyflow.activities.magento.MagentoStub.API;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.policyflow.activities.magento.dto.OrderCommentRequest;
import io.policyflow.activities.magento.dto.RefundRequest;
import io.policyflow.refund.commerce.CommerceFailures;
import io.temporal.failure.ApplicationFailure;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Magento's error answers, as the workflow sees them: typed, retryable or not, readable. */
class MagentoErrorsTest {

  @RegisterExtension static WireMockExtension wm = MagentoStub.server();

  private final MagentoClient client = MagentoStub.client(wm);

  @Test
  void aclFailureIsUnauthorizedWithTheResourceFilledIn() {
    wm.stubFor(get(urlEqualTo(API + "/orders/1042")).willReturn(error(401, "error-401-acl.json")));

    ApplicationFailure failure =
        catchThrowableOfType(ApplicationFailure.class, () -> client.order(1042));

    assertThat(failure.getType()).isEqualTo(CommerceFailures.UNAUTHORIZED);
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(failure.getOriginalMessage())
        .contains("The consumer isn't authorized to access Magento_Sales::actions_view.")
        .doesNotContain("%resources");
  }

  @Test
  void forbiddenIsUnauthorized() {
    wm.stubFor(get(urlEqualTo(API + "/orders/1042")).willReturn(aResponse().withStatus(403)));

    ApplicationFailure failure =
        catchThrowableOfType(ApplicationFailure.class, () -> client.order(1042));

    assertThat(failure.getType()).isEqualTo(CommerceFailures.UNAUTHORIZED);
    assertThat(failure.isNonRetryable()).isTrue();
  }

  @Test
  void unknownEntityIsNotFound() {
    wm.stubFor(
        get(urlEqualTo(API + "/creditmemo/404")).willReturn(error(404, "error-404-entity.json")));

    ApplicationFailure failure =
        catchThrowableOfType(ApplicationFailure.class, () -> client.creditMemo(404));

    assertThat(failure.getType()).isEqualTo(CommerceFailures.NOT_FOUND);
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(failure.getOriginalMessage())
        .contains("The entity that was requested doesn't exist");
  }

  @Test
  void badRequestOutsideARefundIsBadRequestWithNamedPlaceholderFilled() {
    wm.stubFor(
        get(urlPathEqualTo(API + "/orders"))
            .willReturn(error(400, "error-400-field-required.json")));

    ApplicationFailure failure =
        catchThrowableOfType(
            ApplicationFailure.class, () -> client.searchOrders(SearchCriteria.builder().build()));

    assertThat(failure.getType()).isEqualTo(CommerceFailures.BAD_REQUEST);
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(failure.getOriginalMessage())
        .contains("\"searchCriteria\" is required. Enter and try again.");
  }

  @Test
  void unprocessableIsBadRequest() {
    wm.stubFor(
        post(urlEqualTo(API + "/orders/1042/comments")).willReturn(aResponse().withStatus(422)));

    ApplicationFailure failure =
        catchThrowableOfType(
            ApplicationFailure.class,
            () ->
                client.addOrderComment(
                    1042, OrderCommentRequest.internal(1042, "note", "complete")));

    assertThat(failure.getType()).isEqualTo(CommerceFailures.BAD_REQUEST);
    assertThat(failure.isNonRetryable()).isTrue();
  }

  @Test
  void aggregateErrorsAreListedLineByLine() {
    wm.stubFor(
        post(urlEqualTo(API + "/orders/1042/comments"))
            .willReturn(error(400, "error-400-aggregate.json")));

    ApplicationFailure failure =
        catchThrowableOfType(
            ApplicationFailure.class,
            () ->
                client.addOrderComment(
                    1042, OrderCommentRequest.internal(1042, "note", "complete")));

    assertThat(failure.getOriginalMessage())
        .endsWith(
            "One or more input exceptions have occurred.\n"
                + "\"items\" is required. Enter and try again.\n"
                + "\"comment\" is required. Enter and try again.");
  }

  @Test
  void badRequestOnARefundEndpointIsRefundRefused() {
    wm.stubFor(
        post(urlEqualTo(API + "/order/1042/refund"))
            .willReturn(error(400, "error-400-creditmemo-validation.json")));

    ApplicationFailure failure =
        catchThrowableOfType(ApplicationFailure.class, () -> client.refundOrder(1042, body()));

    assertThat(failure.getType()).isEqualTo(CommerceFailures.REFUND_REFUSED);
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(failure.getOriginalMessage())
        .startsWith("Creditmemo Document Validation Error(s):\n");
  }

  @Test
  void serviceUnavailableWithRetryAfterSecondsSetsTheNextRetryDelay() {
    wm.stubFor(
        get(urlEqualTo(API + "/orders/1042"))
            .willReturn(
                aResponse()
                    .withStatus(503)
                    .withHeader("Retry-After", "120")
                    .withBody("<html>busy</html>")));

    ApplicationFailure failure =
        catchThrowableOfType(ApplicationFailure.class, () -> client.order(1042));

    assertThat(failure.getType()).isEqualTo(MagentoErrors.UNAVAILABLE);
    assertThat(failure.isNonRetryable()).isFalse();
    assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(120));
    assertThat(failure.getOriginalMessage()).contains("HTTP 503").doesNotContain("<html>");
  }

  @Test
  void tooManyRequestsWithAnHttpDateRetryAfter() {
    // the stub clock says 2024-05-06T10:00:00Z
    wm.stubFor(
        get(urlEqualTo(API + "/orders/1042"))
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Retry-After", "Mon, 06 May 2024 10:00:45 GMT")
                    .withBody("{\"message\":\"Too Many Requests\",\"trace\":null}")));

    ApplicationFailure failure =
        catchThrowableOfType(ApplicationFailure.class, () -> client.order(1042));

    assertThat(failure.isNonRetryable()).isFalse();
    assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(45));
    assertThat(failure.getOriginalMessage()).contains("Too Many Requests");
  }

  @Test
  void serverErrorWithoutRetryAfterIsRetryableWithTemporalsBackoff() {
    wm.stubFor(
        get(urlEqualTo(API + "/orders/1042")).willReturn(error(500, "error-500-masked.json")));

    ApplicationFailure failure =
        catchThrowableOfType(ApplicationFailure.class, () -> client.order(1042));

    assertThat(failure.getType()).isEqualTo(MagentoErrors.UNAVAILABLE);
    assertThat(failure.isNonRetryable()).isFalse();
    assertThat(failure.getNextRetryDelay()).isNull();
  }

  @Test
  void droppedConnectionIsRetryable() {
    wm.stubFor(
        get(urlEqualTo(API + "/orders/1042"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    ApplicationFailure failure =
        catchThrowableOfType(ApplicationFailure.class, () -> client.order(1042));

    assertThat(failure.getType()).isEqualTo(MagentoErrors.UNAVAILABLE);
    assertThat(failure.isNonRetryable()).isFalse();
  }

  @Test
  void readTimeoutIsRetryable() {
    // the stub client reads for at most 1.5 s
    wm.stubFor(
        get(urlEqualTo(API + "/orders/1042"))
            .willReturn(aResponse().withStatus(200).withFixedDelay(2500).withBody("{}")));

    ApplicationFailure failure =
        catchThrowableOfType(ApplicationFailure.class, () -> client.order(1042));

    assertThat(failure.getType()).isEqualTo(MagentoErrors.UNAVAILABLE);
    assertThat(failure.isNonRetryable()).isFalse();
    assertThat(failure.getOriginalMessage()).contains("GET /rest/default/V1/orders/1042");
  }

  @Test
  void emailsNeverAppearInFailureMessages() {
    wm.stubFor(
        get(urlPathEqualTo(API + "/customers/search"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        "{\"message\":\"No such customer: %1\",\"parameters\":[\"jane.doe@example.com\"]}")));
    wm.stubFor(
        get(urlPathEqualTo(API + "/orders"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    ApplicationFailure refused =
        catchThrowableOfType(
            ApplicationFailure.class,
            () -> client.searchCustomers(SearchCriteria.eq("email", "jane.doe@example.com")));
    ApplicationFailure dropped =
        catchThrowableOfType(
            ApplicationFailure.class,
            () -> client.searchOrders(SearchCriteria.eq("customer_email", "jane.doe@example.com")));

    assertThat(refused.getOriginalMessage())
        .contains("j***@example.com")
        .doesNotContain("jane.doe");
    assertThat(dropped.getOriginalMessage())
        .doesNotContain("jane.doe")
        .doesNotContain("searchCriteria");
  }

  @Test
  void positionalAndNamedPlaceholders() throws Exception {
    ObjectMapper json = new ObjectMapper();

    assertThat(
            MagentoErrors.substitute(
                "Maximum shipping amount allowed to refund is: %1", json.readTree("[\"$5.00\"]")))
        .isEqualTo("Maximum shipping amount allowed to refund is: $5.00");
    assertThat(MagentoErrors.substitute("%1 of %2 (%3 stays)", json.readTree("[1, \"two\"]")))
        .isEqualTo("1 of two (%3 stays)");
    assertThat(
            MagentoErrors.substitute(
                "The consumer isn't authorized to access %resources.",
                json.readTree(
                    "{\"resources\":[\"Magento_Sales::actions_view\",\"Magento_Sales::creditmemo\"]}")))
        .isEqualTo(
            "The consumer isn't authorized to access Magento_Sales::actions_view, Magento_Sales::creditmemo.");
    assertThat(
            MagentoErrors.substitute(
                "Maximum SearchCriteria pageSize is %max", json.readTree("{\"max\":300}")))
        .isEqualTo("Maximum SearchCriteria pageSize is 300");
    assertThat(MagentoErrors.substitute("Nothing to fill: 100%", null))
        .isEqualTo("Nothing to fill: 100%");
  }

  private static RefundRequest body() {
    return new RefundRequest(
        List.of(new RefundRequest.Item(2003, BigDecimal.ONE)),
        null,
        true,
        false,
        new RefundRequest.Comment("x", 0),
        new RefundRequest.Arguments(BigDecimal.ZERO));
  }

  private static ResponseDefinitionBuilder error(int status, String fixture) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(Fixtures.magento(fixture));
  }
}
