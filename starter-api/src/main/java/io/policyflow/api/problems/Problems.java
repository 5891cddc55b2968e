package io.policyflow.api.problems;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Problem types of the API, and a writer for the places outside Spring MVC (servlet filters,
 * Tomcat's own errors, the error page).
 */
public final class Problems {

  /** A request field is missing or invalid; the problem has a {@code field} member. */
  public static final URI INVALID_FIELD = URI.create("urn:policyflow:problem:invalid-field");

  /** The body is not JSON, or not of the expected shape. */
  public static final URI MALFORMED_REQUEST =
      URI.create("urn:policyflow:problem:malformed-request");

  /** No conversation with that id. */
  public static final URI CONVERSATION_NOT_FOUND =
      URI.create("urn:policyflow:problem:conversation-not-found");

  /** The conversation is closed (or refuses this message). */
  public static final URI CONVERSATION_CLOSED =
      URI.create("urn:policyflow:problem:conversation-closed");

  /** Temporal (or the workflow) did not answer in time; retry after {@code Retry-After} seconds. */
  public static final URI TEMPORAL_UNAVAILABLE =
      URI.create("urn:policyflow:problem:temporal-unavailable");

  /**
   * The request body is larger than the endpoint takes ({@code docs/limits.md}); nothing of it was
   * used.
   */
  public static final URI PAYLOAD_TOO_LARGE =
      URI.create("urn:policyflow:problem:payload-too-large");

  /** Missing or wrong credentials for this endpoint; {@code WWW-Authenticate} says which. */
  public static final URI UNAUTHORIZED = URI.create("urn:policyflow:problem:unauthorized");

  /**
   * The request names a host (the {@code Host} header) or comes from a client this endpoint does
   * not serve.
   */
  public static final URI HOST_NOT_ALLOWED = URI.create("urn:policyflow:problem:host-not-allowed");

  /** A state-changing call that is not JSON or comes from another site's page ({@code Origin}). */
  public static final URI CROSS_SITE_REQUEST =
      URI.create("urn:policyflow:problem:cross-site-request");

  /** Nothing here, or nothing Policyflow has a more precise type for: RFC 9457's default. */
  public static final URI ABOUT_BLANK = URI.create("about:blank");

  /** Seconds a client should wait before retrying a 503. */
  public static final int RETRY_AFTER_SECONDS = 5;

  private Problems() {}

  /** Writes an {@code about:blank} problem with the status's reason phrase as title. */
  public static void write(
      HttpServletResponse response, HttpStatus status, String detail, String instance)
      throws IOException {
    write(response, status, ABOUT_BLANK, status.getReasonPhrase(), detail, instance);
  }

  /** Writes a problem of this type and title (the response must not be committed). */
  public static void write(
      HttpServletResponse response,
      HttpStatus status,
      URI type,
      String title,
      String detail,
      String instance)
      throws IOException {
    byte[] body = json(status.value(), type, title, detail, instance);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** A problem object as UTF-8 JSON; without {@code instance} when it is null. */
  public static byte[] json(int status, URI type, String title, String detail, String instance) {
    String json =
        "{\"type\":"
            + quote(type.toString())
            + ",\"title\":"
            + quote(title)
            + ",\"status\":"
            + status
            + ",\"detail\":"
            + quote(detail)
            + (instance == null ? "" : ",\"instance\":" + quote(instance))
            + "}";
    return json.getBytes(StandardCharsets.UTF_8);
  }

  static String quote(String value) {
    if (value == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029 || Character.isSurrogate(c)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
