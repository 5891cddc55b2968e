package io.policyflow.refund.conversation;

import java.util.List;

/** The bot's replies to one customer turn, and the conversation after it. */
public record TurnResult(List<Message> replies, ConversationView conversation) {
  public TurnResult {
    replies = replies == null ? List.of() : List.copyOf(replies);
  }
}
