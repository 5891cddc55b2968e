package io.policyflow.activities.magento;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.policyflow.refund.commerce.CommerceFailures;
import io.policyflow.refund.commerce.RefundCommand;
import io.policyflow.refund.commerce.RefundLine;
import io.policyflow.refund.commerce.RefundReceipt;
import io.policyflow.refund.workflow.RefundOnlyWorkflow;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The refund activity under injected faults, retried by Temporal itself (the test server, with time
 * skipping) using the refund workflow's real activity options: never pay twice, and finish by
 * itself once the store is back.
 */
class RefundUnderFaultsTest {

  private CountingRefunds counting;
  private final java.util.concurrent.atomic.AtomicReference<Runnable> beforeAttempt =
      new java.util.concurrent.atomic.AtomicReference<>(() -> {});

  @RegisterExtension static WireMockExtension wm = MagentoStub.server();

  private static final String QUEUE = "refund-faults";
  private static final String MARKER = "refund-conv-42:1042";
  private static final String REFUND = API + "/order/1042/refund";
  private static final String FIELD = "searchCriteria[filter_groups][0][filters][0][field]";

  private TestWorkflowEnvironment env;

  @BeforeEach
  void setUp() {
    env = TestWorkflowEnvironment.newInstance();
  }

  @AfterEach
  void tearDown() {
    env.close();
  }

  private RefundReceipt refundThroughTemporal(MagentoResilience resilience) {
    MagentoCommerceActivities real =
        new MagentoCommerceActivities(
            MagentoClients.create(MagentoStub.config(wm), resilience, MagentoStub.CLOCK),
            MagentoStub.CLOCK);
    Worker worker = env.newWorker(QUEUE);
    worker.registerWorkflowImplementationTypes(RefundOnlyWorkflow.Impl.class);
    counting = new CountingRefunds(real);
    counting.beforeAttempt.set(beforeAttempt.get());
    worker.registerActivitiesImplementations(counting);
    env.start();
    RefundOnlyWorkflow workflow =
        env.getWorkflowClient()
            .newWorkflowStub(
                RefundOnlyWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setTaskQueue(QUEUE)
                    .setWorkflowId("refund-conv-42")
                    .build());
    return workflow.refund(
        new RefundCommand(
            1042,
            "000001042",
            null,
            false,
            List.of(new RefundLine(2003, BigDecimal.ONE)),
            false,
            MARKER,
            BigDecimal.TEN,
            "USD"));
  }

  @Test
  void threeTimes503ThenSuccessRefundsExactlyOnce() {
    stubNoMemoYet();
    for (int i = 0; i < 3; i++) {
      wm.stubFor(
          post(urlEqualTo(REFUND))
              .inScenario("store")
              .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "503-" + i)
              .willSetStateTo("503-" + (i + 1))
              .willReturn(json(Fixtures.magento("error-500-masked.json")).withStatus(503)));
    }
    wm.stubFor(
        post(urlEqualTo(REFUND))
            .inScenario("store")
            .whenScenarioStateIs("503-3")
            .willSetStateTo("refunded")
            .willReturn(json("87")));
    wm.stubFor(
        get(urlEqualTo(API + "/creditmemo/87"))
            .willReturn(json(Fixtures.magento("creditmemo-87.json"))));

    RefundReceipt receipt = refundThroughTemporal(MagentoResilience.defaults());

