package io.policyflow.refund.conversation;

import java.util.List;

/** Everything a chat backend (or a person in the playground) can see of one conversation. */
public record ConversationView(
    String conversationId,
    String workflowId,
    Status status,
    Awaiting awaiting,
    Outcome outcome,
    List<Message> messages,
    OrderView order,
    RefundView refund,
    HandoffView handoff) {

  public ConversationView {
    messages = messages == null ? List.of() : List.copyOf(messages);
  }

  /** What a query sees before the run has read its policy and greeted: nothing yet. */
  public static ConversationView beforeStart(String workflowId) {
    return new ConversationView(
        null, workflowId, Status.ACTIVE, Awaiting.NOTHING, null, List.of(), null, null, null);
  }
}
