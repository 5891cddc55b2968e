package io.policyflow.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Parked conversations. Worker and server share this JVM, so the method is:
 *
 * <ol>
 *   <li>heap after full GCs ("live heap") with the worker's workflow cache as it is, then again
 *       once the cache is emptied ({@code WorkflowExecutorCache.invalidateAll()}): the difference
 *       is the worker's cached conversations; what is left grows with the conversations the
 *       embedded server holds (their histories, mutable state, timers) — the server's share;
 *   <li>that at checkpoints while N conversations are parked waiting for the customer's email (a 24
 *       h reminder timer; opened over HTTP, which is cheap enough for 10,000);
 *   <li>then the same for a batch of whole refund conversations, which end waiting on their
 *       follow-up timer, with the sandbox reset before each measurement so that the store's credit
 *       memos do not count;
 *   <li>finally turns on parked conversations that the cache evicted long ago (their next workflow
 *       task replays the whole history) against the same turn on fresh, cached conversations, all
 *       with the N conversations parked.
 * </ol>
 */
final class Parked {

  private Parked() {}

  static void run(Settings settings, Stack stack, Workloads work, Results results) {
    long phaseStart = System.nanoTime();
    stack.sandbox().store().reset();
    stack.invalidateCache();
    long base = Heap.usedAfterGc();
    results.checkpoints.add(
        new Results.Checkpoint(0, base, base, 0, Heap.threads(), Heap.threads()));
    Map<String, long[]> histogramBefore = Benchmark.classHistogram();

    List<String> parked = new ArrayList<>();
    for (int checkpoint : settings.parkedCheckpoints()) {
      long t = System.nanoTime();
      parked.addAll(
          work.park(settings.parkingClients(), checkpoint - parked.size(), results.parkOpens));
      results.parkNanos += System.nanoTime() - t;
      long withCache = Heap.usedAfterGc();
      int threadsWith = Heap.threads();
      long cached = stack.cachedWorkflows();
      stack.invalidateCache();
      long without = Heap.usedAfterGc();
      results.checkpoints.add(
          new Results.Checkpoint(
              parked.size(), withCache, without, cached, threadsWith, Heap.threads()));
      Benchmark.log(
          "parked %,d: live heap %.0f MiB with %d cached, %.0f MiB with the cache emptied"
              + " (%.1f KiB per parked conversation outside the cache)",
          parked.size(),
          Heap.mib(withCache),
          cached,
          Heap.mib(without),
          (without - base) / 1024.0 / parked.size());
    }
    Map<String, long[]> histogramAfter = Benchmark.classHistogram();
    results.histogramGrowth =
        Benchmark.histogramGrowth(histogramBefore, histogramAfter, parked.size(), 15);

    // refunded conversations, parked on their follow-up timer
    int refunded = settings.quick() ? 48 : 200;
    stack.sandbox().store().reset();
    stack.invalidateCache();
    results.heapBeforeRefunded = Heap.usedAfterGc();
    Workloads.Outcome outcome = work.conversations(16, refunded, 1);
    work.verify(outcome, 10_000);
    results.parkedRefunded = outcome.refunded.get() + outcome.lateRefunded;
    List<String> refundedIds = new ArrayList<>(outcome.customerOf.keySet());
    refundedIds.removeAll(outcome.unfinished);
    stack.sandbox().store().reset();
    stack.invalidateCache();
    results.heapAfterRefunded = Heap.usedAfterGc();
    Benchmark.log(
        "%d refunded conversations parked on their follow-up timer: %.1f KiB each outside the cache",
        results.parkedRefunded,
        (results.heapAfterRefunded - results.heapBeforeRefunded)
            / 1024.0
            / Math.max(1, results.parkedRefunded));

    // turns on parked conversations: evicted (replayed) against fresh (cached)
    Api api = work.api();
    Random random = new Random(42);
    List<String> shuffled = new ArrayList<>(parked.subList(0, Math.max(1, parked.size() / 2)));
    Collections.shuffle(shuffled, random);
    int turns = Math.min(settings.parkedTurns(), shuffled.size());
    int firstCustomer = refunded + 1;
    stack.sandbox().store().reset();

    int misses = stack.cacheMisses();
    for (int i = 0; i < turns; i++) {
      String id = "fresh-" + Long.toString(System.nanoTime(), 36) + "-" + i;
      check(api.open(id), 201, id);
      Api.Response r =
          check(api.say(id, "m1", "it's " + Fixture.email(firstCustomer + i)), 200, id);
      results.emailFresh.add(r.nanos());
    }
    results.emailFreshMisses = stack.cacheMisses() - misses;

    misses = stack.cacheMisses();
    for (int i = 0; i < turns; i++) {
      String id = shuffled.get(i);
      Api.Response r =
          check(api.say(id, "m1", "it's " + Fixture.email(firstCustomer + i)), 200, id);
      results.emailParked.add(r.nanos());
    }
    results.emailParkedMisses = stack.cacheMisses() - misses;

    // "where is my refund?" (no remote call) on refunded conversations: evicted ones, then
    // just-refunded ones
    var before = TemporalMetrics.snapshot(stack.meters());
    misses = stack.cacheMisses();
    int statusTurns = Math.min(turns, refundedIds.size());
    Collections.shuffle(refundedIds, random);
    for (int i = 0; i < statusTurns; i++) {
      String id = refundedIds.get(i);
      Api.Response r = check(api.say(id, "s1", "where is my refund?"), 200, id);
      expectStatus(r, id);
      results.statusParked.add(r.nanos());
    }
    results.statusParkedMisses = stack.cacheMisses() - misses;
    results.statusParkedMetrics =
        TemporalMetrics.diff(TemporalMetrics.snapshot(stack.meters()), before);

    stack.sandbox().store().reset();
    Workloads.Outcome fresh = work.conversations(1, statusTurns, firstCustomer + turns);
    before = TemporalMetrics.snapshot(stack.meters());
    misses = stack.cacheMisses();
    for (String id : fresh.customerOf.keySet()) {
      if (fresh.unfinished.contains(id)) {
        continue;
      }
      Api.Response r = check(api.say(id, "s1", "where is my refund?"), 200, id);
      expectStatus(r, id);
      results.statusFresh.add(r.nanos());
    }
    results.statusFreshMisses = stack.cacheMisses() - misses;
    results.statusFreshMetrics =
        TemporalMetrics.diff(TemporalMetrics.snapshot(stack.meters()), before);
    Benchmark.log(
        "turns with %,d parked: email p50 %.2f ms fresh / %.2f ms parked+evicted; refund status p50"
            + " %.2f ms cached / %.2f ms evicted (%.0f s)",
        parked.size(),
        results.emailFresh.percentileMillis(0.5),
        results.emailParked.percentileMillis(0.5),
        results.statusFresh.percentileMillis(0.5),
        results.statusParked.percentileMillis(0.5),
        (System.nanoTime() - phaseStart) / 1e9);
  }

  private static Api.Response check(Api.Response r, int status, String id) {
    if (r.status() != status) {
      throw new IllegalStateException(
          id + ": HTTP " + r.status() + " " + Workloads.abbreviate(r.raw()));
    }
    return r;
  }

  private static void expectStatus(Api.Response r, String id) {
    String text = r.body().path("replies").path(0).path("text").asText("");
    if (!text.startsWith("Your refund of")) {
      throw new IllegalStateException(
          id + ": expected the refund's status, got: " + Workloads.abbreviate(text));
    }
  }
}
