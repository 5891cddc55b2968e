package io.policyflow.benchmark;

import io.policyflow.refund.conversation.ConversationContext;
import io.policyflow.refund.conversation.CustomerMessage;
import io.policyflow.refund.conversation.OpenResult;
import io.policyflow.refund.conversation.TurnResult;
import io.policyflow.refund.workflow.RefundRequest;
import io.policyflow.refund.workflow.RefundWorkflow;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WithStartWorkflowOperation;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateHandle;
import io.temporal.client.WorkflowUpdateStage;

/**
 * Where a turn without remote calls spends its time, one customer at a time: the same open and the same condition
 * turn of the real refund workflow, sent three ways, interleaved:
 * <ol>
 *   <li>through the HTTP API (what a chat backend sees);
 *   <li>through the {@code WorkflowClient} as the API sends it: the update is started and acknowledged once
 *       <em>accepted</em>, then its result is polled (two RPCs);
 *   <li>through the {@code WorkflowClient} in one call that waits for the update's completion (one RPC), as the
 *       floor does.
 * </ol>
 * (1) − (2) is the API's own cost (HTTP, JSON, its thread hop); (2) − (3) the cost of the accepted-then-poll
 * protocol; (3) − the update floor the workflow's own cost (its logic, search attributes, the size of the view it
 * returns).
 */
final class Decomposition {

  static final String[] VARIANTS = {"HTTP API", "client: accepted, then result", "client: one call"};

  private Decomposition() {}

  static void run(Settings settings, Stack stack, Workloads work, Results results) {
    long start = System.nanoTime();
    stack.sandbox().store().reset(); // every order refundable: the conversations must reach the condition turn
    WorkflowClient client = work.client();
    Api api = work.api();
    for (String v : VARIANTS) {
      results.decompositionOpen.put(v, new Samples());
      results.decompositionCondition.put(v, new Samples());
    }
    int count = settings.quick() ? 15 : 120;
    String prefix = "decomp-" + Long.toString(System.nanoTime(), 36) + "-";
    for (int i = 0; i < count; i++) {
      int variant = i % 3;
      String id = prefix + i;
      int customer = 1 + i % 50;
      long nanos;
      if (variant == 0) {
        Api.Response r = api.open(id);
        expect(r.status() == 201, id, "open " + r.status());
        nanos = r.nanos();
      } else {
        RefundWorkflow workflow = client.newWorkflowStub(RefundWorkflow.class, WorkflowOptions.newBuilder()
            .setWorkflowId(RefundWorkflow.workflowId(id))
            .setTaskQueue(RefundWorkflow.TASK_QUEUE)
            .setWorkflowIdConflictPolicy(WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING)
            .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
            .build());
        RefundRequest request = RefundRequest.withConfiguredPolicy(id,
            new ConversationContext(null, null, "Bench", null, null));
        long t0 = System.nanoTime();
        OpenResult result;
        if (variant == 1) {
          WorkflowUpdateHandle<OpenResult> handle = WorkflowClient.startUpdateWithStart(workflow::open,
              UpdateOptions.<OpenResult>newBuilder().setWaitForStage(WorkflowUpdateStage.ACCEPTED).build(),
              new WithStartWorkflowOperation<>(workflow::run, request));
          result = handle.getResult();
        } else {
          result = WorkflowClient.executeUpdateWithStart(workflow::open,
              UpdateOptions.<OpenResult>newBuilder().build(), new WithStartWorkflowOperation<>(workflow::run, request));
        }
        nanos = System.nanoTime() - t0;
        expect(result.created(), id, "open not created");
      }
      results.decompositionOpen.get(VARIANTS[variant]).add(nanos);

      expect(api.say(id, "m1", "it's " + Fixture.email(customer)).status() == 200, id, "email");
      expect(api.say(id, "m2", Fixture.orderNumber(customer)).status() == 200, id, "order");

      String text = "unused, still in the box";
      if (variant == 0) {
        Api.Response r = api.say(id, "m3", text);
        expect(r.status() == 200 && "CONFIRMATION".equals(
            Workloads.text(r.body().get("conversation"), "awaiting")), id, "condition " + r.status());
        nanos = r.nanos();
      } else {
        CustomerMessage message = new CustomerMessage("m3", text);
        long t0 = System.nanoTime();
        TurnResult result;
        if (variant == 1) {
          WorkflowStub stub = client.newUntypedWorkflowStub(RefundWorkflow.workflowId(id));
          WorkflowUpdateHandle<TurnResult> handle = stub.startUpdate(UpdateOptions.newBuilder(TurnResult.class)
              .setUpdateName("reply").setUpdateId("reply:m3").setWaitForStage(WorkflowUpdateStage.ACCEPTED).build(),
              message);
          result = handle.getResult();
        } else {
          result = client.newWorkflowStub(RefundWorkflow.class, RefundWorkflow.workflowId(id)).reply(message);
        }
        nanos = System.nanoTime() - t0;
        expect(result.conversation().awaiting().name().equals("CONFIRMATION"), id, "condition");
      }
      results.decompositionCondition.get(VARIANTS[variant]).add(nanos);
    }
    Benchmark.log("decomposition: %d conversations at C=1, condition p50 %.2f / %.2f / %.2f ms (%s) in %.0f s",
        count, results.decompositionCondition.get(VARIANTS[0]).percentileMillis(0.5),
        results.decompositionCondition.get(VARIANTS[1]).percentileMillis(0.5),
        results.decompositionCondition.get(VARIANTS[2]).percentileMillis(0.5), String.join(" / ", VARIANTS),
        (System.nanoTime() - start) / 1e9);
  }

  private static void expect(boolean ok, String id, String what) {
    if (!ok) {
      throw new IllegalStateException("decomposition " + id + ": " + what);
    }
  }
}
