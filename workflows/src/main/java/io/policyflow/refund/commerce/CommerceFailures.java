package io.policyflow.refund.commerce;

/**
 * {@code ApplicationFailure} types that commerce activities throw and the workflow branches on.
 * Every type here is non-retryable; retryable faults (timeouts, 408/429/5xx) use other types and
 * are retried by Temporal.
 */
public final class CommerceFailures {
  /**
   * The store refused the refund (HTTP 400, e.g. "Creditmemo Document Validation Error(s): ...").
   */
  public static final String REFUND_REFUSED = "RefundRefused";

  /** The store does not know the entity (HTTP 404). */
  public static final String NOT_FOUND = "NotFound";

  /** Our credentials are missing, wrong, or lack an ACL resource (HTTP 401/403). */
  public static final String UNAUTHORIZED = "Unauthorized";

  /** The store rejected the request as malformed (HTTP 400/422 outside a refund). */
  public static final String BAD_REQUEST = "BadRequest";

  private CommerceFailures() {}
}
