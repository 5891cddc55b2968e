package io.policyflow.refund.workflow;

import io.temporal.testing.WorkflowReplayer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Conversations recorded with earlier versions of the workflow still replay with today's code: a
 * change that would break running conversations fails here (non-determinism), unless it is behind
 * {@code Workflow.getVersion}. Every file in {@code src/test/resources/histories} is replayed (at
 * least {@link RecordedHistories#AT_LEAST}); record new ones with {@link HistoryRecorder}, see
 * {@code docs/replay.md}. {@link ReplayNegativeControlTest} shows that this test does catch a
 * breaking change.
 */
class ReplayTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.policyflow.refund.workflow.RecordedHistories#names")
  void recordedConversationsReplayWithTodaysCode(String history) throws Exception {
    WorkflowReplayer.replayWorkflowExecution(
        RecordedHistories.load(history), RefundWorkflowImpl.class);
  }
}
