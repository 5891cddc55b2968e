package io.policyflow.activities.magento;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Request;
import feign.Response;
import feign.codec.ErrorDecoder;
import io.policyflow.activities.http.HttpErrors;
import io.policyflow.activities.http.ResponseHeaders;
import io.policyflow.refund.commerce.CommerceFailures;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Magento's error answers into Temporal failures the workflow can branch on.
 *
 * <table>
 *   <tr><th>HTTP</th><th>failure</th></tr>
 *   <tr><td>400 on a refund endpoint</td><td>non-retryable {@link CommerceFailures#REFUND_REFUSED}, message = Magento's
 *       (e.g. every "Creditmemo Document Validation Error(s):" line)</td></tr>
 *   <tr><td>401, 403</td><td>non-retryable {@link CommerceFailures#UNAUTHORIZED}</td></tr>
 *   <tr><td>404</td><td>non-retryable {@link CommerceFailures#NOT_FOUND}</td></tr>
 *   <tr><td>other 3xx/4xx (400, 422, ...)</td><td>non-retryable {@link CommerceFailures#BAD_REQUEST}</td></tr>
 *   <tr><td>408, 429, 5xx, I/O errors, timeouts</td><td>retryable {@link #UNAVAILABLE}, with
 *       {@code Retry-After} as the next retry delay when present</td></tr>
 * </table>
 *
 * Messages are Magento's {@code message} with {@code %1} / {@code %name} filled from {@code
 * parameters}; email addresses in them are masked.
 */
public final class MagentoErrors implements ErrorDecoder {

  /**
   * Retryable: Magento (or what stands in front of it) is unreachable, slow, overloaded or failing.
   */
  public static final String UNAVAILABLE = "MagentoUnavailable";

  private static final Pattern PLACEHOLDER = Pattern.compile("%(\\d+|[A-Za-z_][A-Za-z0-9_]*)");
  private static final Pattern REFUND_PATH =
      Pattern.compile(".*/V1/(order|invoice)/[^/]+/refund/?$");

  private final ObjectMapper mapper;
  private final Clock clock;

  public MagentoErrors(ObjectMapper mapper, Clock clock) {
    this.mapper = mapper;
    this.clock = clock;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    Request request = response.request();
    String what = describe(request);
    String magentoMessage = readMessage(response);
    int status = response.status();
    String detail = magentoMessage != null ? magentoMessage : "HTTP " + status;

    if (status == 400 && isRefund(request)) {
      return ApplicationFailure.newNonRetryableFailure(
          magentoMessage != null ? magentoMessage : "Magento refused the refund (HTTP 400)",
          CommerceFailures.REFUND_REFUSED,
          status);
    }
    return switch (HttpErrors.kind(status)) {
      case UNAUTHORIZED ->
          ApplicationFailure.newNonRetryableFailure(
              "Magento refused our credentials (HTTP " + status + ") for " + what + ": " + detail,
              CommerceFailures.UNAUTHORIZED,
              status);
      case NOT_FOUND ->
          ApplicationFailure.newNonRetryableFailure(
              "Magento does not know " + what + " (HTTP 404): " + detail,
              CommerceFailures.NOT_FOUND,
              status);
      case RATE_LIMITED, UNAVAILABLE ->
          unavailable(
              "Magento unavailable (HTTP " + status + ") for " + what + ": " + detail,
              null,
              retryAfter(response.headers()));
      case REJECTED ->
          ApplicationFailure.newNonRetryableFailure(
              "Magento rejected " + what + " (HTTP " + status + "): " + detail,
              CommerceFailures.BAD_REQUEST,
              status);
    };
  }

  /** A retryable failure for an I/O error or timeout talking to Magento. */
  public static ApplicationFailure ioFailure(Request request, IOException e) {
    String reason =
        e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return unavailable(
        "Magento unreachable for " + describe(request) + " (" + EmailMask.maskAll(reason) + ")",
        e,
        null);
  }

  static ApplicationFailure unavailable(String message, Throwable cause, Duration retryAfter) {
    String masked = EmailMask.maskAll(message);
    if (retryAfter != null) {
      return ApplicationFailure.newFailureWithCauseAndDelay(masked, UNAVAILABLE, cause, retryAfter);
    }
    return ApplicationFailure.newFailureWithCause(masked, UNAVAILABLE, cause);
  }

  /**
   * Magento's error text: {@code message} with placeholders filled, then each entry of {@code
   * errors} on its own line; emails masked. Null when the body is not a Magento error (e.g. an HTML
   * page from a proxy).
   */
  String readMessage(Response response) {
    JsonNode root = HttpErrors.jsonBody(response, mapper);
    if (root == null || !root.isObject() || !root.path("message").isTextual()) {
      return null;
    }
    try {
      StringBuilder text = new StringBuilder(render(root));
      for (JsonNode error : root.path("errors")) {
        if (error.path("message").isTextual()) {
          text.append('\n').append(render(error));
        }
      }
      return EmailMask.maskAll(text.toString());
    } catch (RuntimeException unreadable) {
      return null;
    }
  }

  /** {@code message} with {@code %1..%n} filled from an array and {@code %name} from an object. */
  static String render(JsonNode error) {
    return substitute(error.path("message").asText(), error.get("parameters"));
  }

  /** Fills Magento placeholders; unknown placeholders are left as they are. */
  public static String substitute(String message, JsonNode parameters) {
    if (message == null || parameters == null || parameters.isNull() || parameters.isEmpty()) {
      return message;
    }
    Matcher m = PLACEHOLDER.matcher(message);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String key = m.group(1);
      JsonNode value = null;
      if (parameters.isArray() && Character.isDigit(key.charAt(0))) {
        int index = Integer.parseInt(key) - 1;
        value = index >= 0 && index < parameters.size() ? parameters.get(index) : null;
      } else if (parameters.isObject()) {
        value = parameters.get(key);
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(value == null ? m.group() : text(value)));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String text(JsonNode value) {
    if (value.isArray()) {
      List<String> parts = new ArrayList<>();
      value.forEach(v -> parts.add(text(v)));
      return String.join(", ", parts);
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  /** {@code Retry-After} as seconds or an HTTP date; null when absent or unreadable. */
  Duration retryAfter(Map<String, Collection<String>> headers) {
    return ResponseHeaders.retryAfter(headers, clock.instant());
  }

  private static boolean isRefund(Request request) {
    return request != null
        && request.httpMethod() == Request.HttpMethod.POST
        && REFUND_PATH.matcher(HttpErrors.path(request)).matches();
  }

  /**
   * {@code "GET /rest/default/V1/orders/1042"}: method and path, never the query (it can hold
   * emails).
   */
  static String describe(Request request) {
    if (request == null) {
      return "a Magento call";
    }
    return request.httpMethod() + " " + HttpErrors.path(request);
  }
}
