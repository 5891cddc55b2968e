package io.policyflow.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WithStartWorkflowOperation;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What the simulated customers and the floors do. Every id carries the run's id, so runs never collide. */
final class Workloads {

  static final String HOLDING_TEXT_START = "I'm still working on that";

  private final Stack stack;
  private final Api api;
  private final WorkflowClient client;
  private final String runId;
  private final AtomicInteger batch = new AtomicInteger();
  private final java.util.concurrent.atomic.AtomicLong started = new java.util.concurrent.atomic.AtomicLong();

  Workloads(Stack stack, String runId) {
    this.stack = stack;
    this.api = stack.api();
    this.client = stack.client();
    this.runId = runId;
  }

  Api api() {
    return api;
  }

  WorkflowClient client() {
    return client;
  }

  /** Workflows this benchmark started (conversations, bare conversations, floor workflows). */
  long conversationsStarted() {
    return started.get();
  }

  // ---- floors -------------------------------------------------------------------------------------------------

  /** The bare update round trip: each client updates its own {@link FloorWorkflow} through the WorkflowClient. */
  long updateFloor(int clients, int perClient, Samples out) {
    String prefix = "floor-" + runId + "-" + batch.incrementAndGet() + "-";
    FloorWorkflow[] stubs = new FloorWorkflow[clients];
    return Runner.closedLoop(clients, clients * perClient,
        c -> stubs[c] = startFloor(prefix + c),
        (c, i) -> {
          long t0 = System.nanoTime();
          String answer = stubs[c].echo("it's me");
          out.add(System.nanoTime() - t0);
          if (!"it's me".equals(answer)) {
            throw new IllegalStateException("floor answered " + answer);
          }
        },
        c -> stubs[c].done());
  }

  /** The bare HTTP round trip of the API stack: a no-op endpoint behind the same filter, JSON in and out. */
  long httpFloor(int clients, int perClient, Samples out) {
    String body = Api.turn("m1", "it's me");
    return Runner.closedLoop(clients, clients * perClient, null,
        (c, i) -> {
          Api.Response r = api.post("/v1/benchmark/noop", body);
          expect200(r, "noop");
          out.add(r.nanos());
        }, null);
  }

  /** HTTP + one bare update: the floor of a customer turn. */
  long httpUpdateFloor(int clients, int perClient, Samples out) {
    String prefix = "floor-" + runId + "-" + batch.incrementAndGet() + "-";
    FloorWorkflow[] stubs = new FloorWorkflow[clients];
    String body = Api.turn("m1", "it's me");
    return Runner.closedLoop(clients, clients * perClient,
        c -> stubs[c] = startFloor(prefix + c),
        (c, i) -> {
          Api.Response r = api.post("/v1/benchmark/floor/" + prefix + c + "/echo", body);
          expect200(r, "floor echo");
          out.add(r.nanos());
        },
        c -> stubs[c].done());
  }

  /** HTTP + one bare update-with-start: the floor of opening a conversation. */
  long httpOpenFloor(int clients, int perClient, Samples out) {
    String prefix = runId + "-" + batch.incrementAndGet() + "-";
    return Runner.closedLoop(clients, clients * perClient, null,
        (c, i) -> {
          Api.Response r = api.post("/v1/benchmark/floor-open", "{\"conversationId\":\"" + prefix + i + "\"}");
          expect200(r, "floor open");
          out.add(r.nanos());
        }, null);
  }

  private FloorWorkflow startFloor(String workflowId) {
    FloorWorkflow stub = client.newWorkflowStub(FloorWorkflow.class,
        WorkflowOptions.newBuilder().setTaskQueue(FloorWorkflow.TASK_QUEUE).setWorkflowId(workflowId).build());
    WorkflowClient.start(stub::run, 0);
    stub.echo("warm"); // the first task (start) is not part of the floor
    return stub;
  }

  private static void expect200(Api.Response r, String what) {
    if (r.status() != 200) {
      throw new IllegalStateException(what + " answered " + r.status() + ": " + r.raw());
    }
  }

  // ---- refund conversations -----------------------------------------------------------------------------------

  /** What happened to one batch of conversations. */
  static final class Outcome {
    final Map<TurnType, Samples> turns = new EnumMap<>(TurnType.class);
    final AtomicInteger refunded = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicInteger holdingReplies = new AtomicInteger();
    final AtomicInteger httpErrors = new AtomicInteger();
    final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    final Map<String, Integer> customerOf = new ConcurrentHashMap<>();
    final List<String> unfinished = Collections.synchronizedList(new ArrayList<>());
    int conversations;
    long nanos;
    // filled by verify()
    int lateRefunded;
    int notRefunded;
    int duplicateRefunds;
    int missingCreditMemos;

