package io.policyflow.api.kustomer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code policyflow.kustomer.*} as the API reads it: the webhook receiver and, for routing by queue
 * or tag, the Kustomer API it asks about a conversation. {@code KUSTOMER_BASE_URL}, {@code
 * KUSTOMER_API_KEY}, {@code KUSTOMER_WEBHOOK_SECRET}, {@code KUSTOMER_ROUTING_QUEUE_ID} and {@code
 * KUSTOMER_ROUTING_TAG} are aliases (see {@code io.policyflow.config.EnvironmentAliases}). Blank
 * values are absent (null), others are stripped.
 *
 * @param baseUrl The org's API host; only needed to route by queue or tag.
 * @param apiKey An API key with org.permission.conversation.read; only needed to route by queue or
 *     tag.
 * @param webhook The receiver of POST /v1/webhooks/kustomer.
 */
@ConfigurationProperties("policyflow.kustomer")
@Validated
public record KustomerApiProperties(
    String baseUrl, String apiKey, @DefaultValue @Valid Webhook webhook) {

  public KustomerApiProperties {
    baseUrl = present(baseUrl);
    apiKey = present(apiKey);
  }

  /**
   * The webhook receiver. Kustomer's signature scheme is unconfirmed, so its parts are settings.
   *
   * @param secret The outbound webhook's token (the HMAC key). Blank turns the endpoint off (404).
   * @param signatureHeader The header carrying the signature.
   * @param timestampHeader A timestamp header; when a delivery has it, the signature covers
   *     timestamp.body and a delivery older than max-age is refused.
   * @param signatureEncoding auto (hex or Base64), hex or base64; an optional sha256= prefix is
   *     accepted.
   * @param maxAge How old (or how far in the future) a timestamped delivery may be.
   * @param requireTimestamp Refuse deliveries without the timestamp header.
   * @param maxBodySize Larger bodies are refused with 413 (Kustomer's own hooks take 400 KB).
   * @param routing Which conversations are the refund bot's.
   * @param lookupTimeout Timeout of the conversation lookup used for routing.
   */
  public record Webhook(
      String secret,
      @DefaultValue("X-Kustomer-Webhook-Signature") @NotBlank String signatureHeader,
      @DefaultValue("X-Kustomer-Webhook-Timestamp") @NotBlank String timestampHeader,
      @DefaultValue("auto") SignatureEncoding signatureEncoding,
      @DefaultValue("5m") @DurationMin(nanos = 1) Duration maxAge,
      @DefaultValue("false") boolean requireTimestamp,
      @DefaultValue("1MB") DataSize maxBodySize,
      @DefaultValue @Valid Routing routing,
      @DefaultValue("3s") @DurationMin(nanos = 1) Duration lookupTimeout) {

    public Webhook {
      secret = present(secret);
      signatureHeader = signatureHeader == null ? null : signatureHeader.strip();
      timestampHeader = timestampHeader == null ? null : timestampHeader.strip();
    }

    @AssertTrue(message = "max-body-size must be positive")
    boolean isMaxBodySizePositive() {
      return maxBodySize != null && maxBodySize.toBytes() > 0;
    }

    /** Never shows the secret. */
    @Override
    public String toString() {
      return "Webhook[secret="
          + (secret == null ? "<none>" : "***")
          + ", signatureHeader="
          + signatureHeader
          + ", timestampHeader="
          + timestampHeader
          + ", signatureEncoding="
          + signatureEncoding
          + ", maxAge="
          + maxAge
          + ", requireTimestamp="
          + requireTimestamp
          + ", routing="
          + routing
          + "]";
    }
  }

  /**
   * Which conversations start the refund bot. Both blank: every inbound message of every
   * conversation. A conversation already handled by the bot is always joined (its transcript
   * records the message).
   *
   * @param queueId The conversation's queue must be this one.
   * @param tag The conversation must carry this tag, by id (what Kustomer reports) or name.
   */
  public record Routing(String queueId, String tag) {

    public Routing {
      queueId = present(queueId);
      tag = present(tag);
    }
  }

  /** How the HMAC is written in the signature header. */
  public enum SignatureEncoding {
    AUTO,
    HEX,
    BASE64
  }

  /** Never shows the key. */
  @Override
  public String toString() {
    return "KustomerApiProperties[baseUrl="
        + baseUrl
        + ", apiKey="
        + (apiKey == null ? "<none>" : "***")
        + ", webhook="
        + webhook
        + "]";
  }

  /** Null for blank, stripped otherwise. */
  private static String present(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
