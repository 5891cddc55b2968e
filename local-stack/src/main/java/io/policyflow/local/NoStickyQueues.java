package io.policyflow.local;

import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.temporal.api.workflowservice.v1.RespondWorkflowTaskCompletedRequest;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc;

/**
 * For a Temporal test server that outlives its workers: drops the sticky attributes a worker sends
 * with a completed workflow task, so the server keeps every conversation's tasks on the shared task
 * queue.
 *
 * <p>A worker asks to get a workflow's next tasks on its own "sticky" queue, to reuse the workflow
 * it has cached. Temporal's server moves a task off a sticky queue that nobody polls after a few
 * seconds (the sticky schedule-to-start timeout). Temporal's Java test server (1.38.0) never does:
 * after a worker is killed, every task of its conversations waits on the dead worker's sticky queue
 * forever. Without stickiness a worker replays a conversation's history for each task
 * (milliseconds), and a restarted worker takes over at once.
 */
final class NoStickyQueues implements ServerInterceptor {

  private static final String RESPOND_WORKFLOW_TASK_COMPLETED =
      WorkflowServiceGrpc.getRespondWorkflowTaskCompletedMethod().getFullMethodName();

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    ServerCall.Listener<Q> listener = next.startCall(call, headers);
    if (!RESPOND_WORKFLOW_TASK_COMPLETED.equals(call.getMethodDescriptor().getFullMethodName())) {
      return listener;
    }
    return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(listener) {
      @Override
      public void onMessage(Q message) {
        super.onMessage(withoutStickyAttributes(message));
      }
    };
  }

  @SuppressWarnings("unchecked")
  static <Q> Q withoutStickyAttributes(Q message) {
    if (message instanceof RespondWorkflowTaskCompletedRequest request
        && request.hasStickyAttributes()) {
      return (Q) request.toBuilder().clearStickyAttributes().build();
    }
    return message;
  }
}
