package io.policyflow.api.refunds;

import io.policyflow.api.problems.ApiProblemException;
import io.policyflow.api.problems.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * 503 with {@code Retry-After}: Temporal is unreachable, or the workflow did not take the call in
 * time. Nothing was lost: repeating the same request is safe (same conversationId, same messageId).
 */
public class TemporalUnavailableException extends ApiProblemException {

  public TemporalUnavailableException(String detail, Throwable cause) {
    super(
        HttpStatus.SERVICE_UNAVAILABLE,
        Problems.TEMPORAL_UNAVAILABLE,
        "Service unavailable",
        detail,
        cause);
  }

  @Override
  public HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.RETRY_AFTER, Integer.toString(Problems.RETRY_AFTER_SECONDS));
    return headers;
  }
}
