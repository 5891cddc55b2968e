package io.policyflow.refund.workflow.steps;

import io.policyflow.refund.commerce.OrderRecord;
import io.policyflow.refund.commerce.RefundLine;
import io.policyflow.refund.conversation.Awaiting;
import io.policyflow.refund.policy.Eligibility;
import io.policyflow.refund.understanding.Condition;
import io.policyflow.refund.understanding.ReplyInterpreter;
import java.util.List;

/**
 * Step 3 for shipped items: are they unused and in their original packaging? ({@link
 * BotSays#askCondition()}). Items that never shipped skip the question.
 *
 * <p>Accepts a condition ({@link ReplyInterpreter#condition}) or a plain yes/no. Unused → {@link
 * ConfirmAndRefund}. Used → not eligible ({@code ITEM_CONDITION}) → {@link OfferAlternatives}. Not
 * understood, or hedged ("I think so? not sure"), → asks again ({@link NotUnderstood}).
 */
final class CheckCondition implements Step {

  private final Conversation c;
  private final ConfirmAndRefund confirm;
  private final OfferAlternatives alternatives;
  private final NotUnderstood notUnderstood;

  CheckCondition(
      Conversation c,
      ConfirmAndRefund confirm,
      OfferAlternatives alternatives,
      NotUnderstood notUnderstood) {
    this.c = c;
    this.confirm = confirm;
    this.alternatives = alternatives;
    this.notUnderstood = notUnderstood;
  }

  /**
   * The customer is refunded these lines: asks about their condition when any shipped, else
   * confirms.
   */
  void check(List<RefundLine> lines) {
    c.claim().choseLines(lines);
    OrderRecord order = c.claim().order();
    boolean anyShipped =
        lines.stream()
            .anyMatch(
                chosen ->
                    order.lines().stream()
                        .anyMatch(line -> line.itemId() == chosen.orderItemId() && line.shipped()));
    if (anyShipped) {
      c.say(BotSays.askCondition(), BotSays.CONDITION_OPTIONS);
      c.await(Awaiting.CONDITION);
    } else {
      confirm.ask();
    }
  }

  @Override
  public Awaiting asks() {
    return Awaiting.CONDITION;
  }

  @Override
  public void answer(String text) {
    Condition condition = c.reads().condition(text);
    c.read("condition: " + Conversation.word(condition));
    switch (condition) {
      case UNUSED -> confirm.ask();
      case USED ->
          alternatives.offer(
              Eligibility.no(
                  Eligibility.Rule.ITEM_CONDITION,
                  "items that have been used or aren't in their original packaging can't be refunded"));
      case UNKNOWN -> notUnderstood.rephrase(BotSays.conditionAgain(), BotSays.CONDITION_OPTIONS);
    }
  }
}
