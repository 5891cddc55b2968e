package io.policyflow.api.refunds;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Body of {@code POST /v1/refunds}. Unknown fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OpenConversationRequest(String conversationId, ContextRequest context) {

  /** What the chat backend already knows; every field optional. Unknown fields are ignored. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ContextRequest(
      String customerEmail,
      Boolean emailVerified,
      String customerName,
      String locale,
      String channel) {}
}
