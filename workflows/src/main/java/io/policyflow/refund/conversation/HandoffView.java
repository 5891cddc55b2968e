package io.policyflow.refund.conversation;

import java.time.Instant;

/** Why and when the conversation went to a human agent, with everything the agent needs. */
public record HandoffView(String reason, String summary, Instant at) {}
