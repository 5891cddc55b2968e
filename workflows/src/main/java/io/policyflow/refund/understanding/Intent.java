package io.policyflow.refund.understanding;

/** What a message asks for, whatever question the bot asked. */
public enum Intent {
  /** "agent", "human", "talk to someone". */
  AGENT,
  /** "cancel", "never mind". */
  CANCEL,
  /** "where is my refund?". */
  REFUND_STATUS,
  /** None of the above: answer the question at hand. */
  NONE
}
