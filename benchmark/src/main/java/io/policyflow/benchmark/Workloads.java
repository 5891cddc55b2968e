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

/**
 * What the simulated customers and the floors do. Every id carries the run's id, so runs never
 * collide.
 */
final class Workloads {

  static final String HOLDING_TEXT_START = "I'm still working on that";

  private final Stack stack;
  private final Api api;
  private final WorkflowClient client;
  private final String runId;
  private final AtomicInteger batch = new AtomicInteger();
  private final java.util.concurrent.atomic.AtomicLong started =
      new java.util.concurrent.atomic.AtomicLong();

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

  // ---- floors
  // -------------------------------------------------------------------------------------------------

  /**
   * The bare update round trip: each client updates its own {@link FloorWorkflow} through the
   * WorkflowClient.
   */
  long updateFloor(int clients, int perClient, Samples out) {
    String prefix = "floor-" + runId + "-" + batch.incrementAndGet() + "-";
    FloorWorkflow[] stubs = new FloorWorkflow[clients];
    return Runner.closedLoop(
        clients,
        clients * perClient,
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

  /**
   * The bare HTTP round trip of the API stack: a no-op endpoint behind the same filter, JSON in and
   * out.
   */
  long httpFloor(int clients, int perClient, Samples out) {
    String body = Api.turn("m1", "it's me");
    return Runner.closedLoop(
        clients,
        clients * perClient,
        null,
        (c, i) -> {
          Api.Response r = api.post("/v1/benchmark/noop", body);
          expect200(r, "noop");
          out.add(r.nanos());
        },
        null);
  }

  /** HTTP + one bare update: the floor of a customer turn. */
  long httpUpdateFloor(int clients, int perClient, Samples out) {
    String prefix = "floor-" + runId + "-" + batch.incrementAndGet() + "-";
    FloorWorkflow[] stubs = new FloorWorkflow[clients];
    String body = Api.turn("m1", "it's me");
    return Runner.closedLoop(
        clients,
        clients * perClient,
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
    return Runner.closedLoop(
        clients,
        clients * perClient,
        null,
        (c, i) -> {
          Api.Response r =
              api.post("/v1/benchmark/floor-open", "{\"conversationId\":\"" + prefix + i + "\"}");
          expect200(r, "floor open");
          out.add(r.nanos());
        },
        null);
  }

  private FloorWorkflow startFloor(String workflowId) {
    FloorWorkflow stub =
        client.newWorkflowStub(
            FloorWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue(FloorWorkflow.TASK_QUEUE)
                .setWorkflowId(workflowId)
                .build());
    WorkflowClient.start(stub::run, 0);
    stub.echo("warm"); // the first task (start) is not part of the floor
    return stub;
  }

  private static void expect200(Api.Response r, String what) {
    if (r.status() != 200) {
      throw new IllegalStateException(what + " answered " + r.status() + ": " + r.raw());
    }
  }

  // ---- refund conversations
  // -----------------------------------------------------------------------------------

  /** What happened to one batch of conversations. */
  static final class Outcome {
    final Map<TurnType, Samples> turns = new EnumMap<>(TurnType.class);
    final AtomicInteger refunded = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicInteger holdingReplies = new AtomicInteger();

    /**
     * 503 answers (Temporal or the worker did not take the turn in time), each followed by a retry.
     */
    final AtomicInteger unavailable = new AtomicInteger();

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

    /** Responses that were not a direct answer: 503s, holding replies, other HTTP errors. */
    int errors() {
      return unavailable.get() + holdingReplies.get() + httpErrors.get();
    }

    /** Conversations that did not end refunded, and store-side exactly-once violations. */
    int lost() {
      return notRefunded + duplicateRefunds + missingCreditMemos;
    }
  }

  /**
   * {@code count} whole refund conversations over the HTTP API by {@code clients} customers at
   * once; customer {@code firstCustomer + i} has conversation {@code i}. The sandbox must have
   * these customers' orders refundable (see {@link Fixture}; {@code reset()} the sandbox between
   * batches).
   */
  Outcome conversations(int clients, int count, int firstCustomer) {
    Outcome outcome = new Outcome();
    outcome.conversations = count;
    String prefix = "bench-" + runId + "-" + batch.incrementAndGet() + "-";
    outcome.nanos =
        Runner.closedLoop(
            clients, count, null, (c, i) -> converse(prefix + i, firstCustomer + i, outcome), null);
    return outcome;
  }

  private static final String[] AWAITING = {
    "EMAIL", "ORDER", "CONDITION", "CONFIRMATION", "NOTHING"
  };

  private void converse(String id, int customer, Outcome outcome) {
    outcome.customerOf.put(id, customer);
    started.incrementAndGet();
    String[] texts = {
      null,
      "it's " + Fixture.email(customer),
      Fixture.orderNumber(customer),
      "unused, still in the box",
      "yes please"
    };
    JsonNode conversation = null;
    for (TurnType type : TurnType.values()) {
      conversation = exchange(id, type, texts[type.ordinal()], outcome);
      if (conversation == null) {
        outcome.failed.incrementAndGet();
        outcome.unfinished.add(id);
        return;
      }
    }
    if ("REFUNDED".equals(text(conversation, "outcome"))
        && "FOLLOWING_UP".equals(text(conversation, "status"))) {
      outcome.refunded.incrementAndGet();
    } else {
      outcome.failed.incrementAndGet();
      outcome.unfinished.add(id);
      outcome.error(
          id
              + ": after the confirmation: "
              + text(conversation, "status")
              + "/"
              + text(conversation, "outcome"));
    }
  }

  /**
   * One turn, sent as a chat backend does: a 503 is sent again with the same message id (the API
   * asks for that and never does a turn twice); after a holding reply (the turn took longer than
   * the API's turn timeout) the conversation is read until the bot has answered. Records the
   * customer's wait, from the first send to the answer, and counts every response that was not a
   * direct answer as an error. Returns the conversation after the turn, or null when the turn went
   * wrong for good.
   */
  private JsonNode exchange(String id, TurnType type, String text, Outcome outcome) {
    String awaiting = AWAITING[type.ordinal()];
    long start = System.nanoTime();
    for (int attempt = 1; attempt <= 8; attempt++) {
      Api.Response r =
          type == TurnType.OPEN ? api.open(id) : api.say(id, "m" + type.ordinal(), text);
      if (r.status() == 503 || r.status() == -1) {
        outcome.unavailable.incrementAndGet();
        outcome.error(id + " " + type.label + ": HTTP " + r.status() + " " + abbreviate(r.raw()));
        sleep(100);
        continue;
      }
      boolean ok =
          type == TurnType.OPEN ? r.status() == 201 || r.status() == 200 : r.status() == 200;
      if (!ok || r.body() == null) {
        outcome.httpErrors.incrementAndGet();
        outcome.error(id + " " + type.label + ": HTTP " + r.status() + " " + abbreviate(r.raw()));
        return null;
      }
      JsonNode conversation = type == TurnType.OPEN ? r.body() : r.body().get("conversation");
      boolean direct = attempt == 1;
      if (type != TurnType.OPEN && isHolding(r)) {
        outcome.holdingReplies.incrementAndGet();
        outcome.error(
            id
                + " "
                + type.label
                + ": holding reply (the turn took longer than the API's turn timeout)");
        conversation = awaitAnswer(id, type, 60_000);
        direct = false;
        if (conversation == null) {
          outcome.error(id + " " + type.label + ": no answer within 60 s of a holding reply");
          return null;
        }
      }
      String now = text(conversation, "awaiting");
      if (!awaiting.equals(now)) {
        outcome.error(
            id
                + " "
                + type.label
                + ": the bot now awaits "
                + now
                + ", expected "
                + awaiting
                + ": "
                + abbreviate(lastBotText(conversation)));
        return null;
      }
      outcome.turns.get(type).add(direct ? r.nanos() : System.nanoTime() - start);
      return conversation;
    }
    outcome.error(id + " " + type.label + ": still unavailable after 8 attempts");
    return null;
  }

  private static boolean isHolding(Api.Response r) {
    JsonNode first = r.body().path("replies").path(0);
    return first.path("seq").asInt(-1) == 0
        && first.path("text").asText("").startsWith(HOLDING_TEXT_START);
  }

  /** After a holding reply: reads the conversation until the turn's answer is in it. */
  private JsonNode awaitAnswer(String id, TurnType type, long millis) {
    long deadline = System.currentTimeMillis() + millis;
    String awaiting = AWAITING[type.ordinal()];
    while (System.currentTimeMillis() < deadline) {
      Api.Response r = api.get("/v1/refunds/" + id);
      if (r.status() == 200 && r.body() != null) {
        JsonNode c = r.body();
        boolean answered =
            type == TurnType.CONFIRMATION
                ? "REFUNDED".equals(text(c, "outcome")) || "HANDED_OFF".equals(text(c, "status"))
                : awaiting.equals(text(c, "awaiting"));
        if (answered) {
          return c;
        }
      }
      sleep(200);
    }
    return null;
  }

  /**
   * After a batch: conversations that did not answer "refunded" in time are read again (they may
   * have finished after a holding reply) for up to {@code waitMillis}; then every order of the
   * batch must carry exactly one credit memo when its conversation says refunded, and never two.
   */
  void verify(Outcome outcome, long waitMillis) {
    long deadline = System.currentTimeMillis() + waitMillis;
    List<String> pending = new ArrayList<>(outcome.unfinished);
    while (!pending.isEmpty() && System.currentTimeMillis() < deadline) {
      pending.removeIf(
          id -> {
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

  // ---- the bare conversation
  // ----------------------------------------------------------------------------------

  /**
   * The refund conversation's shape (updates, activities) with none of its work, through the
   * WorkflowClient.
   */
  Outcome bareConversations(int clients, int count) {
    Outcome outcome = new Outcome();
    outcome.conversations = count;
    String prefix = "bare-" + runId + "-" + batch.incrementAndGet() + "-";
    outcome.nanos =
        Runner.closedLoop(
            clients,
            count,
            null,
            (c, i) -> {
              BareConversationWorkflow wf =
                  client.newWorkflowStub(
                      BareConversationWorkflow.class,
                      WorkflowOptions.newBuilder()
                          .setTaskQueue(FloorWorkflow.TASK_QUEUE)
                          .setWorkflowId(prefix + i)
                          .setWorkflowIdConflictPolicy(
                              WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING)
                          .build());
              started.incrementAndGet();
              long t0 = System.nanoTime();
              WorkflowClient.executeUpdateWithStart(
                  wf::open,
                  UpdateOptions.newBuilder(String.class).build(),
                  new WithStartWorkflowOperation<>(wf::run, 4));
              long t1 = System.nanoTime();
              outcome.turns.get(TurnType.OPEN).add(t1 - t0);
              int[] activities = {2, 1, 0, 2};
              TurnType[] types = {
                TurnType.EMAIL, TurnType.ORDER, TurnType.CONDITION, TurnType.CONFIRMATION
              };
              for (int k = 0; k < 4; k++) {
                long s = System.nanoTime();
                wf.turn(activities[k]);
                outcome.turns.get(types[k]).add(System.nanoTime() - s);
              }
              outcome.refunded.incrementAndGet();
            },
            null);
    return outcome;
  }

  // ---- parked conversations
  // -----------------------------------------------------------------------------------

  /**
   * Opens {@code count} conversations that then wait for the customer's email (a 24 h reminder
   * timer).
   */
  List<String> park(int clients, int count, Samples opens) {
    String prefix = "parked-" + runId + "-" + batch.incrementAndGet() + "-";
    List<String> ids = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger errors = new AtomicInteger();
    Runner.closedLoop(
        clients,
        count,
        null,
        (c, i) -> {
          started.incrementAndGet();
          Api.Response r = api.open(prefix + i);
          for (int attempt = 1; attempt < 8 && (r.status() == 503 || r.status() == -1); attempt++) {
            sleep(100);
            r = api.open(prefix + i);
          }
          if ((r.status() == 201 || r.status() == 200)
              && "EMAIL".equals(text(r.body(), "awaiting"))) {
            opens.add(r.nanos());
            ids.add(prefix + i);
          } else if (errors.incrementAndGet() <= 3) {
            System.err.println("park: " + r.status() + " " + abbreviate(r.raw()));
          }
        },
        null);
    if (errors.get() > 0) {
      throw new IllegalStateException(errors.get() + " conversations could not be parked");
    }
    return ids;
  }

  // ---- helpers
  // ------------------------------------------------------------------------------------------------

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
