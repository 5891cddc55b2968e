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
}
