package io.policyflow.activities.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Request;
import feign.Response;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * What an HTTP error answer means, the same way for every service we call (Magento, Kustomer, the
 * channel webhook): which statuses a retry can fix, the error body as JSON, the request's path
 * without its query.
 */
public final class HttpErrors {

  /** Most of an error body that is read; the rest is left unread. */
  public static final int MAX_BODY_BYTES = 64 * 1024;

  /** What a non-2xx status says about the call. */
  public enum Kind {
    /**
     * 401, 403: our credentials, or their rights, are wrong: configuration, not something a retry
     * fixes.
     */
    UNAUTHORIZED(false),
    /** 404. */
    NOT_FOUND(false),
    /** 429: the service is rate limiting us; retry later. */
    RATE_LIMITED(true),
    /** 408, 5xx: the service is slow, overloaded or failing; retry later. */
    UNAVAILABLE(true),
    /** Any other status (400, 413, 422, a redirect, ...): the request itself is refused. */
    REJECTED(false);

    private final boolean retryable;

    Kind(boolean retryable) {
      this.retryable = retryable;
    }

    /** True for {@link #RATE_LIMITED} and {@link #UNAVAILABLE}: 408, 429 and 5xx. */
    public boolean retryable() {
      return retryable;
    }
  }

  private HttpErrors() {}

  /** The {@link Kind} of a non-2xx status. */
  public static Kind kind(int status) {
    if (status == 401 || status == 403) {
      return Kind.UNAUTHORIZED;
    }
    if (status == 404) {
      return Kind.NOT_FOUND;
    }
    if (status == 429) {
      return Kind.RATE_LIMITED;
    }
    if (status == 408 || status >= 500) {
      return Kind.UNAVAILABLE;
    }
    return Kind.REJECTED;
  }

  /**
   * A retryable failure of {@code type} with the status as its detail, and {@code delay} (when not
   * null) as the next retry delay instead of Temporal's backoff.
   */
  public static ApplicationFailure retryable(
      String message, String type, Duration delay, int status) {
    return delay == null
        ? ApplicationFailure.newFailure(message, type, status)
        : ApplicationFailure.newFailureWithCauseAndDelay(message, type, null, delay, status);
  }

  /**
   * The first {@link #MAX_BODY_BYTES} of the answer's body as JSON; null when there is no body, it
   * is empty or it is not JSON (e.g. an HTML page from a proxy).
   */
  public static JsonNode jsonBody(Response response, ObjectMapper mapper) {
    if (response.body() == null) {
      return null;
    }
    try (InputStream in = response.body().asInputStream()) {
      byte[] bytes = in.readNBytes(MAX_BODY_BYTES);
      return bytes.length == 0 ? null : mapper.readTree(new String(bytes, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException notJson) {
      return null;
    }
  }

  /**
   * The raw path of the request's URL, never its query (it can hold emails); {@code ""} when it has
   * none.
   */
  public static String path(Request request) {
    try {
      String path = URI.create(request.url()).getRawPath();
      return path == null ? "" : path;
    } catch (IllegalArgumentException e) {
      String url = request.url();
      int q = url.indexOf('?');
      return q < 0 ? url : url.substring(0, q);
    }
  }
}
