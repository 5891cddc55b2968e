package io.policyflow.refund.workflow.steps;

import io.temporal.failure.ActivityFailure;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A store lookup made by a step. When it fails (after Temporal's retries), the customer hears that
 * the store is unavailable and the conversation goes to an agent with what failed; the step gets an
 * empty answer and stops.
 */
final class StoreLookup {

  private final Conversation c;
  private final HandOff handOff;

  StoreLookup(Conversation c, HandOff handOff) {
    this.c = c;
    this.handOff = handOff;
  }

  /** Runs the call; empty when it failed (the conversation is then handed off) or found nothing. */
  <T> Optional<T> of(String what, Supplier<T> call) {
    try {
      return Optional.ofNullable(call.get());
    } catch (ActivityFailure failure) {
      c.say(BotSays.storeUnavailable());
      handOff.because(what + " failed: " + Failures.message(failure));
      return Optional.empty();
    }
  }
}
