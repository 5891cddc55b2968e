package io.policyflow.refund.understanding;

/** The condition of shipped items. */
public enum Condition {
  /** Unused, in the original packaging. */
  UNUSED,
  USED,
  UNKNOWN
}
