package io.policyflow.refund.workflow.steps;

import java.time.Instant;

/**
 * How long the conversation has been quiet, which the deadlines count from: when it last moved (the
 * customer or an agent spoke, or the bot asked something new), whether the silent customer was
 * reminded, and when the follow-up went out. Part of the {@link Conversation}.
 */
final class Silence {

  private Instant since;
  private boolean reminded;
  private Instant followUpSentAt;

  Silence(Instant start) {
    this.since = start;
  }

  /** Quiet since this moment. */
  Instant since() {
    return since;
  }

  boolean wasReminded() {
    return reminded;
  }

  Instant followUpSentAt() {
    return followUpSentAt;
  }

  /**
   * The customer spoke, or the bot asked something new: quiet from now on, and a reminder is due
   * again.
   */
  void restart(Instant at) {
    since = at;
    reminded = false;
  }

  /** An agent acted: quiet from now on (a reminder already sent stays sent). */
  void agentActed(Instant at) {
    since = at;
  }

  /** The silent customer got the one reminder. */
  void reminded() {
    reminded = true;
  }

  void followUpSent(Instant at) {
    followUpSentAt = at;
  }
}
