package io.policyflow.refund.conversation;

/**
 * Where a conversation stands, without its transcript: what a turn's answer carries, so that it
 * stays the same size however long the conversation gets. The whole conversation is the {@code
 * view} query.
 *
 * @param messageCount lines in the transcript (the {@code seq} of the latest one)
 */
public record ConversationState(
    Status status,
    Awaiting awaiting,
    Outcome outcome,
    OrderView order,
    RefundView refund,
    HandoffView handoff,
    int messageCount) {}
