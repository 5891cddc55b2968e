package io.policyflow.refund.conversation;

/** Where the conversation is, as a chat backend sees it. */
public enum Status {
  /** The bot is talking with the customer. */
  ACTIVE,
  /** The refund was issued; the bot waits for the expected date to follow up. */
  FOLLOWING_UP,
  /** A human agent owns the conversation; the bot no longer speaks. */
  HANDED_OFF,
  /** Nothing more will happen. */
  CLOSED
}
