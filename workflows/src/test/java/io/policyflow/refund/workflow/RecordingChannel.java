package io.policyflow.refund.workflow;

import io.policyflow.refund.channel.ChannelActivities;
import io.policyflow.refund.channel.ChannelEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Records what the bot pushed through the channel. */
final class RecordingChannel implements ChannelActivities {

  final List<ChannelEvent> events = Collections.synchronizedList(new ArrayList<>());

  @Override
  public void deliver(ChannelEvent event) {
    events.add(event);
  }

  List<String> messages() {
    synchronized (events) {
      return events.stream().filter(e -> e.message() != null).map(e -> e.message().text()).toList();
    }
  }

  List<ChannelEvent> handoffs() {
    synchronized (events) {
      return events.stream().filter(e -> ChannelEvent.HANDOFF.equals(e.type())).toList();
    }
  }
}
