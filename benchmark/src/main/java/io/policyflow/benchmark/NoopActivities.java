package io.policyflow.benchmark;

import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface NoopActivities {

  String noop(String input);
}
