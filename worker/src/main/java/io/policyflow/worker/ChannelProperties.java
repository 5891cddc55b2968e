package io.policyflow.worker;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the bot pushes what it says on its own ({@code policyflow.channel.*}; env {@code
 * CHAT_WEBHOOK_URL}, {@code CHAT_WEBHOOK_SECRET}). No URL: messages only go into the transcript.
 * ({@code policyflow.channel.type} is read by {@link
 * io.policyflow.worker.kustomer.PlatformSelection}.)
 *
 * @param webhookUrl Where follow-ups, reminders, replies to slow turns and handoffs are POSTed.
 *     Blank: nowhere.
 * @param webhookSecret HMAC-SHA256 key of the X-Policyflow-Signature header; required with a URL.
 * @param timeout Timeout of one delivery.
 */
@ConfigurationProperties("policyflow.channel")
@Validated
public record ChannelProperties(
    String webhookUrl,
    String webhookSecret,
    @DefaultValue("10s") @DurationMin(nanos = 1) Duration timeout) {

  /** Never shows the secret. */
  @Override
  public String toString() {
    return "ChannelProperties[webhookUrl="
        + webhookUrl
        + ", webhookSecret="
        + (webhookSecret == null || webhookSecret.isBlank() ? "<none>" : "<set>")
        + ", timeout="
        + timeout
        + "]";
  }
}
