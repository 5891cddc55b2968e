package io.policyflow.refund.workflow.steps;

import io.policyflow.refund.conversation.Awaiting;
import io.policyflow.refund.conversation.Message;
import io.policyflow.refund.conversation.Outcome;
import java.time.Instant;
import java.util.List;

/**
 * Step 7, a customer who goes silent while the bot waits for an answer. After the policy's {@code
 * reminderAfter}: one reminder repeating the bot's last message ({@link BotSays#reminder}). After
 * {@code abandonAfter} more: {@link BotSays#abandoned()}, closed as {@code ABANDONED}. Both are
 * pushed through the channel by the workflow.
 */
final class Abandon {

  private final Conversation c;

  Abandon(Conversation c) {
    this.c = c;
  }

  /**
   * The next reminder or abandonment of an active conversation; null while the bot asks nothing.
   */
  Instant deadline() {
    if (c.awaiting() == Awaiting.NOTHING) {
      return null;
    }
    Silence silence = c.silence();
    return silence
        .since()
        .plus(silence.wasReminded() ? c.policy().abandonAfter() : c.policy().reminderAfter());
  }

  void onDeadline() {
    if (c.silence().wasReminded()) {
      c.say(BotSays.abandoned());
      c.close(Outcome.ABANDONED);
    } else {
      Message last = c.transcript().lastBotMessage();
      c.say(
          BotSays.reminder(last == null ? "" : last.text()),
          last == null ? List.of() : last.options());
      c.silence().reminded();
    }
  }
}
