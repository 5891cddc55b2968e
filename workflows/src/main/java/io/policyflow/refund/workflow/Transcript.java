package io.policyflow.refund.workflow;

import io.policyflow.refund.conversation.Author;
import io.policyflow.refund.conversation.Message;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The conversation's messages, numbered in order. Nothing a customer said or the bot answered is dropped. */
final class Transcript {

  private final List<Message> messages = new ArrayList<>();

  Message add(Author author, String text, List<String> options, Instant at) {
    Message message = new Message(messages.size() + 1, author, text, options, at);
    messages.add(message);
    return message;
  }

  int size() {
    return messages.size();
  }

  List<Message> messages() {
    return List.copyOf(messages);
  }

  /** Plain-text transcript for a human agent. */
  String forAgent() {
    StringBuilder text = new StringBuilder();
    for (Message message : messages) {
      text.append(message.seq()).append(". ").append(message.author()).append(": ").append(message.text());
      text.append('\n');
    }
    return text.toString();
  }
}
