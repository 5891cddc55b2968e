package io.policyflow.activities.channel;

import java.time.Duration;

/**
 * Where the channel activity pushes bot messages and handoffs.
 *
 * @param url the chat backend's webhook; null or blank turns delivery off
 * @param secret the HMAC-SHA256 key of {@code webhook-signature} (a {@code whsec_<Base64>} secret
 *     is decoded, any other is its UTF-8 bytes) and of the deprecated {@code
 *     X-Policyflow-Signature} (always its UTF-8 bytes); required whenever {@code url} is set
 * @param timeout connect and response timeout; default 10 s
 */
public record WebhookChannelConfig(String url, String secret, Duration timeout) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  public WebhookChannelConfig {
    url = url == null || url.isBlank() ? null : url.strip();
    timeout =
        timeout == null || timeout.isZero() || timeout.isNegative() ? DEFAULT_TIMEOUT : timeout;
  }

  /** No destination: delivery does nothing. */
  public static WebhookChannelConfig disabled() {
    return new WebhookChannelConfig(null, null, null);
  }

  public boolean enabled() {
    return url != null;
  }

  /** Never prints the secret. */
  @Override
  public String toString() {
    return "WebhookChannelConfig[url="
        + url
        + ", secret="
        + (secret == null ? "null" : "***")
        + ", timeout="
        + timeout
        + "]";
  }
}
