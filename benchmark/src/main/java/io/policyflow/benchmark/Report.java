package io.policyflow.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/** The Markdown report, its two charts and the raw figures (CSV). */
final class Report {

  private final Results r;
  private final StringBuilder md = new StringBuilder();
  private final List<Integer> cs;

  private Report(Results r) {
    this.r = r;
    this.cs = r.settings.concurrencies();
  }

  static Path write(Results results) {
    Report report = new Report(results);
    Path out = results.settings.out();
    report.charts(out);
    report.markdown();
    report.csv(out.resolve("figures.csv"));
    Path file = out.resolve("REPORT.md");
    try {
      Files.writeString(file, report.md);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  // ---- figures over repetitions
  // -------------------------------------------------------------------------------

  Spread floor(int c, String floor, double q) {
    return Spread.of(
        r.at(c).stream().map(rep -> rep.floors.get(floor).percentileMillis(q)).toList());
  }

  Spread turn(int c, TurnType t, double q) {
    return Spread.of(
        r.at(c).stream().map(rep -> rep.product.turns.get(t).percentileMillis(q)).toList());
  }

  Spread bareTurn(int c, TurnType t, double q) {
    return Spread.of(
        r.at(c).stream().map(rep -> rep.bare.turns.get(t).percentileMillis(q)).toList());
  }

  static String floorOf(TurnType t) {
    return t == TurnType.OPEN ? Results.HTTP_OPEN : Results.HTTP_UPDATE;
  }

  Spread ratio(int c, TurnType t, double q) {
    return Spread.of(
        r.at(c).stream()
            .map(
                rep ->
                    rep.product.turns.get(t).percentileMillis(q)
                        / rep.floors.get(floorOf(t)).percentileMillis(q))
            .toList());
  }

  /**
   * The open turn against the plain turn floor (HTTP + update), the strict reading of the target.
   */
  Spread openToTurnFloor(int c, double q) {
    return Spread.of(
        r.at(c).stream()
            .map(
                rep ->
                    rep.product.turns.get(TurnType.OPEN).percentileMillis(q)
                        / rep.floors.get(Results.HTTP_UPDATE).percentileMillis(q))
            .toList());
  }

  Spread throughput(int c) {
    return Spread.of(r.at(c).stream().map(rep -> rep.product.perSecond()).toList());
  }

  Spread bareThroughput(int c) {
    return Spread.of(r.at(c).stream().map(rep -> rep.bare.perSecond()).toList());
  }

  Spread throughputRatio(int c) {
    return Spread.of(
        r.at(c).stream().map(rep -> rep.product.perSecond() / rep.bare.perSecond()).toList());
  }

  int sum(int c, ToDoubleFunction<Results.Rep> f) {
    return (int) r.at(c).stream().mapToDouble(f).sum();
  }

  // ---- markdown
  // -----------------------------------------------------------------------------------------------

  private void markdown() {
    Settings s = r.settings;
    line("# Policyflow benchmark report");
    line();
    line(
        "Run "
            + DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
                r.startedAt.atOffset(ZoneOffset.UTC).withNano(0))
            + " UTC, "
            + (s.quick()
                ? "**quick mode** (smoke run: small counts, one repetition — not for conclusions)"
                : "full mode")
            + ", product revision "
            + r.revision
            + ". Whole run "
            + fmt("%.0f", r.duration.toMillis() / 1000.0)
            + " s (stack start-up "
            + fmt("%.1f", r.startup.toMillis() / 1000.0)
            + " s).");
    line();
    line(
        "Command: `./mvnw -q -Pbenchmark -pl benchmark -am package -DskipTests && java -jar benchmark/target/benchmark.jar"
            + (s.quick() ? " --quick" : "")
            + "`");
    line();
    line(
        "Everything below was measured in **one JVM, one run**: Temporal's embedded test server (in-memory, gRPC on"
            + " 127.0.0.1), the Magento sandbox, the refund worker and the API (Spring MVC on Tomcat), exactly as"
            + " `LocalStack` starts them, plus the benchmark's own floor workflows and no-op endpoint in the same worker"
            + " factory and web server, and the simulated customers (JDK HttpClient, one thread per customer). Figures"
            + " are the **median of "
            + s.repetitions()
            + " repetition(s)** with the min–max over repetitions in"
            + " parentheses. Latencies are client-side, from sending the request to having the whole response.");
    line();

    machine();
    summary();
    floors();
    turns();
    throughputSection();
    scaling();
    parked();
    decomposition();
    aging();
    whereTheTimeGoes();
    method();
  }

  private void machine() {
    line("## Machine");
    line();
    line("| | |");
    line("|---|---|");
    r.machine.forEach(
        (k, v) -> line("| " + k + " | " + (v.isBlank() ? "(none)" : "`" + v + "`") + " |"));
    line(
        "| Load average (1 min) before / after | "
            + fmt("%.2f", r.loadBefore)
            + " / "
            + fmt("%.2f", r.loadAfter)
            + " |");
    line(
        "| CPU used by other processes during the run (mean) | "
            + fmt("%.0f", r.othersCpu)
            + " % of the machine |");
    line();
    line(
        "How busy the machine was, per phase (sampled every second; *others* = the machine's CPU use minus this"
            + " process's: other builds running at the same time):");
    line();
    line("| phase | seconds | machine CPU | benchmark CPU | others | max load average |");
    line("|---|---:|---:|---:|---:|---:|");
    r.cpuByPhase.forEach(
        (phase, a) ->
            line(
                "| "
                    + phase
                    + " | "
                    + fmt("%.0f", a[0])
                    + " | "
                    + fmt("%.0f", a[1])
                    + " % | "
                    + fmt("%.0f", a[2])
                    + " % | "
                    + fmt("%.0f", a[3])
                    + " % | "
                    + fmt("%.2f", a[4])
                    + " |"));
    line();
    line("Configuration of the stack under test:");
    line();
    r.configuration.forEach((k, v) -> line("- " + k + ": `" + v + "`"));
    line();
  }

  private void summary() {
    line("## Targets");
    line();
    line("| target | measured | |");
    line("|---|---|---|");
    for (int c : cs) {
      if (c > 64) {
        continue;
      }
      Spread p50 = ratio(c, TurnType.CONDITION, 0.5);
      Spread p99 = ratio(c, TurnType.CONDITION, 0.99);
      line(
          "| C="
              + c
              + ": a turn without remote call (condition) at p50 ≤ 1.5× the floor | "
              + p50.ratio()
              + " ("
              + turn(c, TurnType.CONDITION, 0.5).ms()
              + " ms vs "
              + floor(c, Results.HTTP_UPDATE, 0.5).ms()
              + " ms) | "
              + verdict(p50.median() <= 1.5)
              + " |");
      line(
          "| C="
              + c
              + ": … and p99 ≤ 2× | "
              + p99.ratio()
              + " ("
              + turn(c, TurnType.CONDITION, 0.99).ms()
              + " ms vs "
              + floor(c, Results.HTTP_UPDATE, 0.99).ms()
              + " ms) | "
              + verdict(p99.median() <= 2)
              + " |");
      Spread o50 = ratio(c, TurnType.OPEN, 0.5);
      Spread o99 = ratio(c, TurnType.OPEN, 0.99);
      line(
          "| C="
              + c
              + ": the open (greeting only) at p50 ≤ 1.5× / p99 ≤ 2× its floor (HTTP + update-with-start) | "
              + o50.ratio()
              + " / "
              + o99.ratio()
              + " | "
              + verdict(o50.median() <= 1.5 && o99.median() <= 2)
              + " |");
    }
    if (cs.contains(64)) {
      Spread t = throughputRatio(64);
      line(
          "| C=64: refund conversations ≥ 50 % of the bare workflow's throughput | "
              + fmt("%.0f", 100 * t.median())
              + " % ("
              + throughput(64).format("%.1f")
              + " vs "
              + bareThroughput(64).format("%.1f")
              + " conversations/s) | "
              + verdict(t.median() >= 0.5)
              + " |");
    }
    int most = cs.get(cs.size() - 1);
    int errors = sum(most, rep -> rep.product.errors());
    int lost = sum(most, rep -> rep.product.lost());
    int total = sum(most, rep -> rep.product.conversations);
    line(
        "| C="
            + most
            + ": no errors and no lost conversation | "
            + errors
            + " errors (503 or holding reply, each"
            + " retried), "
            + lost
            + " lost of "
            + total
            + " conversations | "
            + verdict(errors == 0 && lost == 0)
            + " |");
    if (r.checkpoints.size() > 2) {
      List<Results.Checkpoint> cps = r.checkpoints.subList(1, r.checkpoints.size());
      double minW = Double.MAX_VALUE;
      double maxW = 0;
      for (Results.Checkpoint cp : cps) {
        double w = cp.heapWithCache() - cp.heapWithoutCache();
        minW = Math.min(minW, w);
        maxW = Math.max(maxW, w);
      }
      Results.Checkpoint last = cps.get(cps.size() - 1);
      boolean bounded = maxW <= 1.5 * Math.max(minW, 1) || maxW < 16 * 1024 * 1024;
      String range =
          fmt("%.0f", Heap.mib((long) minW)).equals(fmt("%.0f", Heap.mib((long) maxW)))
              ? fmt("%.0f", Heap.mib((long) maxW))
              : fmt("%.0f", Heap.mib((long) minW)) + "–" + fmt("%.0f", Heap.mib((long) maxW));
      line(
          "| worker memory bounded by its cache, not by parked conversations | worker's cached conversations "
              + range
              + " MiB from "
              + String.format(Locale.ROOT, "%,d", cps.get(0).parked())
              + " to "
              + String.format(Locale.ROOT, "%,d", last.parked())
              + " parked (cache ≤ "
              + last.cached()
              + " entries) | "
              + verdict(bounded)
              + " |");
    }
    line();
    line(
        "Reference points given in the issue (Temporal's embedded server on this machine, before this project): bare"
            + " update round trip p50 ≈ 1 ms in-process (≈ 3 ms over gRPC), p99 ≈ 6 ms; ≈ 250 workflows/s with three local"
            + " activities. Here, the bare update over gRPC on loopback: p50 "
            + floor(1, Results.UPDATE, 0.5).ms()
            + " ms, p99 "
            + floor(1, Results.UPDATE, 0.99).ms()
            + " ms at C=1.");
    line();
  }

  private void floors() {
    line("## Floors");
    line();
    line(
        "- **update**: the bare Temporal update round trip — `WorkflowClient` → gRPC → embedded server → the worker"
            + " runs a workflow whose update handler returns its input → back; one workflow per client.");
    line(
        "- **http**: the bare HTTP round trip of the API stack — `POST /v1/benchmark/noop` (Tomcat, the bearer-token"
            + " filter, Spring MVC, JSON in and out), nothing behind it.");
    line(
        "- **http+update**: both, composed — an endpoint that does one bare update: **the floor of a customer turn**.");
    line(
        "- **http+open**: an endpoint that does one bare update-with-start: the floor of opening a conversation.");
    line();
    line("| C | floor | p50 ms | p90 ms | p99 ms |");
    line("|---:|---|---:|---:|---:|");
    for (int c : cs) {
      for (String f : Results.FLOORS) {
        line(
            "| "
                + c
                + " | "
                + f
                + " | "
                + floor(c, f, 0.5).ms()
                + " | "
                + floor(c, f, 0.9).ms()
                + " | "
                + floor(c, f, 0.99).ms()
                + " |");
      }
    }
    line();
  }

  private void turns() {
    line("## Turns");
    line();
    line(
        "Whole refund conversations over the real HTTP API against the sandbox, C customers at once, each running"
            + " conversation after conversation without pause: open, email, order, condition, confirmation (the refund)."
            + " Each customer has one refundable order (complete, shipped two days ago, check/money order: offline"
            + " refund). *Ratio* = the turn's percentile over the same percentile of its floor at the same C in the same"
            + " repetition (http+update; http+open for the open).");
    line();
    line("| turn | remote calls |");
    line("|---|---|");
    for (TurnType t : TurnType.values()) {
      line("| " + t.label + " | " + t.remote + " |");
    }
    line();
    for (int c : cs) {
      int n = r.at(c).get(0).product.conversations;
      line("### C = " + c + " (" + n + " conversations per repetition)");
      line();
      line(
          "| turn | p50 ms | p90 ms | p99 ms | p50 / floor | p99 / floor | bare turn p50 / p99 ms |");
      line("|---|---:|---:|---:|---:|---:|---:|");
      for (TurnType t : TurnType.values()) {
        line(
            "| "
                + t.label
                + (t.needsRemoteCall ? "" : " (no remote call)")
                + " | "
                + turn(c, t, 0.5).ms()
                + " | "
                + turn(c, t, 0.9).ms()
                + " | "
                + turn(c, t, 0.99).ms()
                + " | "
                + ratio(c, t, 0.5).ratio()
                + " | "
                + ratio(c, t, 0.99).ratio()
                + " | "
                + bareTurn(c, t, 0.5).ms()
                + " / "
                + bareTurn(c, t, 0.99).ms()
                + " |");
      }
      line(
          "| *floor: http+update* | "
              + floor(c, Results.HTTP_UPDATE, 0.5).ms()
              + " | "
              + floor(c, Results.HTTP_UPDATE, 0.9).ms()
              + " | "
              + floor(c, Results.HTTP_UPDATE, 0.99).ms()
              + " | | | |");
      line();
      line(
          "The open against the plain turn floor (http+update): p50 "
              + openToTurnFloor(c, 0.5).ratio()
              + ", p99 "
              + openToTurnFloor(c, 0.99).ratio()
              + ".");
      line();
    }
  }

  private void throughputSection() {
    line("## Throughput");
    line();
    line(
        "Completed refund conversations (all five turns answered, ending *refunded*) per second, against the bare"
            + " conversation workflow run through the `WorkflowClient` by the same number of clients: update-with-start,"
            + " a local activity, four updates running 2, 1, 0 and 2 no-op activities — the refund conversation's"
            + " updates and activities without HTTP, store calls or workflow logic. The simulated chat backend behaves"
            + " as the API asks: a 503 is sent again with the same message id, and after a holding reply it reads the"
            + " conversation until the answer is there; the turn's latency is then the customer's whole wait. *Lost*:"
            + " conversations that never ended refunded, plus orders refunded twice or not at all (checked in the"
            + " sandbox after each repetition).");
    line();
    line(
        "| C | conversations/s | bare workflow/s | ratio | 503 (retried) | holding replies | lost | turns over 1 s"
            + " (refund / bare) |");
    line("|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (int c : cs) {
      line(
          "| "
              + c
              + " | "
              + throughput(c).format("%.1f")
              + " | "
              + bareThroughput(c).format("%.1f")
              + " | "
              + throughputRatio(c).format("%.2f")
              + " | "
              + sum(c, rep -> rep.product.unavailable.get())
              + " | "
              + sum(c, rep -> rep.product.holdingReplies.get())
              + " | "
              + sum(c, rep -> rep.product.lost())
              + " | "
              + sum(c, rep -> slowTurns(rep.product))
              + " of "
              + sum(c, rep -> turns(rep.product))
              + " / "
              + sum(c, rep -> slowTurns(rep.bare))
              + " of "
              + sum(c, rep -> turns(rep.bare))
              + " |");
    }
    line();
    List<String> errors = new ArrayList<>();
    for (Results.Rep rep : r.reps) {
      for (String e : rep.product.errors) {
        if (errors.size() < 10) {
          errors.add("C=" + rep.clients + " rep " + rep.rep + ": " + e);
        }
      }
    }
    if (!errors.isEmpty()) {
      line("First errors:");
      line();
      errors.forEach(e -> line("- `" + e.replace('`', '\'') + "`"));
      line();
    }
  }

  private static int slowTurns(Workloads.Outcome o) {
    return o.turns.values().stream().mapToInt(s -> s.countAbove(1000)).sum();
  }

  private static int turns(Workloads.Outcome o) {
    return o.turns.values().stream().mapToInt(Samples::count).sum();
  }

  private void scaling() {
    line("## Scaling from 1 to " + cs.get(cs.size() - 1) + " customers");
    line();
    StringBuilder header = new StringBuilder("| C |");
    StringBuilder rule = new StringBuilder("|---:|");
    for (TurnType t : TurnType.values()) {
      header.append(" ").append(t.label).append(" p99 ms |");
      rule.append("---:|");
    }
    header.append(" floor p99 ms | conversations/s | vs C=1 |");
    rule.append("---:|---:|---:|");
    line(header.toString());
    line(rule.toString());
    double base = throughput(cs.get(0)).median();
    for (int c : cs) {
      StringBuilder row = new StringBuilder("| " + c + " |");
      for (TurnType t : TurnType.values()) {
        row.append(" ").append(turn(c, t, 0.99).ms()).append(" |");
      }
      row.append(" ")
          .append(floor(c, Results.HTTP_UPDATE, 0.99).ms())
          .append(" | ")
          .append(throughput(c).format("%.1f"))
          .append(" | ")
          .append(fmt("%.1f", throughput(c).median() / base))
          .append("× |");
      line(row.toString());
    }
    line();
    line("![Latency percentiles by concurrency](latency-by-concurrency.png)");
    line();
    line("![Throughput by concurrency](throughput-by-concurrency.png)");
    line();
  }

  private void parked() {
    if (r.checkpoints.isEmpty()) {
      return;
    }
    line("## Parked conversations");
    line();
    line(
        "Conversations opened over HTTP and left **waiting for the customer's email** (each on its 24 h reminder"
            + " timer) — opening is the cheap way to park "
            + String.format(Locale.ROOT, "%,d", r.settings.parked())
            + " of them ("
            + fmt("%.0f", r.parkOpens.count() / (r.parkNanos / 1e9))
            + " opens/s at "
            + r.settings.parkingClients()
            + " clients; open p50 "
            + fmt("%.2f", r.parkOpens.percentileMillis(0.5))
            + " ms, p99 "
            + fmt("%.2f", r.parkOpens.percentileMillis(0.99))
            + " ms). Live heap = heap in use after"
            + " repeated full GCs. *Worker cache* = live heap with the worker's workflow cache as it was minus live heap"
            + " once the cache was emptied (`invalidateAll`); *outside the cache* = what grows with the parked"
            + " conversations when no worker holds them: the embedded server's in-memory histories and mutable state"
            + " (in production: the server's database, not a JVM's heap).");
    line();
    line(
        "| parked | live heap, cache as is | cached workflows | worker cache | per cached workflow | live heap, cache"
            + " emptied | outside the cache, per parked conversation | threads (cache as is / emptied) |");
    line("|---:|---:|---:|---:|---:|---:|---:|---:|");
    Results.Checkpoint base = r.checkpoints.get(0);
    for (Results.Checkpoint cp : r.checkpoints) {
      long worker = cp.heapWithCache() - cp.heapWithoutCache();
      line(
          "| "
              + String.format(Locale.ROOT, "%,d", cp.parked())
              + " | "
              + fmt("%.0f", Heap.mib(cp.heapWithCache()))
              + " MiB | "
              + cp.cached()
              + " | "
              + fmt("%.1f", Heap.mib(worker))
              + " MiB | "
              + (cp.cached() == 0 ? "–" : fmt("%.1f", worker / 1024.0 / cp.cached()) + " KiB")
              + " | "
              + fmt("%.0f", Heap.mib(cp.heapWithoutCache()))
              + " MiB | "
              + (cp.parked() == 0
                  ? "(baseline)"
                  : fmt(
                          "%.1f",
                          (cp.heapWithoutCache() - base.heapWithoutCache()) / 1024.0 / cp.parked())
                      + " KiB")
              + " | "
              + cp.threadsWithCache()
              + " / "
              + cp.threadsWithoutCache()
              + " |");
    }
    line();
    if (r.parkedRefunded > 0) {
      line(
          "**Refunded** conversations (all five turns, then waiting on the follow-up timer): "
              + r.parkedRefunded
              + " of them add "
              + fmt(
                  "%.1f", (r.heapAfterRefunded - r.heapBeforeRefunded) / 1024.0 / r.parkedRefunded)
              + " KiB each to the live heap outside the worker's cache (the sandbox reset before"
              + " both measurements, so the store's credit memos do not count).");
      line();
    }
    if (!r.histogramGrowth.isEmpty()) {
      line(
          "<details><summary>What grows with the parked conversations (class histogram of the live heap, cache"
              + " emptied, bytes per parked conversation)</summary>");
      line();
      line("| class | bytes per parked conversation |");
      line("|---|---:|");
      r.histogramGrowth.forEach(row -> line("| `" + row[0] + "` | " + row[1] + " |"));
      line();
      line("</details>");
      line();
    }
    line(
        "**A turn on a parked conversation**, with the "
            + String.format(Locale.ROOT, "%,d", r.settings.parked())
            + " conversations parked, one customer at a time. *Evicted*: the conversation had long left the worker's cache,"
            + " so the worker fetches and replays its whole history (cache misses counted by the SDK).");
    line();
    line("| turn | conversations | p50 ms | p90 ms | max ms | cache misses |");
    line("|---|---|---:|---:|---:|---:|");
    samplesRow(
        "email (2 store calls)", "fresh (just opened, cached)", r.emailFresh, r.emailFreshMisses);
    samplesRow("email (2 store calls)", "parked, evicted", r.emailParked, r.emailParkedMisses);
    samplesRow(
        "\"where is my refund?\" (no remote call)",
        "just refunded, cached",
        r.statusFresh,
        r.statusFreshMisses);
    samplesRow(
        "\"where is my refund?\" (no remote call)",
        "refunded, parked, evicted (longest history)",
        r.statusParked,
        r.statusParkedMisses);
    if (cs.contains(1)) {
      line(
          "| email, for reference | the C=1 batches (later in the run, same conversations parked) | "
              + turn(1, TurnType.EMAIL, 0.5).ms()
              + " | "
              + turn(1, TurnType.EMAIL, 0.9).ms()
              + " | | |");
    }
    line();
    if (r.statusParkedMetrics != null) {
      TemporalMetrics.Value replay = r.statusParkedMetrics.get("workflow_task_replay_latency");
      TemporalMetrics.Value exec = r.statusParkedMetrics.get("workflow_task_execution_latency");
      TemporalMetrics.Value execFresh = r.statusFreshMetrics.get("workflow_task_execution_latency");
      line(
          "Worker side (Temporal SDK metrics): a workflow task on an evicted refunded conversation took "
              + (exec == null ? "–" : fmt("%.2f", exec.meanMillis()))
              + " ms on average (replay "
              + (replay == null ? "–" : fmt("%.2f", replay.meanMillis()))
              + " ms), on a cached one "
              + (execFresh == null ? "–" : fmt("%.2f", execFresh.meanMillis()))
              + " ms.");
      line();
    }
  }

  private void samplesRow(String turn, String which, Samples s, int misses) {
    line(
        "| "
            + turn
            + " | "
            + which
            + " | "
            + fmt("%.2f", s.percentileMillis(0.5))
            + " | "
            + fmt("%.2f", s.percentileMillis(0.9))
            + " | "
            + fmt("%.2f", s.percentileMillis(1.0))
            + " | "
            + misses
            + " |");
  }

  private static final List<String[]> METRICS =
      List.of(
          new String[] {"workflow_task_execution_latency", "workflow tasks", "execution"},
          new String[] {
            "workflow_task_schedule_to_start_latency", "", "workflow task schedule-to-start"
          },
          new String[] {"workflow_task_replay_latency", "workflow tasks replayed", "replay"},
          new String[] {"activity_execution_latency", "activity tasks", "execution"},
          new String[] {"activity_schedule_to_start_latency", "", "activity schedule-to-start"},
          new String[] {"local_activity_execution_latency", "local activities", "execution"},
          new String[] {"sticky_cache_miss", "sticky cache misses", ""});

  private void decomposition() {
    if (r.decompositionCondition.isEmpty()) {
      return;
    }
    line("## Where the time of a turn without remote call goes (C = 1)");
    line();
    line(
        "The real refund workflow's open and condition turns, one customer at a time, sent three ways in turn:"
            + " through the HTTP API; through `RefundConversations` as the API sends them (update started and answered"
            + " once *accepted*, then its result polled: two RPCs); through `RefundConversations` in one call waiting for"
            + " completion (one RPC, like the floor). Over HTTP a turn also queries the whole conversation (`view`), as"
            + " the turn's answer carries only its replies and the conversation's state.");
    line();
    line("| turn | sent through | n | p50 ms | p90 ms | p99 ms |");
    line("|---|---|---:|---:|---:|---:|");
    for (String v : Decomposition.VARIANTS) {
      Samples s = r.decompositionOpen.get(v);
      line(
          "| open | "
              + v
              + " | "
              + s.count()
              + " | "
              + fmt("%.2f", s.percentileMillis(0.5))
              + " | "
              + fmt("%.2f", s.percentileMillis(0.9))
              + " | "
              + fmt("%.2f", s.percentileMillis(0.99))
              + " |");
    }
    for (String v : Decomposition.VARIANTS) {
      Samples s = r.decompositionCondition.get(v);
      line(
          "| condition | "
              + v
              + " | "
              + s.count()
              + " | "
              + fmt("%.2f", s.percentileMillis(0.5))
              + " | "
              + fmt("%.2f", s.percentileMillis(0.9))
              + " | "
              + fmt("%.2f", s.percentileMillis(0.99))
              + " |");
    }
    if (cs.contains(1)) {
      double http = r.decompositionCondition.get(Decomposition.VARIANTS[0]).percentileMillis(0.5);
      double accepted =
          r.decompositionCondition.get(Decomposition.VARIANTS[1]).percentileMillis(0.5);
      double one = r.decompositionCondition.get(Decomposition.VARIANTS[2]).percentileMillis(0.5);
      double floor = floor(1, Results.UPDATE, 0.5).median();
      double httpFloor = floor(1, Results.HTTP, 0.5).median();
      line();
      line(
          "Condition turn at p50, by difference: the update floor "
              + fmt("%.2f", floor)
              + " ms; the refund"
              + " workflow's own work on top of it (one call − floor) "
              + fmt("%+.2f", one - floor)
              + " ms; the"
              + " accepted-then-poll protocol (accepted − one call) "
              + fmt("%+.2f", accepted - one)
              + " ms; the API"
              + " (HTTP − accepted) "
              + fmt("%+.2f", http - accepted)
              + " ms, of which the bare HTTP round trip is "
              + fmt("%.2f", httpFloor)
              + " ms.");
      double oHttp = r.decompositionOpen.get(Decomposition.VARIANTS[0]).percentileMillis(0.5);
      double oAccepted = r.decompositionOpen.get(Decomposition.VARIANTS[1]).percentileMillis(0.5);
      double oOne = r.decompositionOpen.get(Decomposition.VARIANTS[2]).percentileMillis(0.5);
      double oFloor = floor(1, Results.HTTP_OPEN, 0.5).median() - httpFloor;
      line(
          "Open at p50: the update-with-start floor without HTTP ≈ "
              + fmt("%.2f", oFloor)
              + " ms (http+open −"
              + " http); the workflow's own work "
              + fmt("%+.2f", oOne - oFloor)
              + " ms; accepted-then-poll "
              + fmt("%+.2f", oAccepted - oOne)
              + " ms; the API "
              + fmt("%+.2f", oHttp - oAccepted)
              + " ms.");
    }
    line();
  }

  private void whereTheTimeGoes() {
    line("## Where the time goes (Temporal SDK metrics)");
    line();
    line(
        "Per completed conversation, summed over the repetitions at each C: the SDK's workflow and activity task"
            + " counts with their mean latencies, and its gRPC calls by operation (client, worker pollers and"
            + " completions together). *Refund* is the product; *bare* the bare conversation workflow.");
    line();
    line(
        "| C | metric | refund: per conversation | refund: mean ms | bare: per conversation | bare: mean ms |");
    line("|---:|---|---:|---:|---:|---:|");
    for (int c : cs) {
      Map<String, TemporalMetrics.Value> product = summed(c, true);
      Map<String, TemporalMetrics.Value> bare = summed(c, false);
      double np = sum(c, rep -> rep.product.refunded.get());
      double nb = sum(c, rep -> rep.bare.refunded.get());
      for (String[] m : METRICS) {
        TemporalMetrics.Value p = product.get(m[0]);
        TemporalMetrics.Value b = bare.get(m[0]);
        if (p == null && b == null) {
          continue;
        }
        line(
            "| "
                + c
                + " | "
                + m[0].replace('_', ' ')
                + " | "
                + (m[1].isEmpty() ? "" : per(p, np))
                + " | "
                + (m[2].isEmpty() ? "" : mean(p))
                + " | "
                + (m[1].isEmpty() ? "" : per(b, nb))
                + " | "
                + (m[2].isEmpty() ? "" : mean(b))
                + " |");
      }
      Map<String, double[]> rpcs = new TreeMap<>();
      product.forEach(
          (k, v) -> {
            if (k.startsWith("request_latency ") || k.startsWith("long_request_latency ")) {
              rpcs.computeIfAbsent(k, x -> new double[4])[0] = v.count() / np;
              rpcs.get(k)[1] = v.meanMillis();
            }
          });
      bare.forEach(
          (k, v) -> {
            if (k.startsWith("request_latency ") || k.startsWith("long_request_latency ")) {
              rpcs.computeIfAbsent(k, x -> new double[] {Double.NaN, Double.NaN, 0, 0})[2] =
                  v.count() / nb;
              rpcs.get(k)[3] = v.meanMillis();
            }
          });
      rpcs.forEach(
          (k, v) ->
              line(
                  "| "
                      + c
                      + " | RPC "
                      + k.replace("_latency", "").replace('_', ' ')
                      + " | "
                      + fmt("%.1f", v[0])
                      + " | "
                      + fmt("%.2f", v[1])
                      + " | "
                      + fmt("%.1f", v[2])
                      + " | "
                      + fmt("%.2f", v[3])
                      + " |"));
    }
    line();
  }

  private Map<String, TemporalMetrics.Value> summed(int c, boolean product) {
    Map<String, TemporalMetrics.Value> out = new LinkedHashMap<>();
    for (Results.Rep rep : r.at(c)) {
      (product ? rep.productMetrics : rep.bareMetrics)
          .forEach(
              (k, v) ->
                  out.merge(
                      k,
                      v,
                      (a, b) ->
                          new TemporalMetrics.Value(
                              a.count() + b.count(), a.totalMillis() + b.totalMillis())));
    }
    return out;
  }

  private static String per(TemporalMetrics.Value v, double n) {
    return v == null || n == 0 ? "–" : fmt("%.1f", v.count() / n);
  }

  private static String mean(TemporalMetrics.Value v) {
    return v == null ? "–" : fmt("%.2f", v.meanMillis());
  }

  private void method() {
    Settings s = r.settings;
    line("## Method");
    line();
    line(
        "- Warm-up first: "
            + s.warmupConversations()
            + " conversations, as many bare workflows and a round of"
            + " every floor at 16 clients, not recorded. Then the parked conversations (they stay parked for the rest"
            + " of the run), then the repetitions, then the decomposition at C=1.");
    line(
        "- Then for each C in "
            + cs
            + " and each of "
            + s.repetitions()
            + " repetition(s), in this order: the four"
            + " floors (about "
            + s.floorSamples()
            + " calls each, spread over the C clients), the refund conversations"
            + " ("
            + conversationCounts()
            + " per repetition, the sandbox reset first so every order is refundable),"
            + " then as many bare conversations. Odd repetitions go up the concurrencies, even ones down, because the"
            + " embedded server slows down as it ages (see above): no concurrency is always measured on the oldest"
            + " server.");
    line(
        "- Closed loop: each simulated customer (a thread) starts its next conversation as soon as the previous one"
            + " ends; throughput = conversations / time from the start signal to the last one done.");
    line(
        "- Percentiles by nearest rank over one repetition's samples; each figure is the median over repetitions"
            + " (min–max in parentheses).");
    line(
        "- The Magento client's rate limiter and bulkhead are raised for the run (see the configuration): with the"
            + " shipped defaults (20 calls/s, 10 at once) a refund conversation's 10 store calls cap the product at about"
            + " 2 conversations/s, which would measure the limiter, not the product.");
    line(
        "- Floor calls and bare conversations that failed with a server error (counted, not timed; the run goes"
            + " on): "
            + r.failedCalls
            + ".");
    line(
        "- Raw figures: `figures.csv` beside this report; the sandbox data: `sandbox-fixture.json`.");
    line();
  }

  private String conversationCounts() {
    List<String> parts = new ArrayList<>();
    for (int c : cs) {
      parts.add(r.settings.conversations(c) + " at C=" + c);
    }
    return String.join(", ", parts);
  }

  private void aging() {
    if (r.floorAtStart == null || r.floorAtEnd == null) {
      return;
    }
    line("## The embedded server ages");
    line();
    line(
        "The bare update floor at C=1 measured before the repetitions (after the warm-up and the parked"
            + " conversations) and again at the very end of the run: p50 "
            + fmt("%.2f", r.floorAtStart.percentileMillis(0.5))
            + " → "
            + fmt("%.2f", r.floorAtEnd.percentileMillis(0.5))
            + " ms, p99 "
            + fmt("%.2f", r.floorAtStart.percentileMillis(0.99))
            + " → "
            + fmt("%.2f", r.floorAtEnd.percentileMillis(0.99))
            + " ms, after "
            + String.format(Locale.ROOT, "%,d", r.conversationsStarted)
            + " conversations (refund, bare and parked) in this run. At the end the embedded"
            + " server held "
            + String.format(Locale.ROOT, "%,d", r.lockEvents[0])
            + " `SelfAdvancingTimerImpl$LockEvent`"
            + " objects ("
            + fmt("%.1f", Heap.mib(r.lockEvents[1]))
            + " MiB): temporal-test-server 1.38.0 appends one to a"
            + " `LinkedList` on every time-skipping lock and unlock of a task (`updateLocks`) and never removes them, and"
            + " every change of a workflow's state removes its own lock event from that list by a linear search"
            + " (`TimerLockHandle.unlock` → `LinkedList.remove`). Each state change therefore costs time proportional to"
            + " everything the server has done since it started, and the memory is never given back.");
    line();
  }

  // ---- charts and CSV
  // -----------------------------------------------------------------------------------------

  private void charts(Path out) {
    List<String> titles = new ArrayList<>();
    int panels = TurnType.values().length + 1;
    double[][][] values = new double[panels][3][cs.size()];
    double[][][] floors = new double[panels][][];
    titles.add("floor: HTTP + update (ms)");
    for (int i = 0; i < cs.size(); i++) {
      for (int q = 0; q < 3; q++) {
        values[0][q][i] = floor(cs.get(i), Results.HTTP_UPDATE, QS[q]).median();
      }
    }
    int p = 1;
    for (TurnType t : TurnType.values()) {
      titles.add(t.label + (t.needsRemoteCall ? " (store calls), ms" : " (no remote call), ms"));
      floors[p] = new double[2][cs.size()];
      for (int i = 0; i < cs.size(); i++) {
        for (int q = 0; q < 3; q++) {
          values[p][q][i] = turn(cs.get(i), t, QS[q]).median();
        }
        floors[p][0][i] = floor(cs.get(i), floorOf(t), 0.5).median();
        floors[p][1][i] = floor(cs.get(i), floorOf(t), 0.99).median();
      }
      p++;
    }
    Chart.latencyPanels(
        out.resolve("latency-by-concurrency.png"),
        "Turn latency by concurrency (ms, log scale; median of repetitions)",
        cs,
        titles,
        values,
        floors);
    double[] product = new double[cs.size()];
    double[] bare = new double[cs.size()];
    double[][] ps = new double[cs.size()][];
    double[][] bs = new double[cs.size()][];
    double[] ratios = new double[cs.size()];
    for (int i = 0; i < cs.size(); i++) {
      ratios[i] = throughputRatio(cs.get(i)).median();
      Spread a = throughput(cs.get(i));
      Spread b = bareThroughput(cs.get(i));
      product[i] = a.median();
      bare[i] = b.median();
      ps[i] = new double[] {a.min(), a.max()};
      bs[i] = new double[] {b.min(), b.max()};
    }
    Chart.throughput(
        out.resolve("throughput-by-concurrency.png"), cs, product, bare, ps, bs, ratios);
  }

  private static final double[] QS = {0.5, 0.9, 0.99};

  private void csv(Path file) {
    StringBuilder csv =
        new StringBuilder("clients,repetition,series,count,p50_ms,p90_ms,p99_ms,per_second\n");
    for (Results.Rep rep : r.reps) {
      rep.floors.forEach((name, s) -> csv.append(row(rep, "floor " + name, s, Double.NaN)));
      for (TurnType t : TurnType.values()) {
        csv.append(row(rep, "turn " + t.label, rep.product.turns.get(t), Double.NaN));
        csv.append(row(rep, "bare " + t.label, rep.bare.turns.get(t), Double.NaN));
      }
      csv.append(rep.clients)
          .append(',')
          .append(rep.rep)
          .append(",throughput refund,")
          .append(rep.product.refunded.get())
          .append(",,,,")
          .append(fmt("%.3f", rep.product.perSecond()))
          .append('\n');
      csv.append(rep.clients)
          .append(',')
          .append(rep.rep)
          .append(",throughput bare,")
          .append(rep.bare.refunded.get())
          .append(",,,,")
          .append(fmt("%.3f", rep.bare.perSecond()))
          .append('\n');
    }
    try {
      Files.writeString(file, csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String row(Results.Rep rep, String series, Samples s, double perSecond) {
    return rep.clients
        + ","
        + rep.rep
        + ","
        + series
        + ","
        + s.count()
        + ","
        + fmt("%.3f", s.percentileMillis(0.5))
        + ","
        + fmt("%.3f", s.percentileMillis(0.9))
        + ","
        + fmt("%.3f", s.percentileMillis(0.99))
        + ","
        + (Double.isNaN(perSecond) ? "" : fmt("%.3f", perSecond))
        + "\n";
  }

  // ---- helpers
  // ------------------------------------------------------------------------------------------------

  private static String verdict(boolean met) {
    return met ? "**met**" : "**missed**";
  }

  static String fmt(String pattern, double v) {
    return Double.isNaN(v) || Double.isInfinite(v) ? "–" : String.format(Locale.ROOT, pattern, v);
  }

  private void line(String s) {
    md.append(s).append('\n');
  }

  private void line() {
    md.append('\n');
  }
}
