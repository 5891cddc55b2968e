package io.policyflow.refund.workflow.steps;

import io.policyflow.refund.channel.ChannelActivities;
import io.policyflow.refund.channel.ChannelEvent;
import io.policyflow.refund.commerce.CommerceActivities;
import io.policyflow.refund.conversation.Message;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import org.slf4j.Logger;

/**
 * The remote calls that never fail the turn: delivering to the chat channel ({@link
 * ChannelActivities#deliver}) and commenting on the order ({@link
 * CommerceActivities#addOrderComment}). Temporal retries them; when they still fail, the failure is
 * logged with the conversation id (no personal data) and the dialogue goes on.
 */
final class BestEffort {

  private static final Logger log = Workflow.getLogger(BestEffort.class);

  private final Conversation c;
  private final CommerceActivities store;
  private final ChannelActivities channel;

  BestEffort(Conversation c, CommerceActivities store, ChannelActivities channel) {
    this.c = c;
    this.store = store;
    this.channel = channel;
  }

  /** Pushes a bot message through the channel (the transcript has it whatever happens). */
  void push(Message message) {
    deliver(ChannelEvent.message(c.conversationId(), message));
  }

  void deliver(ChannelEvent event) {
    try {
      channel.deliver(event);
    } catch (ActivityFailure failure) {
      log.warn(
          "Channel delivery failed for conversation {}: {}",
          c.conversationId(),
          Failures.message(failure));
    }
  }

  /** Adds an internal comment to the order, for the store's staff. */
  void comment(long orderId, String text) {
    try {
      store.addOrderComment(orderId, text);
    } catch (ActivityFailure failure) {
      log.warn(
          "Order comment failed for conversation {}: {}",
          c.conversationId(),
          Failures.message(failure));
    }
  }
}
