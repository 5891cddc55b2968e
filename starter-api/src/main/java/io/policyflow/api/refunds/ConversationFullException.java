package io.policyflow.api.refunds;

import io.policyflow.api.problems.ApiProblemException;
import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * 409: the conversation reached its length limit (the policy's customer messages or bytes of
 * customer text) and refuses new message ids; a person of the support team has it. A repeated
 * message id is still answered. 409 rather than 413: the request is fine, the conversation's state
 * refuses it, and sending it again will not help.
 */
public class ConversationFullException extends ApiProblemException {

  public static final URI TYPE = URI.create("urn:policyflow:problem:conversation-full");

  public ConversationFullException(String conversationId, Throwable cause) {
    super(
        HttpStatus.CONFLICT,
        TYPE,
        "Conversation full",
        "Conversation '"
            + conversationId
            + "' has reached its length limit and takes no more messages; it has"
            + " been passed to a member of the support team.",
        cause);
  }
}
