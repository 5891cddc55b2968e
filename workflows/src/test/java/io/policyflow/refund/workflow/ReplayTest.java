package io.policyflow.refund.workflow;

import io.temporal.testing.WorkflowReplayer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Conversations recorded with earlier versions of the workflow still replay with today's code: a change that
 * would break running conversations fails here (non-determinism), unless it is behind {@code Workflow.getVersion}.
 * Histories live in {@code src/test/resources/histories}; record a new one whenever a version is added.
 */
class ReplayTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "histories/v0-refund-closed-after-follow-up.json",
    "histories/v0-refund-not-arrived-handoff.json",
    "histories/v0-not-eligible-store-credit.json",
    "histories/v1-slow-refund-taking-longer.json",
    "histories/v2-constant-size-turns-refund-status-then-closed.json"
  })
  void recordedConversationsReplayWithTodaysCode(String history) throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(history, RefundWorkflowImpl.class);
  }
}
