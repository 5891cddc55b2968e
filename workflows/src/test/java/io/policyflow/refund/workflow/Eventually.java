package io.policyflow.refund.workflow;

import java.time.Duration;
import java.time.Instant;

/**
 * Waits for something asynchronous (a signal's effect) to hold, failing with the last assertion
 * error.
 */
final class Eventually {

  private Eventually() {}

  static void holds(Runnable assertion) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (true) {
      try {
        assertion.run();
        return;
      } catch (AssertionError notYet) {
        if (Instant.now().isAfter(deadline)) {
          throw notYet;
        }
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw notYet;
        }
      }
    }
  }
}
