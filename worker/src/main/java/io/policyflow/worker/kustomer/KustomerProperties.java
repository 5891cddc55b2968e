package io.policyflow.worker.kustomer;

import io.policyflow.activities.kustomer.KustomerChannelConfig;
import io.policyflow.activities.kustomer.KustomerConfig;
import io.policyflow.activities.kustomer.KustomerOrderMapping;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code policyflow.kustomer.*} as the worker reads it: the API, where orders are in Kustomer, how the bot speaks
 * and how it hands off. Used when {@code policyflow.lookups.platform=kustomer} and/or {@code
 * policyflow.channel.type=kustomer}. Blank {@code base-url}, {@code api-key}, {@code outbound.sender-user-id},
 * {@code handoff.queue-id} and {@code handoff.team-ids} fall back to {@code KUSTOMER_BASE_URL}, {@code
 * KUSTOMER_API_KEY}, {@code KUSTOMER_BOT_USER_ID}, {@code KUSTOMER_HANDOFF_QUEUE_ID} and {@code
 * KUSTOMER_HANDOFF_TEAM_IDS} (comma-separated).
 */
@ConfigurationProperties("policyflow.kustomer")
public class KustomerProperties {

  /** The org's API host, e.g. {@code https://acme.api.kustomerapp.com}. */
  private String baseUrl;
  /** An API key (Settings → Security → API Keys) with the roles listed in docs/kustomer.md. */
  private String apiKey;
  private Duration connectTimeout = KustomerConfig.DEFAULT_CONNECT_TIMEOUT;
  private Duration readTimeout = KustomerConfig.DEFAULT_READ_TIMEOUT;
  /** How {@code x-ratelimit-reset} is read (unconfirmed in Kustomer's docs): auto, seconds, epoch-seconds, epoch-millis. */
  private KustomerConfig.ResetFormat rateLimitReset = KustomerConfig.ResetFormat.AUTO;
  /** The longest wait a 429 may impose before Temporal's next retry. */
  private Duration maxRateLimitDelay = KustomerConfig.DEFAULT_MAX_RATE_LIMIT_DELAY;
  private final Orders orders = new Orders();
  private final Customers customers = new Customers();
  private final Outbound outbound = new Outbound();
  private final Handoff handoff = new Handoff();

  KustomerConfig toConfig(String resolvedBaseUrl, String resolvedApiKey) {
    return new KustomerConfig(resolvedBaseUrl, resolvedApiKey, connectTimeout, readTimeout, rateLimitReset,
        maxRateLimitDelay);
  }

  KustomerOrderMapping toMapping() {
    return new KustomerOrderMapping(orders.klass, orders.number, orders.placedAt, orders.state, orders.total,
        orders.currency, orders.defaultCurrency, orders.items, orders.itemName, orders.magentoOrderId,
        customers.magentoId, orders.maxPages);
  }

  KustomerChannelConfig toChannelConfig(String senderUserId, String queueId, List<String> teamIds) {
    return new KustomerChannelConfig(outbound.mode, senderUserId, outbound.defaultChannel, outbound.messageApp,
        outbound.emailApp, outbound.emailFrom, outbound.emailFromName, outbound.draftDelay, outbound.includeOptions,
        handoff.tags, queueId, teamIds, handoff.userIds, handoff.priority, handoff.stateAttribute,
        handoff.noteMaxChars);
  }

  /** Where orders are: the commerce Klass and paths into each KObject's attributes. */
  public static class Orders {
    private String klass = KustomerOrderMapping.DEFAULT_KLASS;
    private String number = "custom.orderNumberStr";
    private String placedAt = "custom.orderCreatedAt";
    private String state = "custom.orderStatusStr";
    private String total = "custom.totalPriceNum";
    private String currency = "custom.currencyStr";
    private String defaultCurrency = "USD";
    private String items = "data.items";
    private String itemName = "name";
    /** Blank: the Magento order is found by number (safe); else a path to its entity_id. */
    private String magentoOrderId;
    private int maxPages = 5;

    public String getKlass() {
      return klass;
    }

    public void setKlass(String klass) {
      this.klass = klass;
    }

    public String getNumber() {
      return number;
    }

    public void setNumber(String number) {
      this.number = number;
    }

    public String getPlacedAt() {
      return placedAt;
    }

    public void setPlacedAt(String placedAt) {
      this.placedAt = placedAt;
    }

    public String getState() {
      return state;
    }

    public void setState(String state) {
      this.state = state;
    }

    public String getTotal() {
      return total;
    }

    public void setTotal(String total) {
      this.total = total;
    }

    public String getCurrency() {
      return currency;
    }

    public void setCurrency(String currency) {
      this.currency = currency;
    }

    public String getDefaultCurrency() {
      return defaultCurrency;
    }

    public void setDefaultCurrency(String defaultCurrency) {
      this.defaultCurrency = defaultCurrency;
    }

    public String getItems() {
      return items;
    }

    public void setItems(String items) {
      this.items = items;
    }

    public String getItemName() {
      return itemName;
    }

    public void setItemName(String itemName) {
      this.itemName = itemName;
    }

    public String getMagentoOrderId() {
      return magentoOrderId;
    }

    public void setMagentoOrderId(String magentoOrderId) {
      this.magentoOrderId = magentoOrderId;
    }

    public int getMaxPages() {
      return maxPages;
    }

    public void setMaxPages(int maxPages) {
      this.maxPages = maxPages;
    }
  }

