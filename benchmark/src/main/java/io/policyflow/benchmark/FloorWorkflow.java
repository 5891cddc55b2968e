package io.policyflow.benchmark;

import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * The floor of a turn: a workflow that only answers an update with its input. No activity, no
 * timer, no search attribute: one workflow task per update.
 */
@WorkflowInterface
public interface FloorWorkflow {

  String TASK_QUEUE = "benchmark-floor";

  /** Runs until {@code updates} updates were answered (0: until {@link #done}). */
  @WorkflowMethod
  void run(int updates);

  @UpdateMethod
  String echo(String text);

  @SignalMethod
  void done();
}
