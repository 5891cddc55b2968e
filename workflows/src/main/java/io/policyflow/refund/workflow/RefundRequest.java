package io.policyflow.refund.workflow;

import io.policyflow.refund.conversation.ConversationContext;
import io.policyflow.refund.policy.RefundPolicy;

/**
 * Input of one refund conversation. The policy is resolved once, when the conversation starts, so a running
 * conversation never changes rules under its feet.
 * A null policy means: the policy configured on the worker, read once when the conversation starts.
 */
public record RefundRequest(String conversationId, ConversationContext context, RefundPolicy policy) {

  /** A request whose policy the workflow reads from the worker's configuration when it starts. */
  public static RefundRequest withConfiguredPolicy(String conversationId, ConversationContext context) {
    return new RefundRequest(conversationId, context, null);
  }
}
