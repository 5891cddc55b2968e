package io.policyflow.kustomer.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * How a {@link KustomerSandbox} runs. Build with {@link #builder()}; every field has a default.
 *
 * @param port TCP port, 0 for a random free one (default 0)
 * @param bindAddress address to bind (default {@code 127.0.0.1})
 * @param apiKey the API key accepted as {@code Authorization: Bearer <key>} (default {@link
 *     #DEFAULT_API_KEY})
 * @param apiKeyRoles the roles of that key; a route needing another role answers 403 (default
 *     {@link #ALL_ROLES})
 * @param webhookSecret the token outbound webhooks are signed with (Kustomer hands it out when a
 *     webhook is created; here it is fixed so a local stack can be configured before it starts)
 * @param webhookUrl where signed deliveries go; null until {@link KustomerSandbox#subscribe} is
 *     called
 * @param signatureHeader the signature header (default {@code X-Kustomer-Webhook-Signature})
 * @param timestampHeader a timestamp header (epoch seconds) that is also signed ({@code
 *     <ts>.<body>}); null signs the raw body only (default {@code X-Kustomer-Webhook-Timestamp}).
 *     Kustomer's real scheme is unconfirmed: this is the simulator's, and the receiver is
 *     configurable to match either.
 * @param signatureEncoding hex (default) or Base64 HMAC-SHA256
 * @param clock "now" for timestamps, rate-limit windows and the demo data's relative dates
 * @param orgRateLimitPerMinute API calls per 60 s window for the whole org (default 1000,
 *     Enterprise)
 * @param createLimitPerCustomerPerMinute messages/notes/drafts/conversations created per customer
 *     per minute (default 120)
 * @param sendRetryAfter also send {@code Retry-After} on 429 (default false: Kustomer's is
 *     unconfirmed, so clients must cope with {@code x-ratelimit-reset} alone)
 * @param resetFormat how {@code x-ratelimit-reset} is written (default seconds until the window
 *     resets)
 * @param webhookMaxAttempts delivery attempts per event before giving up (default 10, as Kustomer)
 * @param webhookRetryDelay first retry delay, doubled per attempt (default 1 s; Kustomer spreads
 *     ~10 attempts over ~80 minutes)
 * @param webhookDisableAfterFailures events that exhausted their attempts before the webhook is
 *     disabled (default 3)
 * @param emitOutboundEvents also emit {@code kustomer.message.create} for outbound (bot/agent)
 *     messages and {@code kustomer.conversation.update} for API updates, as Kustomer does (default
 *     true)
 * @param orderKlass the Klass name of the demo orders (default {@code ecomm-order})
 * @param demoData load the demo org (default true)
 */
public record KustomerSandboxConfig(
    int port,
    String bindAddress,
    String apiKey,
    Set<String> apiKeyRoles,
    String webhookSecret,
    String webhookUrl,
    String signatureHeader,
    String timestampHeader,
    SignatureEncoding signatureEncoding,
    Clock clock,
    int orgRateLimitPerMinute,
    int createLimitPerCustomerPerMinute,
    boolean sendRetryAfter,
    ResetFormat resetFormat,
    int webhookMaxAttempts,
    Duration webhookRetryDelay,
    int webhookDisableAfterFailures,
    boolean emitOutboundEvents,
    String orderKlass,
    boolean demoData) {

  public static final String DEFAULT_API_KEY = "kustomer-sandbox-api-key";
  public static final String DEFAULT_WEBHOOK_SECRET = "kustomer-sandbox-webhook-secret";
  public static final String DEFAULT_SIGNATURE_HEADER = "X-Kustomer-Webhook-Signature";
  public static final String DEFAULT_TIMESTAMP_HEADER = "X-Kustomer-Webhook-Timestamp";
  public static final String DEFAULT_ORDER_KLASS = "ecomm-order";

  /**
   * Every role a refund bot's key needs (see docs/kustomer.md), plus webhook and klass management.
   */
  public static final Set<String> ALL_ROLES =
      Set.of(
          Roles.CUSTOMER_READ,
          Roles.CONVERSATION_READ,
          Roles.CONVERSATION_UPDATE,
          Roles.MESSAGE_CREATE,
          Roles.NOTE_CREATE,
          Roles.KLASS_READ,
          Roles.OUTBOUND_WEBHOOK);

  /** How {@code x-ratelimit-reset} is written. */
  public enum ResetFormat {
    /** Seconds until the window resets. */
    SECONDS,
    /** The reset instant as epoch seconds. */
    EPOCH_SECONDS
  }

  /** Encoding of the HMAC in the signature header. */
  public enum SignatureEncoding {
    HEX,
    BASE64
  }

  /** Kustomer role names (permission sets) the simulator checks. */
  public static final class Roles {
    public static final String CUSTOMER_READ = "org.permission.customer.read";
    public static final String CONVERSATION_READ = "org.permission.conversation.read";
    public static final String CONVERSATION_UPDATE = "org.permission.conversation.update";
    public static final String MESSAGE_CREATE = "org.permission.message.create";
    public static final String NOTE_CREATE = "org.permission.note.create";
    public static final String KLASS_READ = "org.permission.klass.read";
    public static final String OUTBOUND_WEBHOOK = "org.permission.outbound_webhook";

    private Roles() {}
  }

  public KustomerSandboxConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    bindAddress = blankTo(bindAddress, "127.0.0.1");
    apiKey = blankTo(apiKey, DEFAULT_API_KEY);
    apiKeyRoles = apiKeyRoles == null ? ALL_ROLES : Set.copyOf(apiKeyRoles);
    webhookSecret = blankTo(webhookSecret, DEFAULT_WEBHOOK_SECRET);
    webhookUrl = webhookUrl == null || webhookUrl.isBlank() ? null : webhookUrl.strip();
    signatureHeader = blankTo(signatureHeader, DEFAULT_SIGNATURE_HEADER);
    timestampHeader =
        timestampHeader == null || timestampHeader.isBlank() ? null : timestampHeader.strip();
    signatureEncoding = signatureEncoding == null ? SignatureEncoding.HEX : signatureEncoding;
    clock = clock == null ? Clock.systemUTC() : clock;
    if (orgRateLimitPerMinute <= 0 || createLimitPerCustomerPerMinute <= 0) {
      throw new IllegalArgumentException("rate limits must be positive");
    }
    resetFormat = resetFormat == null ? ResetFormat.SECONDS : resetFormat;
    if (webhookMaxAttempts < 1) {
      throw new IllegalArgumentException("webhookMaxAttempts must be at least 1");
    }
    webhookRetryDelay =
        webhookRetryDelay == null || webhookRetryDelay.isNegative()
            ? Duration.ofSeconds(1)
            : webhookRetryDelay;
    if (webhookDisableAfterFailures < 1) {
      throw new IllegalArgumentException("webhookDisableAfterFailures must be at least 1");
    }
    orderKlass = blankTo(orderKlass, DEFAULT_ORDER_KLASS);
  }

  public static KustomerSandboxConfig defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .port(port)
        .bindAddress(bindAddress)
        .apiKey(apiKey)
        .apiKeyRoles(apiKeyRoles)
        .webhookSecret(webhookSecret)
        .webhookUrl(webhookUrl)
        .signatureHeader(signatureHeader)
        .timestampHeader(timestampHeader)
        .signatureEncoding(signatureEncoding)
        .clock(clock)
        .orgRateLimitPerMinute(orgRateLimitPerMinute)
        .createLimitPerCustomerPerMinute(createLimitPerCustomerPerMinute)
        .sendRetryAfter(sendRetryAfter)
        .resetFormat(resetFormat)
        .webhookMaxAttempts(webhookMaxAttempts)
        .webhookRetryDelay(webhookRetryDelay)
        .webhookDisableAfterFailures(webhookDisableAfterFailures)
        .emitOutboundEvents(emitOutboundEvents)
        .orderKlass(orderKlass)
        .demoData(demoData);
  }

  /** Never prints the key or the secret. */
  @Override
  public String toString() {
    return "KustomerSandboxConfig[port="
        + port
        + ", bindAddress="
        + bindAddress
        + ", apiKey=***, roles="
        + apiKeyRoles
        + ", webhookSecret=***, webhookUrl="
        + webhookUrl
        + ", signatureHeader="
        + signatureHeader
        + ", timestampHeader="
        + timestampHeader
        + ", encoding="
        + signatureEncoding
        + ", orgRateLimit="
        + orgRateLimitPerMinute
        + "/min, createLimit="
        + createLimitPerCustomerPerMinute
        + "/min/customer]";
  }

  private static String blankTo(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  /** Fluent builder; defaults as documented on {@link KustomerSandboxConfig}. */
  public static final class Builder {
    private int port;
    private String bindAddress = "127.0.0.1";
    private String apiKey = DEFAULT_API_KEY;
    private Set<String> apiKeyRoles = ALL_ROLES;
    private String webhookSecret = DEFAULT_WEBHOOK_SECRET;
    private String webhookUrl;
    private String signatureHeader = DEFAULT_SIGNATURE_HEADER;
    private String timestampHeader = DEFAULT_TIMESTAMP_HEADER;
    private SignatureEncoding signatureEncoding = SignatureEncoding.HEX;
    private Clock clock = Clock.systemUTC();
    private int orgRateLimitPerMinute = 1000;
    private int createLimitPerCustomerPerMinute = 120;
    private boolean sendRetryAfter;
    private ResetFormat resetFormat = ResetFormat.SECONDS;
    private int webhookMaxAttempts = 10;
    private Duration webhookRetryDelay = Duration.ofSeconds(1);
    private int webhookDisableAfterFailures = 3;
    private boolean emitOutboundEvents = true;
    private String orderKlass = DEFAULT_ORDER_KLASS;
    private boolean demoData = true;

    private Builder() {}

    public Builder port(int port) {
      this.port = port;
      return this;
    }

    public Builder bindAddress(String bindAddress) {
      this.bindAddress = bindAddress;
      return this;
    }

    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    public Builder apiKeyRoles(Set<String> roles) {
      this.apiKeyRoles = roles == null ? null : new LinkedHashSet<>(roles);
      return this;
    }

    public Builder webhookSecret(String webhookSecret) {
      this.webhookSecret = webhookSecret;
      return this;
    }

    public Builder webhookUrl(String webhookUrl) {
      this.webhookUrl = webhookUrl;
      return this;
    }

    public Builder signatureHeader(String signatureHeader) {
      this.signatureHeader = signatureHeader;
      return this;
    }

    /** Null: no timestamp, the raw body is signed. */
    public Builder timestampHeader(String timestampHeader) {
      this.timestampHeader = timestampHeader;
      return this;
    }

    public Builder signatureEncoding(SignatureEncoding signatureEncoding) {
      this.signatureEncoding = signatureEncoding;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public Builder orgRateLimitPerMinute(int limit) {
      this.orgRateLimitPerMinute = limit;
      return this;
    }

    public Builder createLimitPerCustomerPerMinute(int limit) {
      this.createLimitPerCustomerPerMinute = limit;
      return this;
    }

    public Builder sendRetryAfter(boolean sendRetryAfter) {
      this.sendRetryAfter = sendRetryAfter;
      return this;
    }

    public Builder resetFormat(ResetFormat resetFormat) {
      this.resetFormat = resetFormat;
      return this;
    }

    public Builder webhookMaxAttempts(int attempts) {
      this.webhookMaxAttempts = attempts;
      return this;
    }

    public Builder webhookRetryDelay(Duration delay) {
      this.webhookRetryDelay = delay;
      return this;
    }

    public Builder webhookDisableAfterFailures(int failures) {
      this.webhookDisableAfterFailures = failures;
      return this;
    }

    public Builder emitOutboundEvents(boolean emit) {
      this.emitOutboundEvents = emit;
      return this;
    }

    public Builder orderKlass(String orderKlass) {
      this.orderKlass = orderKlass;
      return this;
    }

    public Builder demoData(boolean demoData) {
      this.demoData = demoData;
      return this;
    }

    public KustomerSandboxConfig build() {
      return new KustomerSandboxConfig(
          port,
          bindAddress,
          apiKey,
          apiKeyRoles,
          webhookSecret,
          webhookUrl,
          signatureHeader,
          timestampHeader,
          signatureEncoding,
          clock,
          orgRateLimitPerMinute,
          createLimitPerCustomerPerMinute,
          sendRetryAfter,
          resetFormat,
          webhookMaxAttempts,
          webhookRetryDelay,
          webhookDisableAfterFailures,
          emitOutboundEvents,
          orderKlass,
          demoData);
    }
  }
}