  /** The customer's Magento id on the Kustomer customer (for the handoff summary). */
  public static class Customers {
    private String magentoId = "externalId";

    public String getMagentoId() {
      return magentoId;
    }

    public void setMagentoId(String magentoId) {
      this.magentoId = magentoId;
    }
  }

  /** How bot messages reach the customer. */
  public static class Outbound {
    private KustomerChannelConfig.OutboundMode mode = KustomerChannelConfig.OutboundMode.AUTO;
    /** The Kustomer user the bot's chat messages are sent as (env KUSTOMER_BOT_USER_ID). */
    private String senderUserId;
    private String defaultChannel = "chat";
    private String messageApp = "policyflow";
    private String emailApp = "postmark";
    private String emailFrom;
    private String emailFromName;
    private Duration draftDelay = Duration.ofSeconds(5);
    private boolean includeOptions = true;

    public KustomerChannelConfig.OutboundMode getMode() {
      return mode;
    }

    public void setMode(KustomerChannelConfig.OutboundMode mode) {
      this.mode = mode;
    }

    public String getSenderUserId() {
      return senderUserId;
    }

    public void setSenderUserId(String senderUserId) {
      this.senderUserId = senderUserId;
    }

    public String getDefaultChannel() {
      return defaultChannel;
    }

    public void setDefaultChannel(String defaultChannel) {
      this.defaultChannel = defaultChannel;
    }

    public String getMessageApp() {
      return messageApp;
    }

    public void setMessageApp(String messageApp) {
      this.messageApp = messageApp;
    }

    public String getEmailApp() {
      return emailApp;
    }

    public void setEmailApp(String emailApp) {
      this.emailApp = emailApp;
    }

    public String getEmailFrom() {
      return emailFrom;
    }

    public void setEmailFrom(String emailFrom) {
      this.emailFrom = emailFrom;
    }

    public String getEmailFromName() {
      return emailFromName;
    }

    public void setEmailFromName(String emailFromName) {
      this.emailFromName = emailFromName;
    }

    public Duration getDraftDelay() {
      return draftDelay;
    }

    public void setDraftDelay(Duration draftDelay) {
      this.draftDelay = draftDelay;
    }

    public boolean isIncludeOptions() {
      return includeOptions;
    }

    public void setIncludeOptions(boolean includeOptions) {
      this.includeOptions = includeOptions;
    }
  }

  /** What a handoff does in Kustomer. */
  public static class Handoff {
    private List<String> tags = new ArrayList<>(List.of(KustomerChannelConfig.DEFAULT_HANDOFF_TAG));
    /** The queue for humans (env KUSTOMER_HANDOFF_QUEUE_ID). */
    private String queueId;
    /** Teams to assign (env KUSTOMER_HANDOFF_TEAM_IDS, comma-separated). */
    private List<String> teamIds = new ArrayList<>();
    private List<String> userIds = new ArrayList<>();
    private Integer priority;
    /** A custom attribute (…Str) set to "handoff", e.g. refundBotStateStr; blank: none. */
    private String stateAttribute;
    private int noteMaxChars = 20_000;

    public List<String> getTags() {
      return tags;
    }

    public void setTags(List<String> tags) {
      this.tags = tags;
    }

    public String getQueueId() {
      return queueId;
    }

    public void setQueueId(String queueId) {
      this.queueId = queueId;
    }

    public List<String> getTeamIds() {
      return teamIds;
    }

    public void setTeamIds(List<String> teamIds) {
      this.teamIds = teamIds;
    }

    public List<String> getUserIds() {
      return userIds;
    }

    public void setUserIds(List<String> userIds) {
      this.userIds = userIds;
    }

    public Integer getPriority() {
      return priority;
    }

    public void setPriority(Integer priority) {
      this.priority = priority;
    }

    public String getStateAttribute() {
      return stateAttribute;
    }

    public void setStateAttribute(String stateAttribute) {
      this.stateAttribute = stateAttribute;
    }

    public int getNoteMaxChars() {
      return noteMaxChars;
    }

    public void setNoteMaxChars(int noteMaxChars) {
      this.noteMaxChars = noteMaxChars;
    }
  }

  public String getBaseUrl() {
    return baseUrl;
  }

  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public String getApiKey() {
    return apiKey;
  }

  public void setApiKey(String apiKey) {
    this.apiKey = apiKey;
  }

  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  public Duration getReadTimeout() {
    return readTimeout;
  }

  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  public KustomerConfig.ResetFormat getRateLimitReset() {
    return rateLimitReset;
  }

  public void setRateLimitReset(KustomerConfig.ResetFormat rateLimitReset) {
    this.rateLimitReset = rateLimitReset;
  }

  public Duration getMaxRateLimitDelay() {
    return maxRateLimitDelay;
  }

  public void setMaxRateLimitDelay(Duration maxRateLimitDelay) {
    this.maxRateLimitDelay = maxRateLimitDelay;
  }

  public Orders getOrders() {
    return orders;
  }

  public Customers getCustomers() {
    return customers;
  }

  public Outbound getOutbound() {
    return outbound;
  }

  public Handoff getHandoff() {
    return handoff;
  }

  /** Never shows the key. */
  @Override
  public String toString() {
    return "KustomerProperties[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null || apiKey.isBlank() ? "<none>"
        : "***") + ", orders.klass=" + orders.klass + ", outbound.mode=" + outbound.mode + ", handoff.queueId="
        + handoff.queueId + "]";
  }
}
