package io.policyflow.benchmark;

import io.temporal.workflow.Workflow;

@io.temporal.spring.boot.WorkflowImpl(taskQueues = FloorWorkflow.TASK_QUEUE)
public class FloorWorkflowImpl implements FloorWorkflow {

  private int answered;
  private int limit;
  private boolean done;

  @Override
  public void run(int updates) {
    limit = updates;
    Workflow.await(() -> done || (limit > 0 && answered >= limit));
    Workflow.await(Workflow::isEveryHandlerFinished);
  }

  @Override
  public String echo(String text) {
    answered++;
    return text;
  }

  @Override
  public void done() {
    done = true;
  }
}
