package io.policyflow.refund.conversation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;

/**
 * The result of the {@code reply} update, in either shape: a {@link TurnAnswer} (replies and state,
 * constant size) from runs started with constant-size turns, a {@link TurnResult} (replies and the
 * whole conversation) from runs started before. Both are read as a {@link TurnAnswer}.
 */
@JsonDeserialize(as = TurnAnswer.class)
public sealed interface TurnReply permits TurnAnswer, TurnResult {

  /** The bot's replies to the turn. */
  List<Message> replies();
}
