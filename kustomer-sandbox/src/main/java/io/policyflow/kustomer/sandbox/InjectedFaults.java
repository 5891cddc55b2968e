package io.policyflow.kustomer.sandbox;

/**
 * Faults a test asks for: the next authenticated API calls answer an error status with a Kustomer
 * error body.
 */
final class InjectedFaults {

  private int remaining;
  private int status;

  synchronized void failNext(int calls, int status) {
    this.remaining = Math.max(0, calls);
    this.status = status;
  }

  /** The injected answer for this call, or null when none is pending. */
  synchronized ApiResponse take() {
    if (remaining <= 0) {
      return null;
    }
    remaining--;
    String code = status >= 500 ? "internal_error" : "error";
    return ApiResponse.error(
        new ApiError(status, code, "Injected fault (HTTP " + status + ").", null));
  }

  synchronized void reset() {
    remaining = 0;
  }
}
