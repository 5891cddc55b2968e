package io.policyflow.refund.conversation;

/**
 * Something a human agent did on the conversation in the helpdesk.
 *
 * @param kind what happened
 * @param agent who did it (an agent name or id), for the transcript
 * @param note free text recorded in the transcript (may be null)
 */
public record AgentAction(Kind kind, String agent, String note) {

  public enum Kind {
    /** The agent closed the conversation: the workflow records it and ends. */
    CLOSED
  }
}
