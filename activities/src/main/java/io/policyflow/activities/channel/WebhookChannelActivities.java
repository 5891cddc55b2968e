package io.policyflow.activities.channel;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.policyflow.activities.http.HttpErrors;
import io.policyflow.activities.http.ResponseHeaders;
import io.policyflow.refund.channel.ChannelActivities;
import io.policyflow.refund.channel.ChannelEvent;
import io.policyflow.refund.channel.ChannelFailures;
import io.policyflow.refund.workflow.RefundWorkflow;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers {@link ChannelEvent}s to the chat backend as a signed webhook: {@code POST <url>} with
 * the event as JSON ({@code {conversationId, type, message|handoff}}, nulls left out, instants
 * ISO-8601, dates {@code yyyy-MM-dd}), signed as Standard Webhooks ({@link
 * StandardWebhookSignature}: {@code webhook-id}, {@code webhook-timestamp}, {@code
 * webhook-signature}) and, deprecated, with {@code X-Policyflow-Signature: sha256=<hex HMAC of the
 * body>} (see {@link WebhookSignature}).
 *
 * <p>The {@code webhook-id} is derived from the workflow id and the event's place in the
 * conversation (the message's {@code seq}, the handoff's instant), so every attempt of one event,
 * Temporal's retries included, has the same id, and a chat backend can refuse a replay by it; the
 * timestamp is the attempt's.
 *
 * <p>2xx: delivered. 408, 429, 5xx, I/O errors and timeouts: retryable {@link #UNAVAILABLE}
 * (honouring {@code Retry-After}, in seconds or as a date). Any other status (4xx other than
 * 408/429, or a redirect): non-retryable {@link ChannelFailures#REJECTED}. Without a URL: does
 * nothing.
 */
public class WebhookChannelActivities implements ChannelActivities {

  /** Retryable: the chat backend is unreachable, slow or failing. */
  public static final String UNAVAILABLE = "ChannelUnavailable";

  private static final Logger log = LoggerFactory.getLogger(WebhookChannelActivities.class);

  private final WebhookChannelConfig config;
  private final ObjectMapper mapper;
  private final HttpClient http;
  private final URI target;
  private final byte[] key;

  /** With the default JSON mapping ({@link #defaultMapper()}). */
  public WebhookChannelActivities(WebhookChannelConfig config) {
    this(config, defaultMapper());
  }

  /**
   * @param mapper used through a copy that enforces the wire format (Java time module, ISO strings,
   *     no nulls)
   * @throws IllegalStateException when a URL is set without a secret, or the URL is not absolute
   *     http(s)
   */
  public WebhookChannelActivities(WebhookChannelConfig config, ObjectMapper mapper) {
    this(config, mapper, null);
  }

  WebhookChannelActivities(WebhookChannelConfig config, ObjectMapper mapper, HttpClient http) {
    this.config = Objects.requireNonNull(config, "config");
    this.mapper = wireFormat(Objects.requireNonNull(mapper, "mapper"));
    if (config.enabled()) {
      if (config.secret() == null || config.secret().isBlank()) {
        throw new IllegalStateException(
            "The channel webhook URL is set but its secret is not: set the webhook secret used to sign events");
      }
      try {
        this.key = StandardWebhookSignature.key(config.secret());
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            "The channel webhook secret is unusable: " + e.getMessage(), e);
      }
      this.target = parse(config.url());
      this.http =
          http != null
              ? http
              : HttpClient.newBuilder()
                  .version(HttpClient.Version.HTTP_1_1)
                  .connectTimeout(config.timeout())
                  .followRedirects(HttpClient.Redirect.NEVER)
                  .build();
    } else {
      this.target = null;
      this.key = null;
      this.http = null;
    }
  }

  /** The mapper used when none is given: Java time as ISO-8601 strings, nulls left out. */
  public static ObjectMapper defaultMapper() {
    return wireFormat(new ObjectMapper());
  }

  /** The exact bytes {@link #deliver} sends for this event (and signs). */
  public byte[] body(ChannelEvent event) {
    try {
      return mapper.writeValueAsBytes(event);
    } catch (JsonProcessingException e) {
      throw ApplicationFailure.newNonRetryableFailureWithCause(
          "Channel event could not be written as JSON", ChannelFailures.REJECTED, e);
    }
  }

  @Override
  public void deliver(ChannelEvent event) {
    Objects.requireNonNull(event, "event");
    if (!config.enabled()) {
      log.debug(
          "No channel webhook configured; a {} event is kept in the transcript only", event.type());
      return;
    }
    byte[] body = body(event);
    String id = webhookId(event);
    long timestamp = Instant.now().getEpochSecond();
    HttpRequest request =
        HttpRequest.newBuilder(target)
            .timeout(config.timeout())
            .header("Content-Type", "application/json")
            .header(StandardWebhookSignature.ID_HEADER, id)
            .header(StandardWebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
            .header(
                StandardWebhookSignature.SIGNATURE_HEADER,
                StandardWebhookSignature.sign(id, timestamp, body, key))
            .header(WebhookSignature.HEADER, WebhookSignature.sign(body, config.secret()))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<Void> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw ApplicationFailure.newFailureWithCause(
          "Channel webhook unreachable (" + e.getClass().getSimpleName() + ")", UNAVAILABLE, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ApplicationFailure.newFailureWithCause("Channel delivery interrupted", UNAVAILABLE, e);
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      log.debug("Delivered a {} event (HTTP {})", event.type(), status);
      return;
    }
    if (HttpErrors.kind(status).retryable()) {
      Duration retryAfter =
          ResponseHeaders.retryAfter(
              response.headers().firstValue("Retry-After").orElse(null), Instant.now());
      throw HttpErrors.retryable(
          "Channel webhook answered HTTP " + status, UNAVAILABLE, retryAfter, status);
    }
    throw ApplicationFailure.newNonRetryableFailure(
        "Channel webhook refused the " + event.type() + " event (HTTP " + status + ")",
        ChannelFailures.REJECTED,
        status);
  }

  /**
   * {@code msg_<32 hex>}: the first 128 bits of SHA-256 over the workflow id, the type and the
   * event's place (the message's {@code seq}, the handoff's instant), which the workflow fixes
   * before scheduling the activity. Hashed because a conversation id may contain the {@code .} the
   * spec forbids in an id.
   */
  static String webhookId(ChannelEvent event) {
    String place =
        event.message() != null
            ? Integer.toString(event.message().seq())
            : event.handoff() != null && event.handoff().at() != null
                ? Long.toString(event.handoff().at().toEpochMilli())
                : "";
    String source =
        RefundWorkflow.workflowId(event.conversationId()) + "\n" + event.type() + "\n" + place;
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
      return "msg_" + HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  private static ObjectMapper wireFormat(ObjectMapper base) {
    ObjectMapper m = base.copy();
    m.registerModule(new JavaTimeModule());
    m.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    m.disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
    m.setSerializationInclusion(JsonInclude.Include.NON_NULL);
    return m;
  }

  private static URI parse(String url) {
    try {
      URI uri = URI.create(url);
      if (uri.getHost() == null
          || !("http".equalsIgnoreCase(uri.getScheme())
              || "https".equalsIgnoreCase(uri.getScheme()))) {
        throw new IllegalStateException("The channel webhook URL must be an absolute http(s) URL");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("The channel webhook URL is not a valid URL", e);
    }
  }
}
