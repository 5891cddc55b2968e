package io.policyflow.api.refunds;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.policyflow.refund.client.RefundWorkflowNames;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.client.WorkflowUpdateTimeoutOrCancelledException;
import io.temporal.failure.ApplicationFailure;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;

/**
 * Reads what a Temporal client exception means, through its wrappers (WorkflowServiceException
 * etc.).
 */
public final class TemporalFailures {

  private static final Set<Status.Code> UNAVAILABLE =
      Set.of(
          Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED, Status.Code.RESOURCE_EXHAUSTED);

  private TemporalFailures() {}

  /** The server is down, unreachable, overloaded or too slow: worth a retry later. */
  public static boolean isUnavailable(Throwable failure) {
    return find(failure, WorkflowUpdateTimeoutOrCancelledException.class).isPresent()
        || find(failure, RejectedExecutionException.class).isPresent()
        || statusCode(failure).filter(UNAVAILABLE::contains).isPresent();
  }

  /** No such workflow (or, for an update, the workflow has completed). */
  public static boolean isNotFound(Throwable failure) {
    return find(failure, WorkflowNotFoundException.class).isPresent()
        || statusCode(failure).filter(Status.Code.NOT_FOUND::equals).isPresent();
  }

  /**
   * A start was refused because a run with that id exists (with REJECT_DUPLICATE: a closed one).
   */
  public static boolean isAlreadyStarted(Throwable failure) {
    return find(failure, WorkflowExecutionAlreadyStarted.class).isPresent()
        || statusCode(failure).filter(Status.Code.ALREADY_EXISTS::equals).isPresent();
  }

  /** An update the workflow refused (validator) or failed with an application failure. */
  public static Optional<WorkflowUpdateException> refusedUpdate(Throwable failure) {
    return find(failure, WorkflowUpdateException.class)
        .filter(e -> e.getCause() instanceof ApplicationFailure);
  }

  /**
   * An update the workflow's validator refused with this refusal type ({@code
   * RefundWorkflowNames}).
   */
  public static boolean isRefusal(Throwable failure, String type) {
    return refusedUpdate(failure)
        .filter(e -> RefundWorkflowNames.isRefusal((ApplicationFailure) e.getCause(), type))
        .isPresent();
  }

  /** The gRPC status code of the first StatusRuntimeException in the chain. */
  public static Optional<Status.Code> statusCode(Throwable failure) {
    return find(failure, StatusRuntimeException.class).map(e -> e.getStatus().getCode());
  }

  static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
    Throwable current = failure;
    for (int depth = 0; current != null && depth < 16; depth++) {
      if (type.isInstance(current)) {
        return Optional.of(type.cast(current));
      }
      current = current.getCause();
    }
    return Optional.empty();
  }
}
