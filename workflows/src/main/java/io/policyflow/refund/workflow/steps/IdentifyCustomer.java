package io.policyflow.refund.workflow.steps;

import io.policyflow.refund.commerce.CommerceActivities;
import io.policyflow.refund.commerce.CustomerRecord;
import io.policyflow.refund.conversation.Awaiting;
import io.policyflow.refund.conversation.Status;
import io.policyflow.refund.text.Emails;
import io.policyflow.refund.understanding.ReplyInterpreter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Step 1, identify the customer by email. Greets the customer ({@link BotSays#greeting}) and asks
 * for the email address, unless the chat backend gave a verified one ({@link
 * BotSays#greetingKnownCustomer}).
 *
 * <p>Accepts a reply containing an email address ({@link ReplyInterpreter#email}); without one,
 * asks again ({@link NotUnderstood}). Looks the customer up ({@link
 * CommerceActivities#findCustomer}): found → {@link ChooseOrder#listOrders()}; not found → asks for
 * another address, and the second unknown address goes to an agent.
 */
final class IdentifyCustomer implements Step {

  private static final int ATTEMPTS = 2;

  private final Conversation c;
  private final CommerceActivities store;
  private final StoreLookup lookup;
  private final ChooseOrder chooseOrder;
  private final HandOff handOff;
  private final NotUnderstood notUnderstood;

  IdentifyCustomer(
      Conversation c,
      CommerceActivities store,
      StoreLookup lookup,
      ChooseOrder chooseOrder,
      HandOff handOff,
      NotUnderstood notUnderstood) {
    this.c = c;
    this.store = store;
    this.lookup = lookup;
    this.chooseOrder = chooseOrder;
    this.handOff = handOff;
    this.notUnderstood = notUnderstood;
  }

  /** The conversation's first messages. */
  void start() {
    String name = c.context().customerName();
    if (c.context().hasVerifiedEmail()) {
      c.say(BotSays.greetingKnownCustomer(name));
      identify(c.context().customerEmail().strip().toLowerCase(Locale.ROOT));
    } else {
      c.say(BotSays.greeting(name));
      c.await(Awaiting.EMAIL);
    }
  }

  @Override
  public Awaiting asks() {
    return Awaiting.EMAIL;
  }

  @Override
  public void answer(String text) {
    Optional<String> email = c.reads().email(text);
    c.read(email.isPresent() ? "email: found" : "email: none");
    if (email.isEmpty()) {
      notUnderstood.rephrase(BotSays.askEmailAgain(), List.of());
      return;
    }
    identify(email.get());
  }

  private void identify(String email) {
    Optional<CustomerRecord> found =
        lookup.of("Looking up the customer", () -> store.findCustomer(email));
    if (c.status() != Status.ACTIVE) {
      return;
    }
    if (found.isEmpty()) {
      if (c.claim().emailNotFound() >= ATTEMPTS) {
        handOff.because(
            "No customer account or orders were found for the email addresses the customer gave.");
      } else {
        c.say(BotSays.customerNotFound(Emails.mask(email)));
        c.await(Awaiting.EMAIL);
      }
      return;
    }
    c.claim().identified(found.get());
    chooseOrder.listOrders();
  }
}
