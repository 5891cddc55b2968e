package io.policyflow.benchmark;

import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * The throughput floor: a conversation with the refund workflow's shape and none of its work. It
 * reads a value once through a local activity when it starts (the refund workflow reads its policy
 * so), is opened by an update-with-start, then answers one update per customer turn, each running
 * as many no-op activities as the refund turn makes store calls (email 2, order 1, condition 0,
 * confirmation 2: refund and order comment), and finally waits on a long timer like a refunded
 * conversation waiting for its follow-up.
 */
@WorkflowInterface
public interface BareConversationWorkflow {

  @WorkflowMethod
  void run(int turns);

  @UpdateMethod
  String open();

  /**
   * A turn that runs {@code activities} no-op activities, one after the other, before answering.
   */
  @UpdateMethod
  String turn(int activities);
}
