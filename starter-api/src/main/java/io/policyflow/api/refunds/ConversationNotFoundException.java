package io.policyflow.api.refunds;

import io.policyflow.api.problems.ApiProblemException;
import io.policyflow.api.problems.Problems;
import org.springframework.http.HttpStatus;

/** 404: no conversation with that id. */
public class ConversationNotFoundException extends ApiProblemException {

  public ConversationNotFoundException(String conversationId, Throwable cause) {
    super(
        HttpStatus.NOT_FOUND,
        Problems.CONVERSATION_NOT_FOUND,
        "Conversation not found",
        "No conversation '" + conversationId + "'. Open it with POST /v1/refunds.",
        cause);
  }
}
