package io.policyflow.refund.channel;

/**
 * {@code ApplicationFailure} types that channel activities throw and the workflow's retry options
 * name. Every type here is non-retryable; a channel that is unreachable, slow or throttling uses
 * other types and is retried.
 */
public final class ChannelFailures {
  /**
   * The chat backend refused the event, or it cannot be sent at all (a 4xx a retry cannot fix, no
   * conversation or recipient): the same type for every channel, so the workflow treats them alike.
   */
  public static final String REJECTED = "ChannelRejected";

  private ChannelFailures() {}
}
