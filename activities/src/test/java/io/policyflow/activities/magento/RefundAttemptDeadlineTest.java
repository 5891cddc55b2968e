package io.policyflow.activities.magento;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.policyflow.activities.magento.MagentoStub.API;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.policyflow.refund.commerce.CommerceActivities;
import io.policyflow.refund.commerce.RefundCommand;
import io.policyflow.refund.commerce.RefundLine;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestActivityEnvironment;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A refund POST is only sent while the attempt has time for it: attempts never overlap. */
class RefundAttemptDeadlineTest {

  @RegisterExtension static WireMockExtension wm = MagentoStub.server();

  private final TestActivityEnvironment env = TestActivityEnvironment.newInstance();

  @AfterEach
  void tearDown() {
    env.close();
  }

  private CommerceActivities activity(Duration startToClose) {
    // connect 1 s + read 1.5 s: a POST needs 2.5 s (+1 s margin) of the attempt
    MagentoConfig config =
        new MagentoConfig(
            wm.baseUrl() + "/rest",
            MagentoStub.TOKEN,
            Duration.ofSeconds(1),
            Duration.ofMillis(1500),
            "default");
    env.registerActivitiesImplementations(
        new MagentoCommerceActivities(config, MagentoResilience.defaults(), Clock.systemUTC()));
    return env.newActivityStub(
        CommerceActivities.class,
        ActivityOptions.newBuilder()
            .setStartToCloseTimeout(startToClose)
            .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
            .build());
  }

  private void slowMarkerLookup() {
    wm.stubFor(
        get(urlPathEqualTo(API + "/creditmemos"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(Fixtures.magento("empty-search.json"))
                    .withFixedDelay(1000)));
    wm.stubFor(
        post(urlEqualTo(API + "/order/1042/refund"))
            .willReturn(aResponse().withStatus(200).withBody("87")));
    wm.stubFor(
        get(urlEqualTo(API + "/creditmemo/87"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(Fixtures.magento("creditmemo-87.json"))));
  }

  @Test
  void noPostWhenTheAttemptCouldEndWhileItIsInFlight() {
    slowMarkerLookup();
    CommerceActivities refunds = activity(Duration.ofSeconds(4));

    ActivityFailure failure =
        catchThrowableOfType(ActivityFailure.class, () -> refunds.refund(command()));

    ApplicationFailure cause = (ApplicationFailure) failure.getCause();
    assertThat(cause.getType()).isEqualTo(MagentoErrors.UNAVAILABLE);
    assertThat(cause.isNonRetryable()).isFalse();
    assertThat(cause.getOriginalMessage())
        .contains("left in this attempt")
        .contains("not sending it now");
    wm.verify(0, postRequestedFor(urlEqualTo(API + "/order/1042/refund")));
  }

  @Test
  void postWhenTheAttemptHasTime() {
    slowMarkerLookup();
    CommerceActivities refunds = activity(Duration.ofMinutes(2));

    assertThat(refunds.refund(command()).creditMemoId()).isEqualTo("87");
    wm.verify(1, postRequestedFor(urlEqualTo(API + "/order/1042/refund")));
  }

  @Test
  void timeLeftIsStartToCloseMinusElapsed() {
    Instant start = Instant.parse("2024-05-06T10:00:00Z");
    assertThat(
            MagentoCommerceActivities.timeLeft(
                start, Duration.ofMinutes(2), start.plusSeconds(100)))
        .isEqualTo(Duration.ofSeconds(20));
  }

  private static RefundCommand command() {
    return new RefundCommand(
        1042,
        "000001042",
        null,
        false,
        List.of(new RefundLine(2003, BigDecimal.ONE)),
        false,
        "refund-conv-42:1042",
        BigDecimal.TEN,
        "USD");
  }
}
