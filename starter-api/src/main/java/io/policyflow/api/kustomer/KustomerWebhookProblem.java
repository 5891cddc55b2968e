package io.policyflow.api.kustomer;

import io.policyflow.api.problems.ApiProblemException;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * The Kustomer webhook's own problems (problem+json through the API's handler). A 4xx means the
 * delivery changed nothing; a 5xx asks Kustomer to deliver it again later.
 */
public class KustomerWebhookProblem extends ApiProblemException {

  /** 401: missing, malformed, wrong or stale signature. */
  public static final URI SIGNATURE = URI.create("urn:policyflow:problem:webhook-signature");

  /** 404: no webhook secret is configured, so the endpoint is off. */
  public static final URI NOT_CONFIGURED =
      URI.create("urn:policyflow:problem:webhook-not-configured");

  /** 400: the body is not a Kustomer event. */
  public static final URI PAYLOAD = URI.create("urn:policyflow:problem:webhook-payload");

  /** 413: the body is larger than allowed. */
  public static final URI TOO_LARGE = URI.create("urn:policyflow:problem:payload-too-large");

  /** 503: Kustomer could not be asked about the conversation's routing (rate limited, down). */
  public static final URI KUSTOMER_UNAVAILABLE =
      URI.create("urn:policyflow:problem:kustomer-unavailable");

  /** 503: a copy of the same delivery (same Kustomer message) is being handled right now. */
  public static final URI IN_PROGRESS = URI.create("urn:policyflow:problem:webhook-in-progress");

  /**
   * 502: Kustomer refused our API key when asked about the conversation's routing (configuration).
   */
  public static final URI KUSTOMER_REFUSED = URI.create("urn:policyflow:problem:kustomer-refused");

  static final int IN_PROGRESS_RETRY_SECONDS = 5;

  private final Integer retryAfterSeconds;
  private final Map<String, Object> properties;

  KustomerWebhookProblem(
      HttpStatus status,
      URI type,
      String title,
      String detail,
      Integer retryAfterSeconds,
      Map<String, Object> properties,
      Throwable cause) {
    super(status, type, title, detail, cause);
    this.retryAfterSeconds = retryAfterSeconds;
    this.properties = properties == null ? Map.of() : properties;
  }

  static KustomerWebhookProblem signature(KustomerSignatureVerifier.Rejection rejection) {
    return new KustomerWebhookProblem(
        HttpStatus.UNAUTHORIZED,
        SIGNATURE,
        "Invalid webhook signature",
        rejection.detail,
        null,
        Map.of("reason", rejection.name().toLowerCase(java.util.Locale.ROOT)),
        null);
  }

  static KustomerWebhookProblem notConfigured() {
    return new KustomerWebhookProblem(
        HttpStatus.NOT_FOUND,
        NOT_CONFIGURED,
        "Webhook not configured",
        "The Kustomer webhook is off: set policyflow.kustomer.webhook.secret (KUSTOMER_WEBHOOK_SECRET).",
        null,
        null,
        null);
  }

  static KustomerWebhookProblem payload(String detail) {
    return new KustomerWebhookProblem(
        HttpStatus.BAD_REQUEST, PAYLOAD, "Not a Kustomer event", detail, null, null, null);
  }

  static KustomerWebhookProblem tooLarge(long maxBytes) {
    return new KustomerWebhookProblem(
        HttpStatus.PAYLOAD_TOO_LARGE,
        TOO_LARGE,
        "Payload too large",
        "The delivery is larger than " + maxBytes + " bytes.",
        null,
        null,
        null);
  }

  static KustomerWebhookProblem kustomerUnavailable(
      String detail, int retryAfterSeconds, Throwable cause) {
    return new KustomerWebhookProblem(
        HttpStatus.SERVICE_UNAVAILABLE,
        KUSTOMER_UNAVAILABLE,
        "Kustomer unavailable",
        detail,
        Math.max(1, retryAfterSeconds),
        null,
        cause);
  }

  static KustomerWebhookProblem inProgress() {
    return new KustomerWebhookProblem(
        HttpStatus.SERVICE_UNAVAILABLE,
        IN_PROGRESS,
        "Delivery in progress",
        "Another copy of this delivery is being handled; deliver it again later.",
        IN_PROGRESS_RETRY_SECONDS,
        null,
        null);
  }

  static KustomerWebhookProblem kustomerRefused(String detail) {
    return new KustomerWebhookProblem(
        HttpStatus.BAD_GATEWAY,
        KUSTOMER_REFUSED,
        "Kustomer refused the API key",
        detail,
        null,
        null,
        null);
  }

  @Override
  public Map<String, Object> properties() {
    return properties;
  }

  @Override
  public HttpHeaders headers() {
    if (retryAfterSeconds == null) {
      return HttpHeaders.EMPTY;
    }
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds));
    return headers;
  }
}
