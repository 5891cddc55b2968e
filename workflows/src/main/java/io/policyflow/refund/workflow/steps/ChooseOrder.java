package io.policyflow.refund.workflow.steps;

import io.policyflow.refund.commerce.CommerceActivities;
import io.policyflow.refund.commerce.OrderLine;
import io.policyflow.refund.commerce.OrderRecord;
import io.policyflow.refund.conversation.Awaiting;
import io.policyflow.refund.understanding.OrderOption;
import io.policyflow.refund.understanding.OrderPick;
import io.policyflow.refund.understanding.ReplyInterpreter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Step 2, the customer picks one of their recent orders. Lists the policy's {@code ordersListed}
 * most recent orders ({@link CommerceActivities#recentOrders}, {@link BotSays#orderList}); a
 * customer without orders goes to an agent.
 *
 * <p>Accepts an order number, a place in the list or an item in the order ({@link
 * ReplyInterpreter#orderPick}). Picked → reads the order ({@link CommerceActivities#orderDetails})
 * → {@link CheckEligibility}. An order not in the list → the list again, and the second one goes to
 * an agent. Not understood → asks again ({@link NotUnderstood}).
 */
final class ChooseOrder implements Step {

  private static final int ATTEMPTS = 2;

  private final Conversation c;
  private final CommerceActivities store;
  private final StoreLookup lookup;
  private final CheckEligibility eligibility;
  private final HandOff handOff;
  private final NotUnderstood notUnderstood;

  ChooseOrder(
      Conversation c,
      CommerceActivities store,
      StoreLookup lookup,
      CheckEligibility eligibility,
      HandOff handOff,
      NotUnderstood notUnderstood) {
    this.c = c;
    this.store = store;
    this.lookup = lookup;
    this.eligibility = eligibility;
    this.handOff = handOff;
    this.notUnderstood = notUnderstood;
  }

  /** Lists the identified customer's recent orders and asks which one. */
  void listOrders() {
    Optional<List<OrderRecord>> orders =
        lookup.of(
            "Listing the customer's orders",
            () -> store.recentOrders(c.claim().customer(), c.policy().ordersListed()));
    if (orders.isEmpty()) {
      return;
    }
    if (orders.get().isEmpty()) {
      handOff.because("The customer has no orders in the store.");
      return;
    }
    c.claim().listed(orders.get());
    c.say(BotSays.orderList(orders.get(), c.zone()), BotSays.orderOptions(orders.get()));
    c.await(Awaiting.ORDER);
  }

  @Override
  public Awaiting asks() {
    return Awaiting.ORDER;
  }

  @Override
  public void answer(String text) {
    List<OrderRecord> listed = c.claim().listedOrders();
    List<OrderOption> options = new ArrayList<>();
    for (int i = 0; i < listed.size(); i++) {
      OrderRecord order = listed.get(i);
      options.add(
          new OrderOption(
              i + 1,
              order.number(),
              order.lines().stream().map(OrderLine::name).toList(),
              order.placedAt() == null ? null : LocalDate.ofInstant(order.placedAt(), c.zone())));
    }
    OrderPick pick = c.reads().orderPick(text, options, c.today());
    c.read(
        pick.kind() == OrderPick.Kind.PICKED
            ? "pick: order #" + listed.get(pick.position() - 1).number()
            : "pick: " + Conversation.word(pick.kind()));
    switch (pick.kind()) {
      case PICKED -> choose(listed.get(pick.position() - 1));
      case NOT_FOUND -> {
        if (c.claim().orderNotFound() >= ATTEMPTS) {
          handOff.because("The order the customer asked about is not among their recent orders.");
        } else {
          c.say(BotSays.orderNotFound(listed), BotSays.orderOptions(listed));
        }
      }
      case UNKNOWN -> notUnderstood.rephrase(BotSays.whichOrder(), BotSays.orderOptions(listed));
    }
  }

  private void choose(OrderRecord listed) {
    Optional<OrderRecord> details =
        lookup.of("Reading the order", () -> store.orderDetails(listed.orderId()));
    if (details.isEmpty()) {
      return;
    }
    c.claim().chose(details.get());
    eligibility.check(details.get());
  }
}
