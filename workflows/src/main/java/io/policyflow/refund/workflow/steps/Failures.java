package io.policyflow.refund.workflow.steps;

import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;

/** What an activity failure says: its type (see {@code CommerceFailures}) and its message. */
final class Failures {

  private Failures() {}

  /** The failure's type when the activity threw an {@link ApplicationFailure}, else null. */
  static String type(ActivityFailure failure) {
    return failure.getCause() instanceof ApplicationFailure app ? app.getType() : null;
  }

  static String message(ActivityFailure failure) {
    Throwable cause = failure.getCause();
    if (cause instanceof ApplicationFailure app) {
      return app.getOriginalMessage();
    }
    return cause == null ? failure.getMessage() : cause.getMessage();
  }
}
