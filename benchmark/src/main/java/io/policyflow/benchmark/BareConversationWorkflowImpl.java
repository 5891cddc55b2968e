package io.policyflow.benchmark;

import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

@io.temporal.spring.boot.WorkflowImpl(taskQueues = FloorWorkflow.TASK_QUEUE)
public class BareConversationWorkflowImpl implements BareConversationWorkflow {

  private final NoopActivities activities =
      Workflow.newActivityStub(
          NoopActivities.class,
          ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(30)).build());
  private final NoopActivities local =
      Workflow.newLocalActivityStub(
          NoopActivities.class,
          LocalActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(10)).build());

  private boolean started;
  private int turnsDone;

  @Override
  public void run(int turns) {
    local.noop("start");
    started = true;
    Workflow.await(() -> turnsDone >= turns);
    Workflow.await(Workflow::isEveryHandlerFinished);
    // parked like a refunded conversation waiting for its follow-up (time is locked: it never
    // fires)
    Workflow.sleep(Duration.ofDays(7));
  }

  @Override
  public String open() {
    Workflow.await(() -> started);
    return "hello";
  }

  @Override
  public String turn(int count) {
    Workflow.await(() -> started);
    String last = "";
    for (int i = 0; i < count; i++) {
      last = activities.noop("call " + i);
    }
    turnsDone++;
    return last;
  }
}
