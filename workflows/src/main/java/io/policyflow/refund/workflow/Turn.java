package io.policyflow.refund.workflow;

import io.policyflow.refund.conversation.CustomerMessage;

/**
 * A customer turn waiting to be processed.
 *
 * @param viaSignal true when it arrived as a signal: its replies are also pushed through the
 *     channel
 */
record Turn(CustomerMessage message, boolean viaSignal) {}
