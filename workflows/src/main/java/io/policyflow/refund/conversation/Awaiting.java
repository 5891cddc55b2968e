package io.policyflow.refund.conversation;

/** What the bot is waiting for from the customer. */
public enum Awaiting {
  EMAIL,
  ORDER,
  ITEMS,
  CONDITION,
  ALTERNATIVE,
  CONFIRMATION,
  FOLLOW_UP,
  NOTHING
}
