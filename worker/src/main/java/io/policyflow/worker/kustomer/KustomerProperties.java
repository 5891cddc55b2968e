package io.policyflow.worker.kustomer;

import io.policyflow.activities.kustomer.KustomerChannelConfig;
import io.policyflow.activities.kustomer.KustomerConfig;
import io.policyflow.activities.kustomer.KustomerOrderMapping;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code policyflow.kustomer.*} as the worker reads it: the API, where orders are in Kustomer, how
 * the bot speaks and how it hands off. Used when {@code policyflow.lookups.platform=kustomer}
 * and/or {@code policyflow.channel.type=kustomer}. {@code KUSTOMER_BASE_URL}, {@code
 * KUSTOMER_API_KEY}, {@code KUSTOMER_BOT_USER_ID}, {@code KUSTOMER_HANDOFF_QUEUE_ID} and {@code
 * KUSTOMER_HANDOFF_TEAM_IDS} (comma-separated) are aliases of {@code base-url}, {@code api-key},
 * {@code outbound.sender-user-id}, {@code handoff.queue-id} and {@code handoff.team-ids}.
 *
 * @param baseUrl The org's API host, e.g. https://acme.api.kustomerapp.com.
 * @param apiKey An API key (Settings, Security, API Keys) with the roles listed in the README.
 * @param connectTimeout Connect timeout of every Kustomer call.
 * @param readTimeout Read timeout of every Kustomer call.
 * @param rateLimitReset How x-ratelimit-reset is read (unconfirmed in Kustomer's docs): auto,
 *     seconds, epoch-seconds, epoch-millis.
 * @param maxRateLimitDelay The longest wait a 429 may impose before Temporal's next retry.
 * @param orders Where orders are: the commerce Klass and paths into each KObject's attributes.
 * @param customers Where the customer's Magento id is.
 * @param outbound How bot messages reach the customer.
 * @param handoff What a handoff does in Kustomer.
 */
@ConfigurationProperties("policyflow.kustomer")
@Validated
public record KustomerProperties(
    String baseUrl,
    String apiKey,
    @DefaultValue("5s") @DurationMin(nanos = 1) Duration connectTimeout,
    @DefaultValue("15s") @DurationMin(nanos = 1) Duration readTimeout,
    @DefaultValue("auto") KustomerConfig.ResetFormat rateLimitReset,
    @DefaultValue("60s") @DurationMin(nanos = 1) Duration maxRateLimitDelay,
    @DefaultValue @Valid Orders orders,
    @DefaultValue @Valid Customers customers,
    @DefaultValue @Valid Outbound outbound,
    @DefaultValue @Valid Handoff handoff) {

  /** True when both the API host and the key are set. */
  boolean apiConfigured() {
    return !blank(baseUrl) && !blank(apiKey);
  }

  KustomerConfig toConfig() {
    return new KustomerConfig(
        baseUrl.strip(),
        apiKey.strip(),
        connectTimeout,
        readTimeout,
        rateLimitReset,
        maxRateLimitDelay);
  }

  KustomerOrderMapping toMapping() {
    return new KustomerOrderMapping(
        orders.klass,
        orders.number,
        orders.placedAt,
        orders.state,
        orders.total,
        orders.currency,
        orders.defaultCurrency,
        orders.items,
        orders.itemName,
        orders.magentoOrderId,
        customers.magentoId,
        orders.maxPages);
  }

  KustomerChannelConfig toChannelConfig() {
    return new KustomerChannelConfig(
        outbound.mode,
        outbound.senderUserId,
        outbound.defaultChannel,
        outbound.messageApp,
        outbound.emailApp,
        outbound.emailFrom,
        outbound.emailFromName,
        outbound.draftDelay,
        outbound.includeOptions,
        handoff.tags,
        handoff.queueId,
        handoff.teamIds,
        handoff.userIds,
        handoff.priority,
        handoff.stateAttribute,
        handoff.noteMaxChars);
  }

  /**
   * Where orders are: the commerce Klass and dotted paths into each KObject's attributes.
   *
   * @param klass The commerce Klass.
   * @param number Path to the order number.
   * @param placedAt Path to the order date.
   * @param state Path to the order state.
   * @param total Path to the order total.
   * @param currency Path to the currency code.
   * @param defaultCurrency The currency when an order has none.
   * @param items Path to the array of order lines.
   * @param itemName Path, in an order line, to its name.
   * @param magentoOrderId Path to the Magento entity_id. Blank: the Magento order is found by
   *     number (safe).
   * @param maxPages Pages of 100 KObjects read at most per customer.
   */
  public record Orders(
      @DefaultValue(KustomerOrderMapping.DEFAULT_KLASS) String klass,
      @DefaultValue("custom.orderNumberStr") String number,
      @DefaultValue("custom.orderCreatedAt") String placedAt,
      @DefaultValue("custom.orderStatusStr") String state,
      @DefaultValue("custom.totalPriceNum") String total,
      @DefaultValue("custom.currencyStr") String currency,
      @DefaultValue("USD") String defaultCurrency,
      @DefaultValue("data.items") String items,
      @DefaultValue("name") String itemName,
      String magentoOrderId,
      @DefaultValue("5") @Positive int maxPages) {}

  /**
   * The customer's Magento id on the Kustomer customer (for the handoff summary).
   *
   * @param magentoId Path to the customer's Magento id (numeric; absent: shown as a guest in the
   *     summary).
   */
  public record Customers(@DefaultValue("externalId") String magentoId) {}

  /**
   * How bot messages reach the customer.
   *
   * @param mode auto (chat: chat API; email: a draft when email-from is set; others: a message
   *     record), chat, draft or message.
   * @param senderUserId The Kustomer user the bot's chat messages are sent as; required for chat.
   * @param defaultChannel The channel assumed when a conversation reports none.
   * @param messageApp The app of message records.
   * @param emailApp The app of email drafts (postmark or gmail).
   * @param emailFrom The sender address of email drafts (required to use drafts for email).
   * @param emailFromName The sender name of email drafts.
   * @param draftDelay How far ahead a draft's sendAt is set.
   * @param includeOptions Append the quick replies to the text as bullet lines.
   */
  public record Outbound(
      @DefaultValue("auto") KustomerChannelConfig.OutboundMode mode,
      String senderUserId,
      @DefaultValue("chat") String defaultChannel,
      @DefaultValue("policyflow") String messageApp,
      @DefaultValue("postmark") String emailApp,
      String emailFrom,
      String emailFromName,
      @DefaultValue("5s") @DurationMin(nanos = 0) Duration draftDelay,
      @DefaultValue("true") boolean includeOptions) {}

  /**
   * What a handoff does in Kustomer.
   *
   * @param tags Tags appended on handoff.
   * @param queueId The queue for humans. Blank: the conversation keeps its queue.
   * @param teamIds Teams assigned on handoff (at most 10).
   * @param userIds Users assigned on handoff (at most 10).
   * @param priority Priority set on handoff, 1 to 5. Blank: kept.
   * @param stateAttribute A conversation custom attribute (ending in Str, e.g. refundBotStateStr)
   *     set to "handoff". Blank: none.
   * @param noteMaxChars The handoff note is cut beyond this length.
   */
  public record Handoff(
      @DefaultValue(KustomerChannelConfig.DEFAULT_HANDOFF_TAG) List<String> tags,
      String queueId,
      @DefaultValue @Size(max = 10) List<String> teamIds,
      @DefaultValue @Size(max = 10) List<String> userIds,
      @Min(1) @Max(5) Integer priority,
      String stateAttribute,
      @DefaultValue("20000") @Min(200) int noteMaxChars) {}

  /** Never shows the key. */
  @Override
  public String toString() {
    return "KustomerProperties[baseUrl="
        + baseUrl
        + ", apiKey="
        + (blank(apiKey) ? "<none>" : "***")
        + ", orders.klass="
        + orders.klass
        + ", outbound.mode="
        + outbound.mode
        + ", handoff.queueId="
        + handoff.queueId
        + "]";
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
