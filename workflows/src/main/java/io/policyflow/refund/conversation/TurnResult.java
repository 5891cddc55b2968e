package io.policyflow.refund.conversation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;

/**
 * The bot's replies to one customer turn, and the whole conversation after it: what {@code POST
 * /v1/refunds/{id}/messages} answers, and what the {@code reply} update answered in runs started
 * before constant-size turns (they still do). Read as itself: without its own
 * {@code @JsonDeserialize} it would inherit {@link TurnReply}'s mapping to {@link TurnAnswer},
 * which Jackson refuses for this type.
 */
@JsonDeserialize(as = TurnResult.class)
public record TurnResult(List<Message> replies, ConversationView conversation)
    implements TurnReply {
  public TurnResult {
    replies = replies == null ? List.of() : List.copyOf(replies);
  }
}
