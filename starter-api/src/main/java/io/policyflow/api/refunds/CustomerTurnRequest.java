package io.policyflow.api.refunds;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Body of {@code POST /v1/refunds/{conversationId}/messages}. Unknown fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerTurnRequest(String messageId, String text) {}
