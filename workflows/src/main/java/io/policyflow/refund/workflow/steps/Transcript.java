package io.policyflow.refund.workflow.steps;

import io.policyflow.refund.conversation.Author;
import io.policyflow.refund.conversation.Message;
import io.policyflow.refund.policy.ConversationLimits;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The conversation's messages, numbered in order. Nothing a customer said or the bot answered is
 * dropped (a message past the conversation's {@link ConversationLimits} never comes here). It also
 * remembers which bot messages answered which customer message, so that a repeated message id is
 * answered again from here, and counts the customer's messages and bytes of text.
 */
final class Transcript {

  private final List<Message> messages = new ArrayList<>();
  private final Map<String, List<Message>> repliesByMessageId = new HashMap<>();
  private List<Message> pendingReplies = new ArrayList<>();
  private int customerMessages;
  private int customerTextBytes;

  Message add(Author author, String text, List<String> options, Instant at) {
    Message message = new Message(messages.size() + 1, author, text, options, at);
    messages.add(message);
    if (author == Author.CUSTOMER) {
      customerMessages++;
      customerTextBytes += ConversationLimits.bytes(text);
    }
    return message;
  }

  /** Adds a bot message that is also a reply of the turn being processed. */
  Message reply(String text, List<String> options, Instant at) {
    Message message = add(Author.BOT, text, options, at);
    pendingReplies.add(message);
    return message;
  }

  /** The bot's replies since the last call. */
  List<Message> takeReplies() {
    List<Message> replies = List.copyOf(pendingReplies);
    pendingReplies = new ArrayList<>();
    return replies;
  }

  void answered(String messageId, List<Message> replies) {
    repliesByMessageId.put(messageId, replies);
  }

  /** The replies to this customer message, or null when it has not been answered. */
  List<Message> answerTo(String messageId) {
    return repliesByMessageId.get(messageId);
  }

  int size() {
    return messages.size();
  }

  int customerMessages() {
    return customerMessages;
  }

  /** The customer's text so far, in UTF-8 bytes. */
  int customerTextBytes() {
    return customerTextBytes;
  }

  List<Message> messages() {
    return List.copyOf(messages);
  }

  /** The bot's latest message, or null. */
  Message lastBotMessage() {
    for (int i = messages.size() - 1; i >= 0; i--) {
      if (messages.get(i).author() == Author.BOT) {
        return messages.get(i);
      }
    }
    return null;
  }

  /** The bot's latest question (a message with options or ending in '?'), or null. */
  Message lastQuestion() {
    for (int i = messages.size() - 1; i >= 0; i--) {
      Message message = messages.get(i);
      if (message.author() == Author.BOT
          && (!message.options().isEmpty() || message.text().endsWith("?"))) {
        return message;
      }
    }
    return null;
  }

  /** Plain-text transcript for a human agent. */
  String forAgent() {
    StringBuilder text = new StringBuilder();
    for (Message message : messages) {
      text.append(message.seq())
          .append(". ")
          .append(message.author())
          .append(": ")
          .append(message.text());
      text.append('\n');
    }
    return text.toString();
  }
}
