package io.policyflow.refund.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * What the {@code reply} update answers: the bot's replies to the turn and where the conversation
 * stands after it, without the transcript. Runs started before constant-size turns answer a {@link
 * TurnResult} instead; read as this type it has its replies and no {@code state} (its {@code
 * conversation} is ignored: Temporal's Jackson converter fails on unknown properties unless told
 * otherwise).
 *
 * @param state null when the answer came from a run started before constant-size turns
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TurnAnswer(List<Message> replies, ConversationState state) implements TurnReply {
  public TurnAnswer {
    replies = replies == null ? List.of() : List.copyOf(replies);
  }
}
