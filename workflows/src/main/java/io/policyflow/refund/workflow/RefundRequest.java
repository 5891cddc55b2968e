package io.policyflow.refund.workflow;

import io.policyflow.refund.conversation.ConversationContext;
import io.policyflow.refund.policy.RefundPolicy;

/**
 * Input of one refund conversation. The policy is resolved once, when the conversation starts, so a
 * running conversation never changes rules under its feet. A null policy means: the policy
 * configured on the worker, read once when the conversation starts.
 *
 * @param pushGreeting true when the chat backend cannot read the bot's first messages from the
 *     start call (a conversation started by a webhook and a signal): the greeting then goes out
 *     through the channel too
 */
public record RefundRequest(
    String conversationId, ConversationContext context, RefundPolicy policy, boolean pushGreeting) {

  /** A request whose policy the workflow reads from the worker's configuration when it starts. */
  public static RefundRequest withConfiguredPolicy(
      String conversationId, ConversationContext context) {
    return new RefundRequest(conversationId, context, null, false);
  }

  /**
   * Like {@link #withConfiguredPolicy}, for a conversation started asynchronously: the greeting is
   * pushed.
   */
  public static RefundRequest asynchronous(String conversationId, ConversationContext context) {
    return new RefundRequest(conversationId, context, null, true);
  }
}
