package io.policyflow.refund.workflow;

import io.policyflow.refund.client.RefundWorkflowNames;
import io.policyflow.refund.conversation.Status;
import io.policyflow.refund.workflow.steps.Conversation;
import io.temporal.common.SearchAttributeUpdate;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keeps the search attributes (stage, outcome, order number) in step with the conversation,
 * upserting only what changed. Never personal data.
 */
final class StageAttributes {

  private String stage;
  private String outcome;
  private String orderNumber;

  void upsert(Conversation c) {
    String nextStage = c.status() == Status.ACTIVE ? c.awaiting().name() : c.status().name();
    String nextOutcome = c.outcome() == null ? null : c.outcome().name();
    String nextOrder = c.orderNumber();
    List<SearchAttributeUpdate<?>> updates = new ArrayList<>();
    if (!Objects.equals(stage, nextStage)) {
      updates.add(RefundWorkflowNames.STAGE.valueSet(nextStage));
    }
    if (nextOutcome != null && !Objects.equals(outcome, nextOutcome)) {
      updates.add(RefundWorkflowNames.OUTCOME.valueSet(nextOutcome));
    }
    if (nextOrder != null && !Objects.equals(orderNumber, nextOrder)) {
      updates.add(RefundWorkflowNames.ORDER_NUMBER.valueSet(nextOrder));
    }
    if (!updates.isEmpty()) {
      Workflow.upsertTypedSearchAttributes(updates.toArray(new SearchAttributeUpdate<?>[0]));
      stage = nextStage;
      outcome = nextOutcome == null ? outcome : nextOutcome;
      orderNumber = nextOrder == null ? orderNumber : nextOrder;
    }
  }
}
