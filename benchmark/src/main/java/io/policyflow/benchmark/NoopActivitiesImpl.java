package io.policyflow.benchmark;

import io.temporal.spring.boot.ActivityImpl;

/** The bare conversation's activities: they return their input. */
@ActivityImpl(taskQueues = FloorWorkflow.TASK_QUEUE)
public class NoopActivitiesImpl implements NoopActivities {

  @Override
  public String noop(String input) {
    return input;
  }
}
