package io.policyflow.refund.workflow;

import io.policyflow.refund.policy.PolicyActivities;
import io.policyflow.refund.policy.RefundPolicy;

/** The worker's configured policy, as a scenario sets it. */
final class FixedPolicy implements PolicyActivities {

  private final RefundPolicy policy;

  FixedPolicy(RefundPolicy policy) {
    this.policy = policy;
  }

  @Override
  public RefundPolicy currentPolicy() {
    return policy;
  }
}
