package io.policyflow.benchmark;

import io.policyflow.refund.client.RefundConversations;
import io.policyflow.refund.conversation.ConversationContext;
import io.policyflow.refund.conversation.CustomerMessage;
import io.policyflow.refund.conversation.OpenResult;
import io.policyflow.refund.conversation.TurnAnswer;

/**
 * Where a turn without remote calls spends its time, one customer at a time: the same open and the
 * same condition turn of the real refund workflow, sent three ways, interleaved:
 *
 * <ol>
 *   <li>through the HTTP API (what a chat backend sees);
 *   <li>through {@link RefundConversations} as the API sends it: the update is started and
 *       acknowledged once <em>accepted</em>, then its result is polled (two RPCs);
 *   <li>through {@link RefundConversations} in one call that waits for the update's completion (one
 *       RPC), as the floor does.
 * </ol>
 *
 * (1) − (2) is the API's own cost (HTTP, JSON, its thread hop, and for a turn the {@code view}
 * query that gives it the whole conversation); (2) − (3) the cost of the accepted-then-poll
 * protocol; (3) − the update floor the workflow's own cost (its logic, search attributes, the size
 * of the answer it returns).
 */
final class Decomposition {

  static final String[] VARIANTS = {
    "HTTP API", "client: accepted, then result", "client: one call"
  };

  private Decomposition() {}

  static void run(Settings settings, Stack stack, Workloads work, Results results) {
    long start = System.nanoTime();
    stack
        .sandbox()
        .store()
        .reset(); // every order refundable: the conversations must reach the condition turn
    RefundConversations conversations = new RefundConversations(work.client());
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
        ConversationContext context = new ConversationContext(null, null, "Bench", null, null);
        long t0 = System.nanoTime();
        OpenResult result =
            variant == 1
                ? conversations.startOpen(id, context).getResult()
                : conversations.open(id, context);
        nanos = System.nanoTime() - t0;
        expect(result.created(), id, "open not created");
      }
      results.decompositionOpen.get(VARIANTS[variant]).add(nanos);

      expect(api.say(id, "m1", "it's " + Fixture.email(customer)).status() == 200, id, "email");
      expect(api.say(id, "m2", Fixture.orderNumber(customer)).status() == 200, id, "order");

      String text = "unused, still in the box";
      if (variant == 0) {
        Api.Response r = api.say(id, "m3", text);
        expect(
            r.status() == 200
                && "CONFIRMATION".equals(Workloads.text(r.body().get("conversation"), "awaiting")),
            id,
            "condition " + r.status());
        nanos = r.nanos();
      } else {
        CustomerMessage message = new CustomerMessage("m3", text);
        long t0 = System.nanoTime();
        TurnAnswer result =
            variant == 1
                ? conversations.startReply(id, message).getResult()
                : conversations.reply(id, message);
        nanos = System.nanoTime() - t0;
        expect(result.state().awaiting().name().equals("CONFIRMATION"), id, "condition");
      }
      results.decompositionCondition.get(VARIANTS[variant]).add(nanos);
    }
    Benchmark.log(
        "decomposition: %d conversations at C=1, condition p50 %.2f / %.2f / %.2f ms (%s) in %.0f s",
        count,
        results.decompositionCondition.get(VARIANTS[0]).percentileMillis(0.5),
        results.decompositionCondition.get(VARIANTS[1]).percentileMillis(0.5),
        results.decompositionCondition.get(VARIANTS[2]).percentileMillis(0.5),
        String.join(" / ", VARIANTS),
        (System.nanoTime() - start) / 1e9);
  }

  private static void expect(boolean ok, String id, String what) {
    if (!ok) {
      throw new IllegalStateException("decomposition " + id + ": " + what);
    }
  }
}