    Outcome() {
      for (TurnType t : TurnType.values()) {
        turns.put(t, new Samples());
      }
    }

    double perSecond() {
      return refunded.get() / (nanos / 1e9);
    }

    void error(String message) {
      if (errors.size() < 20) {
        errors.add(message);
      }
    }

    /** Conversations that did not end refunded, and store-side exactly-once violations. */
    int lost() {
      return notRefunded + duplicateRefunds + missingCreditMemos;
    }
  }

  /**
   * {@code count} whole refund conversations over the HTTP API by {@code clients} customers at once; customer
   * {@code firstCustomer + i} has conversation {@code i}. The sandbox must have these customers' orders
   * refundable (see {@link Fixture}; {@code reset()} the sandbox between batches).
   */
  Outcome conversations(int clients, int count, int firstCustomer) {
    Outcome outcome = new Outcome();
    outcome.conversations = count;
    String prefix = "bench-" + runId + "-" + batch.incrementAndGet() + "-";
    outcome.nanos = Runner.closedLoop(clients, count, null,
        (c, i) -> converse(prefix + i, firstCustomer + i, outcome), null);
    return outcome;
  }

  private void converse(String id, int customer, Outcome outcome) {
    outcome.customerOf.put(id, customer);
    started.incrementAndGet();
    Api.Response r = api.open(id);
    if (!turn(TurnType.OPEN, r, 201, "EMAIL", id, outcome)) {
      return;
    }
    r = api.say(id, "m1", "it's " + Fixture.email(customer));
    if (!turn(TurnType.EMAIL, r, 200, "ORDER", id, outcome)) {
      return;
    }
    r = api.say(id, "m2", Fixture.orderNumber(customer));
    if (!turn(TurnType.ORDER, r, 200, "CONDITION", id, outcome)) {
      return;
    }
    r = api.say(id, "m3", "unused, still in the box");
    if (!turn(TurnType.CONDITION, r, 200, "CONFIRMATION", id, outcome)) {
      return;
    }
    r = api.say(id, "m4", "yes please");
    if (!turn(TurnType.CONFIRMATION, r, 200, "NOTHING", id, outcome)) {
      return;
    }
    JsonNode conversation = r.body().get("conversation");
    if ("REFUNDED".equals(text(conversation, "outcome")) && "FOLLOWING_UP".equals(text(conversation, "status"))) {
      outcome.refunded.incrementAndGet();
    } else {
      outcome.failed.incrementAndGet();
      outcome.unfinished.add(id);
      outcome.error(id + ": after the confirmation: " + text(conversation, "status") + "/" + text(conversation, "outcome"));
    }
  }

  /** Records the turn's latency and checks that the bot now waits for {@code awaiting}. */
  private boolean turn(TurnType type, Api.Response r, int status, String awaiting, String id, Outcome outcome) {
    boolean open = type == TurnType.OPEN;
    if (r.status() != status && !(open && r.status() == 200)) {
      outcome.httpErrors.incrementAndGet();
      outcome.failed.incrementAndGet();
      outcome.unfinished.add(id);
      outcome.error(id + " " + type.label + ": HTTP " + r.status() + " " + abbreviate(r.raw()));
      return false;
    }
    outcome.turns.get(type).add(r.nanos());
    JsonNode conversation = open ? r.body() : r.body().get("conversation");
    if (!open) {
      JsonNode first = r.body().path("replies").path(0);
      if (first.path("seq").asInt(-1) == 0 && first.path("text").asText("").startsWith(HOLDING_TEXT_START)) {
        outcome.holdingReplies.incrementAndGet();
        outcome.failed.incrementAndGet();
        outcome.unfinished.add(id);
        outcome.error(id + " " + type.label + ": holding reply (turn took over the API's turn timeout)");
        return false;
      }
    }
    String now = text(conversation, "awaiting");
    if (!awaiting.equals(now)) {
      outcome.failed.incrementAndGet();
      outcome.unfinished.add(id);
      outcome.error(id + " " + type.label + ": the bot now awaits " + now + ", expected " + awaiting + ": "
          + abbreviate(lastBotText(conversation)));
      return false;
    }
    return true;
  }