    assertThat(receipt.creditMemoId()).isEqualTo("87");
    assertThat(receipt.alreadyExisted()).isFalse();
    assertThat(counting.attempts).as("Temporal retried the activity").hasValue(4);
    wm.verify(4, postRequestedFor(urlEqualTo(REFUND)));
    assertThat(refundResponses())
        .as("one POST created the one credit memo")
        .containsExactly(503, 503, 503, 200);
  }

  @Test
  void responseLostAfterMagentoCommittedLeavesExactlyOneCreditMemo() {
    stubNoMemoYet();
    wm.stubFor(
        post(urlEqualTo(REFUND))
            .inScenario("store")
            .whenScenarioStateIs(Scenario.STARTED)
            .willSetStateTo("committed")
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    stubCommittedMemo("committed");

    RefundReceipt receipt = refundThroughTemporal(MagentoResilience.defaults());

    assertThat(receipt.creditMemoId()).isEqualTo("87");
    assertThat(counting.attempts).as("found by the re-check in the same attempt").hasValue(1);
    wm.verify(1, postRequestedFor(urlEqualTo(REFUND)));
  }

  @Test
  void responseLostAndTheReCheckFailingTooIsSettledByTheNextAttemptWithoutASecondRefund() {
    stubNoMemoYet();
    wm.stubFor(
        post(urlEqualTo(REFUND))
            .inScenario("store")
            .whenScenarioStateIs(Scenario.STARTED)
            .willSetStateTo("committed-unreachable")
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    wm.stubFor(
        get(urlPathEqualTo(API + "/creditmemos"))
            .inScenario("store")
            .whenScenarioStateIs("committed-unreachable")
            .willSetStateTo("committed")
            .willReturn(json(Fixtures.magento("error-500-masked.json")).withStatus(503)));
    stubCommittedMemo("committed");

    RefundReceipt receipt = refundThroughTemporal(MagentoResilience.defaults());

    assertThat(receipt.creditMemoId()).isEqualTo("87");
    assertThat(counting.attempts).hasValue(2);
    assertThat(counting.attemptFailures)
        .singleElement()
        .asString()
        .contains("unreachable for POST");
    wm.verify(1, postRequestedFor(urlEqualTo(REFUND)));
  }

  @Test
  void refusalIsNotRetriedAndCarriesMagentosReason() {
    stubNoMemoYet();
    wm.stubFor(
        post(urlEqualTo(REFUND))
            .willReturn(
                json(Fixtures.magento("error-400-creditmemo-validation.json")).withStatus(400)));

    WorkflowFailedException failed =
        catchThrowableOfType(
            WorkflowFailedException.class,
            () -> refundThroughTemporal(MagentoResilience.defaults()));

    assertThat(failed.getCause()).isInstanceOf(ActivityFailure.class);
    ApplicationFailure refusal = (ApplicationFailure) failed.getCause().getCause();
    assertThat(refusal.getType()).isEqualTo(CommerceFailures.REFUND_REFUSED);
    assertThat(refusal.getOriginalMessage())
        .isEqualTo(
            "Creditmemo Document Validation Error(s):\n"
                + "The most money available to refund is 10.\n"
                + "The quantity to refund must not be greater than the unrefunded quantity.");
    assertThat(counting.attempts).as("attempt count").hasValue(1);
    wm.verify(1, postRequestedFor(urlEqualTo(REFUND)));
  }

  @Test
  void storeDownForMinutesOpensTheCircuitAndTheRefundCompletesWhenItIsBack() {
    // The circuit breaker runs on Temporal's (skipped) time, like the retries.
    MagentoResilience resilience =
        new MagentoResilience(
            MagentoResilienceConfig.builder()
                .slidingWindowSize(2)
                .minimumNumberOfCalls(2)
                .failureRateThreshold(50)
                .waitInOpenState(Duration.ofSeconds(30))
                .permittedCallsInHalfOpenState(1)
                .clock(MutableClock.following(() -> Instant.ofEpochMilli(env.currentTimeMillis())))
                .build());
    List<CircuitBreaker.StateTransition> transitions = new CopyOnWriteArrayList<>();
    resilience
        .circuitBreaker(MagentoStub.config(wm).host())
        .getEventPublisher()
        .onStateTransition(e -> transitions.add(e.getStateTransition()));
    stubNoMemoYet();
    wm.stubFor(post(urlEqualTo(REFUND)).willReturn(json("87")));
    wm.stubFor(
        get(urlEqualTo(API + "/creditmemo/87"))
            .willReturn(json(Fixtures.magento("creditmemo-87.json"))));
    StubMapping outage =
        wm.stubFor(
            any(urlPathMatching("/rest/.*"))
                .atPriority(1)
                .willReturn(
                    aResponse().withStatus(503).withBody("<html>Service Unavailable</html>")));
    long storeBackAt = env.currentTimeMillis() + Duration.ofMinutes(5).toMillis();
    beforeAttempt.set(
        () -> {
          if (env.currentTimeMillis() >= storeBackAt
              && wm.getStubMapping(outage.getId()).getItem() != null) {
            wm.removeStub(outage);
          }
        });

    RefundReceipt receipt = refundThroughTemporal(resilience);

    assertThat(receipt.creditMemoId()).isEqualTo("87");
    assertThat(env.currentTimeMillis()).isGreaterThanOrEqualTo(storeBackAt);
    assertThat(transitions)
        .contains(
            CircuitBreaker.StateTransition.CLOSED_TO_OPEN,
            CircuitBreaker.StateTransition.HALF_OPEN_TO_CLOSED);
    assertThat(counting.attemptFailures)
        .as("attempts refused by the open circuit, without calling the store")
        .anySatisfy(f -> assertThat(f).contains("circuit breaker"));
    long served503 =
        wm.getAllServeEvents().stream().filter(e -> e.getResponse().getStatus() == 503).count();
    assertThat(served503)
        .as("the open circuit spared the store")
        .isLessThan(counting.attempts.get());
    wm.verify(1, postRequestedFor(urlEqualTo(REFUND)));
  }

  private void stubNoMemoYet() {
    wm.stubFor(
        get(urlPathEqualTo(API + "/creditmemos"))
            .withQueryParam(
                FIELD, com.github.tomakehurst.wiremock.client.WireMock.equalTo("order_id"))
            .willReturn(json(Fixtures.magento("empty-search.json"))));
  }

  private void stubCommittedMemo(String state) {
    wm.stubFor(
        get(urlPathEqualTo(API + "/creditmemos"))
            .inScenario("store")
            .whenScenarioStateIs(state)
            .willReturn(json(Fixtures.magento("creditmemos-1042.json"))));
    wm.stubFor(
        get(urlEqualTo(API + "/creditmemo/87/comments"))
            .willReturn(json(Fixtures.magento("creditmemo-87-comments-marked.json"))));
  }

  private List<Integer> refundResponses() {
    return wm.getAllServeEvents().stream()
        .filter(e -> e.getRequest().getUrl().equals(REFUND))
        .sorted(java.util.Comparator.comparing(e -> e.getRequest().getLoggedDate()))
        .map(ServeEvent::getResponse)
        .map(r -> r.getStatus())
        .toList();
  }

  private static ResponseDefinitionBuilder json(String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(body);
  }
}
