package io.policyflow.refund.conversation;

/** How a conversation ended (or is ending). */
public enum Outcome {
  REFUNDED,
  NOT_ELIGIBLE,
  HANDED_OFF,
  ABANDONED,
  CANCELLED
}
