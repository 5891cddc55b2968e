package io.policyflow.refund.channel;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.policyflow.refund.conversation.HandoffView;
import io.policyflow.refund.conversation.Message;

/**
 * What the bot pushes to the chat backend on its own. JSON: {@code {conversationId, type:
 * "message"|"handoff", message|handoff}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChannelEvent(
    String conversationId, String type, Message message, HandoffView handoff) {

  public static final String MESSAGE = "message";
  public static final String HANDOFF = "handoff";

  public static ChannelEvent message(String conversationId, Message message) {
    return new ChannelEvent(conversationId, MESSAGE, message, null);
  }

  public static ChannelEvent handoff(String conversationId, HandoffView handoff) {
    return new ChannelEvent(conversationId, HANDOFF, null, handoff);
  }
}
