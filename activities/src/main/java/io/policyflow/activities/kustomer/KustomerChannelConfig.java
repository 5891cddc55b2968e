package io.policyflow.activities.kustomer;

import java.time.Duration;
import java.util.List;

/**
 * How the bot speaks in Kustomer and how it hands a conversation to humans.
 *
 * @param mode how a bot message reaches the customer; {@link OutboundMode#AUTO} picks by the
 *     conversation's channel
 * @param senderUserId the org user the bot's chat messages are sent as ({@code from}); required
 *     unless {@code mode} is DRAFT or MESSAGE
 * @param defaultChannel the channel assumed when a conversation reports none (default {@code chat})
 * @param messageApp the {@code app} of message records (MESSAGE mode; default {@code policyflow})
 * @param emailApp the {@code app} of email drafts ({@code postmark} or {@code gmail}; default
 *     postmark)
 * @param emailFrom the sender address of email drafts (required to use DRAFT for email)
 * @param emailFromName the sender name of email drafts
 * @param draftDelay how far ahead {@code sendAt} is set (whether "now" sends at once is
 *     unconfirmed; default 5 s)
 * @param includeOptions append the quick replies to the text ("• option" lines; Kustomer's chat API
 *     has no field for them that we know of)
 * @param handoffTags tags appended on handoff (default {@code refund-bot-handoff})
 * @param handoffQueueId the queue handed-off conversations go to (null: keep the queue)
 * @param handoffTeamIds teams assigned on handoff (at most 10)
 * @param handoffUserIds users assigned on handoff (at most 10)
 * @param handoffPriority priority set on handoff, 1..5 (null: keep)
 * @param handoffStateAttribute a conversation custom attribute set to {@code "handoff"} (must end
 *     in {@code Str}, e.g. {@code refundBotStateStr}; null: none)
 * @param noteMaxChars the handoff note is cut at this length (default 20,000; Kustomer's limit is
 *     unconfirmed)
 */
public record KustomerChannelConfig(
    OutboundMode mode,
    String senderUserId,
    String defaultChannel,
    String messageApp,
    String emailApp,
    String emailFrom,
    String emailFromName,
    Duration draftDelay,
    boolean includeOptions,
    List<String> handoffTags,
    String handoffQueueId,
    List<String> handoffTeamIds,
    List<String> handoffUserIds,
    Integer handoffPriority,
    String handoffStateAttribute,
    int noteMaxChars) {

  public static final String DEFAULT_HANDOFF_TAG = "refund-bot-handoff";

  /** How a bot message reaches the customer. */
  public enum OutboundMode {
    /**
     * chat: CHAT; email: DRAFT (when an email sender is configured); any other channel: MESSAGE.
     */
    AUTO,
    /** {@code POST /v2.1/chat/outbound/messages} (Kustomer Chat; delivered in real time). */
    CHAT,
    /** {@code POST /v1/customers/{id}/drafts} with {@code sendAt} (email). */
    DRAFT,
    /**
     * {@code POST /v1/conversations/{id}/messages} (a timeline record; delivery is the channel
     * app's job).
     */
    MESSAGE
  }

  public KustomerChannelConfig {
    mode = mode == null ? OutboundMode.AUTO : mode;
    senderUserId = blankToNull(senderUserId);
    defaultChannel = blankToNull(defaultChannel) == null ? "chat" : defaultChannel.strip();
    messageApp = blankToNull(messageApp) == null ? "policyflow" : messageApp.strip();
    emailApp = blankToNull(emailApp) == null ? "postmark" : emailApp.strip();
    emailFrom = blankToNull(emailFrom);
    emailFromName = blankToNull(emailFromName);
    draftDelay = draftDelay == null || draftDelay.isNegative() ? Duration.ofSeconds(5) : draftDelay;
    handoffTags = handoffTags == null ? List.of(DEFAULT_HANDOFF_TAG) : clean(handoffTags);
    handoffQueueId = blankToNull(handoffQueueId);
    handoffTeamIds = handoffTeamIds == null ? List.of() : clean(handoffTeamIds);
    handoffUserIds = handoffUserIds == null ? List.of() : clean(handoffUserIds);
    if (handoffPriority != null && (handoffPriority < 1 || handoffPriority > 5)) {
      throw new IllegalArgumentException(
          "Kustomer handoff priority must be 1..5, got " + handoffPriority);
    }
    handoffStateAttribute = blankToNull(handoffStateAttribute);
    if (handoffStateAttribute != null
        && !handoffStateAttribute.matches("[a-zA-Z][a-zA-Z0-9]*Str")) {
      throw new IllegalArgumentException(
          "The Kustomer handoff state attribute must be a custom attribute name"
              + " ending in Str (e.g. refundBotStateStr), got "
              + handoffStateAttribute);
    }
    if (handoffTeamIds.size() > 10 || handoffUserIds.size() > 10) {
      throw new IllegalArgumentException("Kustomer assigns at most 10 teams and 10 users");
    }
    noteMaxChars = noteMaxChars < 200 ? 20_000 : noteMaxChars;
    if ((mode == OutboundMode.CHAT || mode == OutboundMode.AUTO) && senderUserId == null) {
      throw new IllegalArgumentException(
          "Kustomer chat replies need the id of the user the bot speaks as"
              + " (policyflow.kustomer.outbound.sender-user-id / KUSTOMER_BOT_USER_ID), or outbound mode MESSAGE/DRAFT");
    }
    if (mode == OutboundMode.DRAFT && emailFrom == null) {
      throw new IllegalArgumentException(
          "Kustomer email drafts need a sender address"
              + " (policyflow.kustomer.outbound.email-from)");
    }
  }

  /** Chat replies as {@code senderUserId}, everything else defaulted. */
  public static KustomerChannelConfig chat(String senderUserId) {
    return new KustomerChannelConfig(
        OutboundMode.AUTO,
        senderUserId,
        null,
        null,
        null,
        null,
        null,
        null,
        true,
        null,
        null,
        null,
        null,
        null,
        null,
        0);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static List<String> clean(List<String> values) {
    return values.stream()
        .filter(v -> v != null && !v.isBlank())
        .map(String::strip)
        .distinct()
        .toList();
  }
}
