package io.policyflow.worker;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code policyflow.channel.*}: where the bot pushes what it says on its own (env {@code CHAT_WEBHOOK_URL},
 * {@code CHAT_WEBHOOK_SECRET}). No URL: messages only go into the transcript.
 */
@ConfigurationProperties("policyflow.channel")
public class ChannelProperties {

  private String webhookUrl;
  private String webhookSecret;
  private Duration timeout = Duration.ofSeconds(10);

  public String getWebhookUrl() {
    return webhookUrl;
  }

  public void setWebhookUrl(String webhookUrl) {
    this.webhookUrl = webhookUrl;
  }

  public String getWebhookSecret() {
    return webhookSecret;
  }

  public void setWebhookSecret(String webhookSecret) {
    this.webhookSecret = webhookSecret;
  }

  public Duration getTimeout() {
    return timeout;
  }

  public void setTimeout(Duration timeout) {
    this.timeout = timeout;
  }
}
