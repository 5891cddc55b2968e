package io.policyflow.benchmark;

/** The turns of a refund conversation, in order, with what each needs besides Temporal. */
enum TurnType {
  OPEN("open", "POST /v1/refunds: update-with-start, policy local activity, greeting", 0, false),
  EMAIL("email", "customer search + order list (2 store calls, 2 activities)", 2, true),
  ORDER("order", "order + invoices + shipments (3 store calls, 1 activity)", 3, true),
  CONDITION("condition", "none: rules only", 0, false),
  CONFIRMATION(
      "confirmation",
      "refund (credit-memo search, POST refund, credit memo) + order comment (order, POST comment): 5 store calls, 2 activities",
      5,
      true);

  final String label;
  final String remote;
  final int storeCalls;
  final boolean needsRemoteCall;

  TurnType(String label, String remote, int storeCalls, boolean needsRemoteCall) {
    this.label = label;
    this.remote = remote;
    this.storeCalls = storeCalls;
    this.needsRemoteCall = needsRemoteCall;
  }
}
