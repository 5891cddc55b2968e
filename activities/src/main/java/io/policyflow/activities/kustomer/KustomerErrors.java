package io.policyflow.activities.kustomer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Request;
import feign.Response;
import feign.codec.ErrorDecoder;
import io.policyflow.activities.http.HttpErrors;
import io.policyflow.refund.commerce.CommerceFailures;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Turns Kustomer's error answers into Temporal failures.
 *
 * <table>
 *   <tr><th>HTTP</th><th>failure</th></tr>
 *   <tr><td>401, 403</td><td>non-retryable {@link CommerceFailures#UNAUTHORIZED} (a wrong key, or a key without the
 *       role: configuration, not something a retry fixes)</td></tr>
 *   <tr><td>404</td><td>non-retryable {@link CommerceFailures#NOT_FOUND}</td></tr>
 *   <tr><td>429</td><td>retryable {@link #RATE_LIMITED}, next retry after {@code Retry-After}, else {@code
 *       x-ratelimit-reset} (else Temporal's backoff)</td></tr>
 *   <tr><td>408, 5xx, I/O errors, timeouts</td><td>retryable {@link #UNAVAILABLE} ({@code Retry-After} honoured)</td></tr>
 *   <tr><td>other 4xx (400, 413, 422, ...)</td><td>non-retryable {@link CommerceFailures#BAD_REQUEST}</td></tr>
 * </table>
 *
 * Messages carry Kustomer's own error ({@code code: message ?? detail ?? title}, both error
 * shapes), the method and the path with the email of an email lookup masked; never the API key.
 */
public final class KustomerErrors implements ErrorDecoder {

  /**
   * Retryable: Kustomer is rate limiting us (org budget, per-customer creates or object limits).
   */
  public static final String RATE_LIMITED = "KustomerRateLimited";

  /** Retryable: Kustomer is unreachable, slow or failing. */
  public static final String UNAVAILABLE = "KustomerUnavailable";

  private static final Pattern EMAIL_SEGMENT = Pattern.compile("email=[^/?]*");
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+\\-]+(@|%40)[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}");

  private final ObjectMapper mapper;
  private final RateLimitGate limits;

  public KustomerErrors(ObjectMapper mapper, RateLimitGate limits) {
    this.mapper = mapper;
    this.limits = limits;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    int status = response.status();
    String what = describe(response.request());
    String kustomer = readError(response);
    String detail = kustomer != null ? kustomer : "HTTP " + status;
    return switch (HttpErrors.kind(status)) {
      case UNAUTHORIZED ->
          ApplicationFailure.newNonRetryableFailure(
              "Kustomer refused our API key (HTTP "
                  + status
                  + ") for "
                  + what
                  + ": "
                  + detail
                  + (status == 403 ? " (the key lacks a role, see docs/kustomer.md)" : ""),
              CommerceFailures.UNAUTHORIZED,
              status);
      case NOT_FOUND ->
          ApplicationFailure.newNonRetryableFailure(
              "Kustomer does not know " + what + " (HTTP 404): " + detail,
              CommerceFailures.NOT_FOUND,
              status);
      case RATE_LIMITED ->
          HttpErrors.retryable(
              "Kustomer rate limit (HTTP 429) for " + what + ": " + detail,
              RATE_LIMITED,
              limits.delay(response.headers()),
              status);
      case UNAVAILABLE ->
          HttpErrors.retryable(
              "Kustomer unavailable (HTTP " + status + ") for " + what + ": " + detail,
              UNAVAILABLE,
              limits.retryAfter(response.headers()),
              status);
      case REJECTED ->
          ApplicationFailure.newNonRetryableFailure(
              "Kustomer rejected " + what + " (HTTP " + status + "): " + detail,
              CommerceFailures.BAD_REQUEST,
              status);
    };
  }

  /** A retryable failure for an I/O error or timeout. */
  static ApplicationFailure ioFailure(Request request, IOException e) {
    String reason =
        e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + mask(e.getMessage()));
    return ApplicationFailure.newFailureWithCause(
        "Kustomer unreachable for " + describe(request) + " (" + reason + ")", UNAVAILABLE, e);
  }

  /**
   * {@code code: message} from either error shape ({@code message ?? detail ?? title}), several
   * errors joined with "; "; null when the body is not a Kustomer error.
   */
  String readError(Response response) {
    JsonNode root = HttpErrors.jsonBody(response, mapper);
    if (root == null || !root.path("errors").isArray() || root.get("errors").isEmpty()) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (JsonNode error : root.get("errors")) {
      String message = first(error, "message", "detail", "title");
      String code = first(error, "code");
      if (message == null && code == null) {
        continue;
      }
      if (!text.isEmpty()) {
        text.append("; ");
      }
      text.append(code == null ? "" : code + ": ").append(message == null ? "" : message);
    }
    return text.isEmpty() ? null : mask(text.toString());
  }

  private static String first(JsonNode node, String... names) {
    for (String name : names) {
      JsonNode v = node.path(name);
      if (v.isTextual() && !v.asText().isBlank()) {
        return v.asText();
      }
    }
    return null;
  }

  /** {@code "GET /v1/customers/email=***"}: method and path, never the query, emails masked. */
  static String describe(Request request) {
    if (request == null) {
      return "a Kustomer call";
    }
    return request.httpMethod()
        + " "
        + mask(EMAIL_SEGMENT.matcher(HttpErrors.path(request)).replaceAll("email=***"));
  }

  static String mask(String text) {
    return text == null ? null : EMAIL.matcher(text).replaceAll("***@***");
  }
}
