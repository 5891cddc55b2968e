package io.policyflow.refund.workflow.steps;

import io.policyflow.refund.conversation.Awaiting;

/**
 * A policy step that asks the customer something. While the conversation awaits its question, the
 * {@link RefundDialogue} hands it the customer's messages (after the intents that hold at any
 * point: a person, cancel, refund status); the step decides what the answer means and where the
 * conversation goes next.
 */
interface Step {

  /** The question this step asks. */
  Awaiting asks();

  /** What the step does with the customer's answer to its question. */
  void answer(String text);
}
