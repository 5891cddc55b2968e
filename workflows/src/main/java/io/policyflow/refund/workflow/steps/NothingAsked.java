package io.policyflow.refund.workflow.steps;

import io.policyflow.refund.conversation.Awaiting;
import java.util.List;

/**
 * A message while the bot asks nothing (after the refund, before the follow-up). With a refund:
 * where it is and how to reach a person ({@link BotSays#stillOnItsWay}). Without one: says so
 * ({@link NotUnderstood}).
 */
final class NothingAsked implements Step {

  private final Conversation c;
  private final NotUnderstood notUnderstood;

  NothingAsked(Conversation c, NotUnderstood notUnderstood) {
    this.c = c;
    this.notUnderstood = notUnderstood;
  }

  @Override
  public Awaiting asks() {
    return Awaiting.NOTHING;
  }

  @Override
  public void answer(String text) {
    if (c.refund() != null) {
      c.say(BotSays.stillOnItsWay(c.refund(), c.zone()));
    } else {
      notUnderstood.rephrase(BotSays.noRefundYet(), List.of());
    }
  }
}
