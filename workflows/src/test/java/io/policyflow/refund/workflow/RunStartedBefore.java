package io.policyflow.refund.workflow;

import io.temporal.common.interceptors.WorkerInterceptorBase;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptor;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptorBase;
import io.temporal.common.interceptors.WorkflowOutboundCallsInterceptor;
import io.temporal.common.interceptors.WorkflowOutboundCallsInterceptorBase;
import io.temporal.workflow.Workflow;

/**
 * A worker interceptor that makes today's code run as a conversation started before a change:
 * {@code Workflow.getVersion(changeId, …)} answers {@link Workflow#DEFAULT_VERSION}, as it does for
 * a run whose history has no marker of that change.
 */
final class RunStartedBefore extends WorkerInterceptorBase {

  private final String changeId;

  RunStartedBefore(String changeId) {
    this.changeId = changeId;
  }

  @Override
  public WorkflowInboundCallsInterceptor interceptWorkflow(WorkflowInboundCallsInterceptor next) {
    return new WorkflowInboundCallsInterceptorBase(next) {
      @Override
      public void init(WorkflowOutboundCallsInterceptor outbound) {
        super.init(
            new WorkflowOutboundCallsInterceptorBase(outbound) {
              @Override
              public int getVersion(String id, int minSupported, int maxSupported) {
                return super.getVersion(
                    id,
                    minSupported,
                    id.equals(changeId) ? Workflow.DEFAULT_VERSION : maxSupported);
              }
            });
      }
    };
  }
}
