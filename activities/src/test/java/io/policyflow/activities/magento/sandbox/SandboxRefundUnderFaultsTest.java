package io.policyflow.activities.magento.sandbox;

import static io.policyflow.activities.magento.sandbox.RealSandbox.commentsOf;
import static io.policyflow.activities.magento.sandbox.RealSandbox.decimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.policyflow.activities.magento.CountingRefunds;
import io.policyflow.activities.magento.MagentoResilience;
import io.policyflow.refund.commerce.CommerceFailures;
import io.policyflow.refund.commerce.RefundCommand;
import io.policyflow.refund.commerce.RefundLine;
import io.policyflow.refund.commerce.RefundReceipt;
import io.policyflow.refund.workflow.RefundOnlyWorkflow;
import io.policyflow.sandbox.MagentoSandbox;
import io.policyflow.sandbox.fault.FaultRule;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code RefundUnderFaultsTest}'s approach (Temporal's test server, time skipping, the refund
 * workflow's real activity options) with the faults injected into a real Magento sandbox: the store
 * really commits, so "exactly one credit memo" is checked in the store itself.
 */
class SandboxRefundUnderFaultsTest {

  private CountingRefunds counting;

  private static final String QUEUE = "sandbox-refund-faults";
  private static final String REFUND_GLOB = "/V1/order/*/refund";
  private static MagentoSandbox sandbox;

  private TestWorkflowEnvironment env;

  @BeforeAll
  static void startSandbox() {
    sandbox = RealSandbox.start();
  }

  @AfterAll
  static void stopSandbox() {
    sandbox.close();
  }

  @BeforeEach
  void setUp() {
    sandbox.store().reset();
    sandbox.faults().clear();
    env = TestWorkflowEnvironment.newInstance();
  }

  @AfterEach
  void tearDown() {
    env.close();
    sandbox.faults().clear();
  }

  @Test
  void responseDroppedAfterCommitIsFoundByTheReCheckAndNotRefundedAgain() {
    sandbox.faults().add(FaultRule.on("POST", REFUND_GLOB).withDropAfterCommit().withTimes(1));

    RefundReceipt receipt = refund101();

    assertThat(counting.attemptFailures).isEmpty();
    assertThat(counting.attempts).as("found by the re-check in the same attempt").hasValue(1);
    assertExactlyOneCreditMemoFor(receipt);
  }

  @Test
  void responseDroppedAfterCommitAndTheReCheckFailingIsRetriedByTemporalWithoutASecondRefund() {
    sandbox
        .faults()
        .add(FaultRule.on("GET", "/V1/creditmemos").withTimes(1)); // the first look passes
    sandbox.faults().add(FaultRule.on("POST", REFUND_GLOB).withDropAfterCommit().withTimes(1));
    sandbox
        .faults()
        .add(
            FaultRule.on("GET", "/V1/creditmemos")
                .withStatus(503)
                .withTimes(1)); // the re-check fails

    RefundReceipt receipt = refund101();

    assertThat(counting.attempts).as("Temporal retried the activity").hasValue(2);
    assertThat(counting.attemptFailures)
        .singleElement()
        .asString()
        .contains("unreachable for POST");
    assertThat(receipt.alreadyExisted()).as("the second attempt found the marker").isTrue();
    assertExactlyOneCreditMemoFor(receipt);
    assertThat(sandbox.faults().list()).as("every fault was hit").isEmpty();
  }

  @Test
  void threeTimes503ThenSuccessRefundsExactlyOnce() {
    sandbox
        .faults()
        .add(FaultRule.on("POST", REFUND_GLOB).withStatus(503).withRetryAfter("1").withTimes(3));

    RefundReceipt receipt = refund101();

    assertThat(counting.attempts).as("Temporal retried the activity").hasValue(4);
    assertThat(counting.attemptFailures)
        .hasSize(3)
        .allSatisfy(f -> assertThat(f).contains("HTTP 503"));
    assertThat(receipt.alreadyExisted()).isFalse();
    assertExactlyOneCreditMemoFor(receipt);
  }

  @Test
  void magentosRefusalIsNotRetried() {
    RefundCommand closed =
        new RefundCommand(
            16,
            "000000106",
            null,
            false,
            List.of(new RefundLine(1601, BigDecimal.ONE)),
            false,
            "refund-conv-43:16",
            new BigDecimal("45"),
            "USD");

    WorkflowFailedException failed =
        catchThrowableOfType(WorkflowFailedException.class, () -> refundThroughTemporal(closed));

    assertThat(failed.getCause()).isInstanceOf(ActivityFailure.class);
    ApplicationFailure refusal = (ApplicationFailure) failed.getCause().getCause();
    assertThat(refusal.getType()).isEqualTo(CommerceFailures.REFUND_REFUSED);
    assertThat(refusal.getOriginalMessage())
        .startsWith("Creditmemo Document Validation Error(s):\n")
        .contains("has a status of closed");
    assertThat(counting.attempts).as("attempt count").hasValue(1);
    assertThat(RealSandbox.creditMemos(sandbox, "000000106"))
        .as("only the historical memo")
        .hasSize(1);
  }

  private void assertExactlyOneCreditMemoFor(RefundReceipt receipt) {
    List<Map<String, Object>> memos = RealSandbox.creditMemos(sandbox, "000000101");
    assertThat(memos)
        .singleElement()
        .satisfies(
            memo -> {
              assertThat(String.valueOf(memo.get("entity_id"))).isEqualTo(receipt.creditMemoId());
              assertThat(commentsOf(memo))
                  .anySatisfy(c -> assertThat(c).contains("[policyflow:refund-conv-42:11]"));
            });
    assertThat(receipt.amount()).isEqualByComparingTo("10");
    assertThat(decimal(sandbox.store().order("000000101").get("total_refunded")))
        .isEqualByComparingTo("10");
  }

  private RefundReceipt refund101() {
    return refundThroughTemporal(
        new RefundCommand(
            11,
            "000000101",
            null,
            false,
            List.of(new RefundLine(1101, BigDecimal.ONE)),
            false,
            "refund-conv-42:11",
            BigDecimal.TEN,
            "USD"));
  }

  private RefundReceipt refundThroughTemporal(RefundCommand command) {
    Worker worker = env.newWorker(QUEUE);
    worker.registerWorkflowImplementationTypes(RefundOnlyWorkflow.Impl.class);
    worker.registerActivitiesImplementations(
        counting =
            new CountingRefunds(RealSandbox.activities(sandbox, MagentoResilience.defaults())));
    env.start();
    RefundOnlyWorkflow workflow =
        env.getWorkflowClient()
            .newWorkflowStub(
                RefundOnlyWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setTaskQueue(QUEUE)
                    .setWorkflowId("refund-conv-42")
                    .build());
    return workflow.refund(command);
  }
}
