package io.policyflow.refund.understanding;

public enum YesNo {
  YES,
  NO,
  /** Not classified with confidence: never treated as a yes. */
  UNKNOWN
}
