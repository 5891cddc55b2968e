package io.policyflow.refund.conversation;

/** Who wrote a message in the transcript. */
public enum Author {
  BOT,
  CUSTOMER,
  AGENT
}
