package io.policyflow.refund.conversation;

/**
 * A customer's turn. A repeated {@code messageId} is answered from the transcript, never processed
 * twice.
 */
public record CustomerMessage(String messageId, String text) {}
