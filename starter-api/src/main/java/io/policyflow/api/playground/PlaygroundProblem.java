package io.policyflow.api.playground;

import io.policyflow.api.problems.ApiProblemException;
import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * A playground call that cannot be served here, e.g. a clock skip on a server that is not embedded.
 */
public class PlaygroundProblem extends ApiProblemException {

  /** The local tools (clock, sandbox) are not available on this server. */
  public static final URI TOOL_UNAVAILABLE =
      URI.create("urn:policyflow:problem:playground-tool-unavailable");

  public PlaygroundProblem(
      HttpStatus status, URI type, String title, String detail, Throwable cause) {
    super(status, type, title, detail, cause);
  }

  static PlaygroundProblem toolUnavailable(String detail) {
    return new PlaygroundProblem(
        HttpStatus.CONFLICT, TOOL_UNAVAILABLE, "Not available here", detail, null);
  }
}
