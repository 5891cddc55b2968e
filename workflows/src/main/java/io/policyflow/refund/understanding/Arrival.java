package io.policyflow.refund.understanding;

/** The customer's answer to the follow-up "it should have arrived — has it?". */
public enum Arrival {
  ARRIVED,
  NOT_ARRIVED,
  UNKNOWN
}