  /**
   * After a batch: conversations that did not answer "refunded" in time are read again (they may have finished
   * after a holding reply) for up to {@code waitMillis}; then every order of the batch must carry exactly one
   * credit memo when its conversation says refunded, and never two.
   */
  void verify(Outcome outcome, long waitMillis) {
    long deadline = System.currentTimeMillis() + waitMillis;
    List<String> pending = new ArrayList<>(outcome.unfinished);
    while (!pending.isEmpty() && System.currentTimeMillis() < deadline) {
      pending.removeIf(id -> {
        Api.Response r = api.get("/v1/refunds/" + id);
        return r.status() == 200 && "REFUNDED".equals(text(r.body(), "outcome"));
      });
      if (!pending.isEmpty()) {
        sleep(250);
      }
    }
    outcome.lateRefunded = outcome.unfinished.size() - pending.size();
    outcome.notRefunded = pending.size();
    var store = stack.sandbox().store();
    for (Map.Entry<String, Integer> e : outcome.customerOf.entrySet()) {
      int memos = store.creditMemosForOrder(Fixture.orderNumber(e.getValue())).size();
      boolean refunded = !pending.contains(e.getKey());
      if (memos > 1) {
        outcome.duplicateRefunds++;
        outcome.error(e.getKey() + ": " + memos + " credit memos on one order");
      } else if (refunded && memos == 0) {
        outcome.missingCreditMemos++;
        outcome.error(e.getKey() + ": refunded without a credit memo");
      }
    }
  }

  // ---- the bare conversation ----------------------------------------------------------------------------------

  /** The refund conversation's shape (updates, activities) with none of its work, through the WorkflowClient. */
  Outcome bareConversations(int clients, int count) {
    Outcome outcome = new Outcome();
    outcome.conversations = count;
    String prefix = "bare-" + runId + "-" + batch.incrementAndGet() + "-";
    outcome.nanos = Runner.closedLoop(clients, count, null, (c, i) -> {
      BareConversationWorkflow wf = client.newWorkflowStub(BareConversationWorkflow.class,
          WorkflowOptions.newBuilder()
              .setTaskQueue(FloorWorkflow.TASK_QUEUE)
              .setWorkflowId(prefix + i)
              .setWorkflowIdConflictPolicy(WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING)
              .build());
      started.incrementAndGet();
      long t0 = System.nanoTime();
      WorkflowClient.executeUpdateWithStart(wf::open, UpdateOptions.newBuilder(String.class).build(),
          new WithStartWorkflowOperation<>(wf::run, 4));
      long t1 = System.nanoTime();
      outcome.turns.get(TurnType.OPEN).add(t1 - t0);
      int[] activities = {2, 1, 0, 2};
      TurnType[] types = {TurnType.EMAIL, TurnType.ORDER, TurnType.CONDITION, TurnType.CONFIRMATION};
      for (int k = 0; k < 4; k++) {
        long s = System.nanoTime();
        wf.turn(activities[k]);
        outcome.turns.get(types[k]).add(System.nanoTime() - s);
      }
      outcome.refunded.incrementAndGet();
    }, null);
    return outcome;
  }

  // ---- parked conversations -----------------------------------------------------------------------------------

  /** Opens {@code count} conversations that then wait for the customer's email (a 24 h reminder timer). */
  List<String> park(int clients, int count, Samples opens) {
    String prefix = "parked-" + runId + "-" + batch.incrementAndGet() + "-";
    List<String> ids = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger errors = new AtomicInteger();
    Runner.closedLoop(clients, count, null, (c, i) -> {
      started.incrementAndGet();
      Api.Response r = api.open(prefix + i);
      if (r.status() == 201 && "EMAIL".equals(text(r.body(), "awaiting"))) {
        opens.add(r.nanos());
        ids.add(prefix + i);
      } else if (errors.incrementAndGet() <= 3) {
        System.err.println("park: " + r.status() + " " + abbreviate(r.raw()));
      }
    }, null);
    if (errors.get() > 0) {
      throw new IllegalStateException(errors.get() + " conversations could not be parked");
    }
    return ids;
  }

  // ---- helpers ------------------------------------------------------------------------------------------------

  static String text(JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  static String lastBotText(JsonNode conversation) {
    if (conversation == null) {
      return "";
    }
    JsonNode messages = conversation.path("messages");
    return messages.size() == 0 ? "" : messages.get(messages.size() - 1).path("text").asText();
  }

  static String abbreviate(String s) {
    if (s == null) {
      return "";
    }
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
