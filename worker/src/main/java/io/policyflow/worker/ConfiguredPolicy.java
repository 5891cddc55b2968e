package io.policyflow.worker;

import io.policyflow.refund.policy.PolicyActivities;
import io.policyflow.refund.policy.RefundPolicy;

/** Hands the configured policy to a conversation when it starts. */
public class ConfiguredPolicy implements PolicyActivities {

  private final RefundPolicy policy;

  public ConfiguredPolicy(RefundPolicy policy) {
    this.policy = policy;
  }

  @Override
  public RefundPolicy currentPolicy() {
    return policy;
  }
}
