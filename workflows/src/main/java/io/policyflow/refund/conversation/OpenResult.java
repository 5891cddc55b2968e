package io.policyflow.refund.conversation;

/**
 * Answer to opening a conversation.
 *
 * @param created true only for the call that started the conversation; a repeated open answers
 *     false
 */
public record OpenResult(boolean created, ConversationView conversation) {}
