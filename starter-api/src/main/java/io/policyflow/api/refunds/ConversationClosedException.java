package io.policyflow.api.refunds;

import io.policyflow.api.problems.ApiProblemException;
import io.policyflow.api.problems.Problems;
import org.springframework.http.HttpStatus;

/** 409: the conversation is closed (the workflow refused the turn, or has completed). */
public class ConversationClosedException extends ApiProblemException {

  public ConversationClosedException(String conversationId, Throwable cause) {
    super(
        HttpStatus.CONFLICT,
        Problems.CONVERSATION_CLOSED,
        "Conversation closed",
        "Conversation '" + conversationId + "' is closed and takes no more messages.",
        cause);
  }
}
