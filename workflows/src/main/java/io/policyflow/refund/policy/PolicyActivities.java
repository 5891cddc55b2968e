package io.policyflow.refund.policy;

import io.temporal.activity.ActivityInterface;

/**
 * The policy as configured on the worker. The workflow reads it once, as a local activity when it
 * starts, so the value is recorded in history and a running conversation keeps the rules it started
 * with.
 */
@ActivityInterface
public interface PolicyActivities {

  RefundPolicy currentPolicy();
}
