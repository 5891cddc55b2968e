package io.policyflow.api.problems;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * An error the API answers on purpose, as an RFC 7807 problem ({@code application/problem+json}).
 * The detail is written for the chat backend's developers: it never carries customer data.
 */
public abstract class ApiProblemException extends RuntimeException {

  private final HttpStatus status;
  private final URI type;
  private final String title;

  protected ApiProblemException(
      HttpStatus status, URI type, String title, String detail, Throwable cause) {
    super(detail, cause);
    this.status = status;
    this.type = type;
    this.title = title;
  }

  public HttpStatus status() {
    return status;
  }

  public URI type() {
    return type;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }

  /** Extra members of the problem object. */
  public Map<String, Object> properties() {
    return Map.of();
  }

  /** Extra response headers. */
  public HttpHeaders headers() {
    return HttpHeaders.EMPTY;
  }
}
