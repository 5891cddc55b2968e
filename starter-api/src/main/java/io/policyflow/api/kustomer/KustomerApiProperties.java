package io.policyflow.api.kustomer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code policyflow.kustomer.*} as the API reads it: the webhook receiver and, for routing by queue or tag, the
 * Kustomer API it asks about a conversation. Blank values fall back to the environment variables named below
 * (see {@link KustomerWebhookConfiguration}).
 *
 * @param baseUrl the org's API host (env {@code KUSTOMER_BASE_URL}); only needed to route by queue or tag
 * @param apiKey an API key with {@code org.permission.conversation.read} (env {@code KUSTOMER_API_KEY}); only
 *     needed to route by queue or tag
 * @param webhook the receiver of {@code POST /v1/webhooks/kustomer}
 */
@ConfigurationProperties("policyflow.kustomer")
public record KustomerApiProperties(String baseUrl, String apiKey, Webhook webhook) {

  public KustomerApiProperties {
    webhook = webhook == null ? new Webhook(null, null, null, null, null, false, null, null, null) : webhook;
  }

  /**
   * The webhook receiver. Kustomer's signature scheme is unconfirmed, so its parts are settings.
   *
   * @param secret the outbound webhook's {@code token} (env {@code KUSTOMER_WEBHOOK_SECRET}); blank turns the
   *     endpoint off (404)
   * @param signatureHeader default {@code X-Kustomer-Webhook-Signature}
   * @param timestampHeader a timestamp header; when a delivery has it, the signature covers {@code
   *     <timestamp>.<body>} and a delivery older than {@code maxAge} is refused (default {@code
   *     X-Kustomer-Webhook-Timestamp})
   * @param signatureEncoding {@code auto} (hex or Base64, default), {@code hex} or {@code base64}; an optional
   *     {@code sha256=} prefix is accepted
   * @param maxAge how old (or how far in the future) a timestamped delivery may be; default 5 minutes
   * @param requireTimestamp refuse deliveries without the timestamp header (default false)
   * @param maxBodySize larger bodies are refused with 413 (default 1 MB; Kustomer's own hooks take 400 KB)
   * @param routing which conversations are the refund bot's
   * @param lookupTimeout timeout of the conversation lookup used for routing (default 3 s)
   */
  public record Webhook(
      String secret,
      String signatureHeader,
      String timestampHeader,
      SignatureEncoding signatureEncoding,
      Duration maxAge,
      boolean requireTimestamp,
      DataSize maxBodySize,
      Routing routing,
      Duration lookupTimeout) {

    public Webhook {
      signatureHeader = blank(signatureHeader) ? "X-Kustomer-Webhook-Signature" : signatureHeader.strip();
      timestampHeader = blank(timestampHeader) ? "X-Kustomer-Webhook-Timestamp" : timestampHeader.strip();
      signatureEncoding = signatureEncoding == null ? SignatureEncoding.AUTO : signatureEncoding;
      maxAge = maxAge == null || maxAge.isNegative() || maxAge.isZero() ? Duration.ofMinutes(5) : maxAge;
      maxBodySize = maxBodySize == null || maxBodySize.toBytes() <= 0 ? DataSize.ofMegabytes(1) : maxBodySize;
      routing = routing == null ? new Routing(null, null) : routing;
      lookupTimeout = lookupTimeout == null || lookupTimeout.isNegative() || lookupTimeout.isZero()
          ? Duration.ofSeconds(3) : lookupTimeout;
    }

    /** Never shows the secret. */
    @Override
    public String toString() {
      return "Webhook[secret=" + (blank(secret) ? "<none>" : "***") + ", signatureHeader=" + signatureHeader
          + ", timestampHeader=" + timestampHeader + ", signatureEncoding=" + signatureEncoding + ", maxAge="
          + maxAge + ", requireTimestamp=" + requireTimestamp + ", routing=" + routing + "]";
    }
  }

  /**
   * Which conversations start the refund bot. Both blank: every inbound message of every conversation. A
   * conversation already handled by the bot is always joined (its transcript records the message).
   *
   * @param queueId the conversation's queue must be this one (env {@code KUSTOMER_ROUTING_QUEUE_ID})
   * @param tag the conversation must carry this tag, by id (what Kustomer reports) or name (env {@code
   *     KUSTOMER_ROUTING_TAG})
   */
  public record Routing(String queueId, String tag) {}

  /** How the HMAC is written in the signature header. */
  public enum SignatureEncoding {
    AUTO,
    HEX,
    BASE64
  }

  /** Never shows the key. */
  @Override
  public String toString() {
    return "KustomerApiProperties[baseUrl=" + baseUrl + ", apiKey=" + (blank(apiKey) ? "<none>" : "***")
        + ", webhook=" + webhook + "]";
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
