package io.policyflow.refund.channel;

import io.temporal.activity.ActivityInterface;

/** Delivers what the bot says on its own (follow-ups, reminders, handoffs) to the chat backend. */
@ActivityInterface
public interface ChannelActivities {

  /**
   * Delivers the event; without a configured destination it does nothing (the transcript still has
   * it).
   */
  void deliver(ChannelEvent event);
}
