package io.policyflow.api.refunds;

import io.policyflow.api.problems.ApiProblemException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * 429: the conversation sent more turns than {@link TurnRateLimiter} takes; send the turn again
 * after {@code Retry-After} seconds.
 */
public class TooManyTurnsException extends ApiProblemException {

  public static final URI TYPE = URI.create("urn:policyflow:problem:too-many-messages");

  private final long retryAfterSeconds;

  TooManyTurnsException(String conversationId, long retryAfterSeconds) {
    super(
        HttpStatus.TOO_MANY_REQUESTS,
        TYPE,
        "Too many messages",
        "Conversation '"
            + conversationId
            + "' sends messages faster than the API takes them. Send this one again"
            + " in "
            + retryAfterSeconds
            + " s (Retry-After).",
        null);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  @Override
  public HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
    return headers;
  }
}
