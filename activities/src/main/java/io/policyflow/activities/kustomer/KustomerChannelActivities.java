package io.policyflow.activities.kustomer;

import io.policyflow.activities.kustomer.KustomerChannelConfig.OutboundMode;
import io.policyflow.activities.kustomer.dto.ChatMessageRequest;
import io.policyflow.activities.kustomer.dto.ConversationUpdate;
import io.policyflow.activities.kustomer.dto.DraftRequest;
import io.policyflow.activities.kustomer.dto.KustomerResource;
import io.policyflow.activities.kustomer.dto.MessageRequest;
import io.policyflow.activities.kustomer.dto.NoteRequest;
import io.policyflow.refund.channel.ChannelActivities;
import io.policyflow.refund.channel.ChannelEvent;
import io.policyflow.refund.channel.ChannelFailures;
import io.policyflow.refund.conversation.Author;
import io.policyflow.refund.conversation.HandoffView;
import io.policyflow.refund.conversation.Message;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kustomer as the refund bot's channel: what the bot says on its own (greeting of a webhook-started
 * conversation, replies to signalled turns, reminders, follow-ups) is posted into the Kustomer
 * conversation, and a handoff becomes Kustomer's way of giving a conversation to humans.
 *
 * <ul>
 *   <li>{@code message}: bot messages only (a customer's or agent's line is never echoed). By
 *       {@link KustomerChannelConfig#mode()}: chat outbound message as the bot user with {@code
 *       auto: true}, an email draft scheduled with {@code sendAt}, or a message record.
 *   <li>{@code handoff}: the tags, then {@code PATCH} with {@code status: open}, the queue, the
 *       teams/users, the priority and the state attribute, then an internal note with the summary
 *       (customer, order, amounts, the rule that fired or the error, the transcript). Tagging and
 *       the update are idempotent, so a retry after a failure repeats them harmlessly; the note
 *       goes last so that it is written once unless its own answer is lost. After the handoff the
 *       workflow says nothing more on its own: an agent owns the conversation.
 * </ul>
 *
 * Failures: rate limits and outages are retryable ({@link KustomerErrors#RATE_LIMITED} with the
 * next retry delay from {@code Retry-After}/{@code x-ratelimit-reset}, {@link
 * KustomerErrors#UNAVAILABLE}); anything a retry cannot fix (401/403/404/400) is the non-retryable
 * {@link ChannelFailures#REJECTED}.
 */
public class KustomerChannelActivities implements ChannelActivities {

  private static final Logger log = LoggerFactory.getLogger(KustomerChannelActivities.class);
  private static final int CACHE_SIZE = 1000;
  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final KustomerClient kustomer;
  private final KustomerChannelConfig config;
  private final Clock clock;
  private final Map<String, Target> targets =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Target> eldest) {
          return size() > CACHE_SIZE;
        }
      };

  /**
   * Where a conversation's bot messages go: its customer and channel (and, for email, the address).
   */
  private record Target(
      String customerId, String channel, String subject, String email, String name) {}

  public KustomerChannelActivities(
      KustomerClient kustomer, KustomerChannelConfig config, Clock clock) {
    this.kustomer = Objects.requireNonNull(kustomer, "kustomer");
    this.config = Objects.requireNonNull(config, "config");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void deliver(ChannelEvent event) {
    if (event == null || event.conversationId() == null || event.conversationId().isBlank()) {
      throw ApplicationFailure.newNonRetryableFailure(
          "A channel event needs a conversation id", ChannelFailures.REJECTED);
    }
    try {
      if (ChannelEvent.MESSAGE.equals(event.type()) && event.message() != null) {
        message(event.conversationId(), event.message());
      } else if (ChannelEvent.HANDOFF.equals(event.type()) && event.handoff() != null) {
        handoff(event.conversationId(), event.handoff());
      } else {
        throw ApplicationFailure.newNonRetryableFailure(
            "Unknown or empty channel event of type " + event.type(), ChannelFailures.REJECTED);
      }
    } catch (ApplicationFailure failure) {
      throw failure.isNonRetryable() && !ChannelFailures.REJECTED.equals(failure.getType())
          ? ApplicationFailure.newNonRetryableFailureWithCause(
              failure.getOriginalMessage(), ChannelFailures.REJECTED, failure)
          : failure;
    }
  }

  private void message(String conversationId, Message message) {
    if (message.author() != Author.BOT) {
      log.debug(
          "Conversation {}: a {} line is not sent to Kustomer", conversationId, message.author());
      return;
    }
    String text = text(message);
    Target target = target(conversationId);
    switch (modeFor(target.channel())) {
      case CHAT ->
          kustomer.sendChatMessage(
              new ChatMessageRequest(
                  target.customerId(), config.senderUserId(), conversationId, text, true));
      case DRAFT -> {
        Target withEmail = withEmail(conversationId, target);
        String sendAt =
            ISO_MILLIS.format(
                clock.instant().plus(config.draftDelay()).truncatedTo(ChronoUnit.MILLIS));
        kustomer.createDraft(
            withEmail.customerId(),
            new DraftRequest(
                "email",
                conversationId,
                config.emailApp(),
                List.of(new DraftRequest.Address(withEmail.email(), withEmail.name())),
                new DraftRequest.Address(config.emailFrom(), config.emailFromName()),
                withEmail.subject() == null ? "Your refund request" : "Re: " + withEmail.subject(),
                text,
                true,
                sendAt));
      }
      case MESSAGE, AUTO ->
          kustomer.createMessage(
              conversationId,
              new MessageRequest(target.channel(), config.messageApp(), "out", text, "sent", true));
    }
    log.debug("Conversation {}: bot message {} posted to Kustomer", conversationId, message.seq());
  }

  private void handoff(String conversationId, HandoffView handoff) {
    if (!config.handoffTags().isEmpty()) {
      kustomer.appendTags(conversationId, config.handoffTags());
    }
    Map<String, Object> custom =
        config.handoffStateAttribute() == null
            ? null
            : Map.of(config.handoffStateAttribute(), "handoff");
    kustomer.updateConversation(
        conversationId,
        new ConversationUpdate(
            "open",
            config.handoffPriority(),
            config.handoffQueueId() == null
                ? null
                : new ConversationUpdate.Queue(config.handoffQueueId()),
            config.handoffTeamIds().isEmpty() ? null : config.handoffTeamIds(),
            config.handoffUserIds().isEmpty() ? null : config.handoffUserIds(),
            custom));
    kustomer.createNote(conversationId, new NoteRequest(note(handoff)));
    log.info(
        "Conversation {} handed to humans in Kustomer (queue {}, teams {})",
        conversationId,
        config.handoffQueueId(),
        config.handoffTeamIds());
  }

  String note(HandoffView handoff) {
    String at =
        handoff.at() == null
            ? ""
            : " at " + ISO_MILLIS.format(handoff.at().truncatedTo(ChronoUnit.MILLIS));
    String summary =
        handoff.summary() != null
            ? handoff.summary()
            : "Reason: " + (handoff.reason() == null ? "not given" : handoff.reason());
    String text =
        "Refund bot handoff"
            + at
            + ". The bot has stopped answering this conversation.\n"
            + summary;
    if (text.length() > config.noteMaxChars()) {
      String cut = "\n… (cut; the whole transcript is in the workflow's view)";
      text = text.substring(0, config.noteMaxChars() - cut.length()) + cut;
    }
    return text;
  }

  private String text(Message message) {
    if (!config.includeOptions() || message.options().isEmpty()) {
      return message.text();
    }
    StringBuilder text = new StringBuilder(message.text());
    text.append('\n');
    message.options().forEach(option -> text.append("\n• ").append(option));
    return text.toString();
  }

  private OutboundMode modeFor(String channel) {
    if (config.mode() != OutboundMode.AUTO) {
      return config.mode();
    }
    if ("chat".equals(channel)) {
      return OutboundMode.CHAT;
    }
    if ("email".equals(channel) && config.emailFrom() != null) {
      return OutboundMode.DRAFT;
    }
    return OutboundMode.MESSAGE;
  }

  private Target target(String conversationId) {
    synchronized (targets) {
      Target cached = targets.get(conversationId);
      if (cached != null) {
        return cached;
      }
    }
    KustomerResource conversation = kustomer.conversation(conversationId).data();
    String customerId = conversation.relationshipId("customer");
    if (customerId == null) {
      throw ApplicationFailure.newNonRetryableFailure(
          "Kustomer conversation " + conversationId + " has no customer", ChannelFailures.REJECTED);
    }
    var channels = conversation.attributes().path("channels");
    String channel =
        channels.isArray() && !channels.isEmpty() && channels.get(0).isTextual()
            ? channels.get(0).asText()
            : config.defaultChannel();
    Target target = new Target(customerId, channel, conversation.text("name"), null, null);
    synchronized (targets) {
      targets.put(conversationId, target);
    }
    return target;
  }

  private Target withEmail(String conversationId, Target target) {
    if (target.email() != null) {
      return target;
    }
    KustomerResource customer = kustomer.customer(target.customerId()).data();
    var emails = customer.attributes().path("emails");
    String email =
        emails.isArray() && !emails.isEmpty() ? emails.get(0).path("email").asText(null) : null;
    if (email == null) {
      throw ApplicationFailure.newNonRetryableFailure(
          "Kustomer customer " + target.customerId() + " has no email to reply to",
          ChannelFailures.REJECTED);
    }
    Target full =
        new Target(
            target.customerId(), target.channel(), target.subject(), email, customer.text("name"));
    synchronized (targets) {
      targets.put(conversationId, full);
    }
    return full;
  }
}
