package io.policyflow.refund.workflow.steps;

import io.policyflow.refund.commerce.OrderLine;
import io.policyflow.refund.commerce.OrderRecord;
import io.policyflow.refund.commerce.RefundLine;
import io.policyflow.refund.conversation.Awaiting;
import io.policyflow.refund.policy.Eligibility;
import io.policyflow.refund.policy.EligibilityRules;
import io.policyflow.refund.understanding.ItemOption;
import io.policyflow.refund.understanding.ItemPick;
import io.policyflow.refund.understanding.ReplyInterpreter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 2 for an order with several open lines: which items, and how many? ({@link
 * BotSays#askItems}).
 *
 * <p>Accepts "everything" or named items with quantities ({@link ReplyInterpreter#itemPick}).
 * Everything → the returnable lines, saying which were left out and why → {@link CheckCondition}.
 * Some items → the policy's line rules ({@link EligibilityRules#checkLines}): eligible → {@link
 * CheckCondition}; not → {@link OfferAlternatives}. Not understood → asks again ({@link
 * NotUnderstood}).
 */
final class ChooseItems implements Step {

  private final Conversation c;
  private final CheckCondition condition;
  private final OfferAlternatives alternatives;
  private final NotUnderstood notUnderstood;

  ChooseItems(
      Conversation c,
      CheckCondition condition,
      OfferAlternatives alternatives,
      NotUnderstood notUnderstood) {
    this.c = c;
    this.condition = condition;
    this.alternatives = alternatives;
    this.notUnderstood = notUnderstood;
  }

  /** Asks which of these lines of the order to refund. */
  void offer(OrderRecord order, List<OrderLine> open) {
    c.claim().offered(open);
    c.say(BotSays.askItems(order, open), BotSays.itemOptions(open));
    c.await(Awaiting.ITEMS);
  }

  @Override
  public Awaiting asks() {
    return Awaiting.ITEMS;
  }

  @Override
  public void answer(String text) {
    List<OrderLine> offered = c.claim().offeredLines();
    List<ItemOption> options =
        offered.stream()
            .map(
                line ->
                    new ItemOption(
                        line.itemId(), line.sku(), line.name(), line.refundableQty().intValue()))
            .toList();
    ItemPick pick = c.reads().itemPick(text, options);
    c.read(
        pick.kind() == ItemPick.Kind.SOME
            ? "items: " + pick.choices().size() + " picked"
            : "items: " + Conversation.word(pick.kind()));
    switch (pick.kind()) {
      case ALL -> {
        List<OrderLine> returnable =
            EligibilityRules.refundableLines(c.claim().order(), c.policy());
        List<OrderLine> excluded =
            offered.stream().filter(line -> !returnable.contains(line)).toList();
        if (!excluded.isEmpty()) {
          c.say(
              EligibilityRules.checkLines(excluded, c.policy()).explanation()
                  + ", so I've left it out.");
        }
        condition.check(allOf(returnable));
      }
      case SOME -> {
        List<OrderLine> chosen = new ArrayList<>();
        List<RefundLine> lines = new ArrayList<>();
        for (ItemPick.Choice choice : pick.choices()) {
          offered.stream()
              .filter(line -> line.itemId() == choice.itemId())
              .findFirst()
              .ifPresent(chosen::add);
          lines.add(new RefundLine(choice.itemId(), BigDecimal.valueOf(choice.qty())));
        }
        Eligibility eligibility = EligibilityRules.checkLines(chosen, c.policy());
        if (!eligibility.eligible()) {
          alternatives.offer(eligibility);
          return;
        }
        condition.check(lines);
      }
      case UNKNOWN -> notUnderstood.rephrase(BotSays.whichItems(), BotSays.itemOptions(offered));
    }
  }

  /** All of these lines, each with its whole refundable quantity. */
  static List<RefundLine> allOf(List<OrderLine> lines) {
    return lines.stream().map(line -> new RefundLine(line.itemId(), line.refundableQty())).toList();
  }
}
