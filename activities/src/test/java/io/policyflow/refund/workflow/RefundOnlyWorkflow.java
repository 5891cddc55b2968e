package io.policyflow.refund.workflow;

import io.policyflow.refund.commerce.RefundCommand;
import io.policyflow.refund.commerce.RefundReceipt;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Test-only: calls the refund activity once with the refund workflow's real activity options
 * ({@link ActivityOptionsFor#refunds()}: start-to-close 2 min, schedule-to-close 1 h, exponential
 * retries, Commerce refusals not retried), so that adapter tests see Temporal do the retrying.
 */
@WorkflowInterface
public interface RefundOnlyWorkflow {

  @WorkflowMethod
  RefundReceipt refund(RefundCommand command);

  /** The implementation. */
  class Impl implements RefundOnlyWorkflow {
    private final io.policyflow.refund.commerce.CommerceActivities refunds =
        io.temporal.workflow.Workflow.newActivityStub(
            io.policyflow.refund.commerce.CommerceActivities.class, ActivityOptionsFor.refunds());

    @Override
    public RefundReceipt refund(RefundCommand command) {
      return refunds.refund(command);
    }
  }
}
