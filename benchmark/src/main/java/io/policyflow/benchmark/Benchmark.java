package io.policyflow.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.management.ObjectName;

/**
 * The Policyflow benchmark: one process, one run, everything measured side by side on the same
 * embedded server.
 *
 * <pre>
 * ./mvnw -q -Pbenchmark -pl benchmark -am package -DskipTests
 * java -jar benchmark/target/benchmark.jar [--quick]
 * </pre>
 *
 * <ol>
 *   <li>Warm-up: a batch of everything at 16 customers, not recorded.
 *   <li>Parked conversations (first, while the embedded server is young): N conversations left
 *       waiting for the customer's email (on their reminder timer); heap after full GCs with the
 *       worker's cache as it is and once emptied; a batch of refunded conversations (waiting on
 *       their follow-up timer); then turns on parked, evicted conversations against fresh ones.
 *       They stay parked for the rest of the run.
 *   <li>For each repetition and each concurrency C (up, then down, then up): the floors (bare
 *       update, bare HTTP, HTTP + update, HTTP + update-with-start), then C customers running whole
 *       refund conversations over the HTTP API against the sandbox, then C clients running the bare
 *       conversation workflow (same updates and activities, no work).
 *   <li>The decomposition of the turns without remote call at C=1 (HTTP API / client in two steps /
 *       one call).
 *   <li>The report: Markdown, two PNG charts and the raw figures as CSV.
 * </ol>
 */
public final class Benchmark {

  private Benchmark() {}

  /**
   * JDK HttpServer (the Magento sandbox) sets TCP_NODELAY on its connections only with this
   * property.
   */
  static final String NODELAY = "sun.net.httpserver.nodelay";

  public static void main(String[] args) throws Exception {
    System.setProperty("java.awt.headless", "true");
    // The sandbox is the JDK's HttpServer, which leaves Nagle's algorithm on: it writes a
    // response's headers and
    // body separately, the second write waits for the client's delayed ACK, and every store call on
    // a kept-alive
    // connection then takes ~40 ms more (measured: 47 ms vs 1.6 ms per sequential GET). A real
    // store's web server
    // sets TCP_NODELAY; so does the benchmark, before the sandbox starts, unless --sandbox-nagle is
    // given.
    boolean nagle = java.util.Arrays.asList(args).contains("--sandbox-nagle");
    if (!nagle && System.getProperty(NODELAY) == null) {
      System.setProperty(NODELAY, "true");
    }
    Path jarDir = jarDirectory();
    Settings settings = Settings.parse(args, jarDir.resolve("benchmark-report"));
    Results results = new Results();
    results.settings = settings;
    results.startedAt = Instant.now();
    results.machine = Machine.describe();
    results.loadBefore = Machine.loadAverage();
    results.revision = Revision.describe();
    long t0 = System.nanoTime();
    Files.createDirectories(settings.out());
    log(
        "Policyflow benchmark (%s): C = %s, %d repetition(s), %d parked; report in %s",
        settings.quick() ? "quick" : "full",
        settings.concurrencies(),
        settings.repetitions(),
        settings.parked(),
        settings.out());

    int customers = settings.customersNeeded();
    Path fixture =
        Fixture.write(settings.out().resolve("sandbox-fixture.json"), customers, Instant.now());
    try (Machine machine = new Machine();
        Stack stack = Stack.start(fixture, List.of())) {
      results.startup = Duration.ofNanos(System.nanoTime() - t0);
      log(
          "stack up in %.1f s (%d sandbox customers)",
          results.startup.toMillis() / 1000.0, customers);
      configuration(results, stack);
      String runId = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
      Workloads work = new Workloads(stack, runId);

      machine.phase("warm-up");
      warmUp(settings, stack, work);

      // Parked first, while the embedded server is young (it slows down as it ages, see the
      // report); the
      // conversations stay parked through everything that follows, as they would in production.
      machine.phase("parked");
      Parked.run(settings, stack, work, results);

      // The embedded server gets slower as it ages (see the report): odd repetitions go up the
      // concurrencies,
      // even ones down, so that no concurrency is always measured on the oldest server.
      results.floorAtStart = new Samples();
      work.updateFloor(1, settings.floorPerClient(1), results.floorAtStart);
      for (int rep = 1; rep <= settings.repetitions(); rep++) {
        List<Integer> order = new ArrayList<>(settings.concurrencies());
        if (rep % 2 == 0) {
          java.util.Collections.reverse(order);
        }
        for (int clients : order) {
          machine.phase("C=" + clients);
          results.reps.add(repetition(settings, stack, work, clients, rep));
        }
      }

      machine.phase("decomposition");
      Decomposition.run(settings, stack, work, results);

      machine.phase("end");
      results.floorAtEnd = new Samples();
      work.updateFloor(1, settings.floorPerClient(1), results.floorAtEnd);
      Map<String, long[]> histogram = classHistogram();
      results.lockEvents = histogram.getOrDefault(LOCK_EVENT, new long[2]);
      results.conversationsStarted = work.conversationsStarted();
      log(
          "floor update p50 at the start %.2f ms, at the end %.2f ms; the embedded server holds %,d time-lock"
              + " events (%.0f MiB)",
          results.floorAtStart.percentileMillis(0.5),
          results.floorAtEnd.percentileMillis(0.5),
          results.lockEvents[0],
          Heap.mib(results.lockEvents[1]));
      results.failedCalls = Runner.TASK_FAILURES.get();
      results.cpuByPhase = machine.byPhase();
      results.othersCpu = machine.othersCpuPercent();
    }
    results.loadAfter = Machine.loadAverage();
    results.duration = Duration.ofNanos(System.nanoTime() - t0);
    Path report = Report.write(results);
    log("done in %.0f s: %s", results.duration.toMillis() / 1000.0, report);
    System.exit(0);
  }

  private static void warmUp(Settings settings, Stack stack, Workloads work) {
    long start = System.nanoTime();
    int clients = 16;
    int n = settings.warmupConversations();
    Samples ignored = new Samples();
    work.updateFloor(clients, settings.floorPerClient(clients), ignored);
    work.httpFloor(clients, settings.floorPerClient(clients), ignored);
    work.httpUpdateFloor(clients, settings.floorPerClient(clients), ignored);
    work.httpOpenFloor(clients, Math.max(2, settings.floorPerClient(clients) / 4), ignored);
    stack.sandbox().store().reset();
    Workloads.Outcome product = work.conversations(clients, n, 1);
    work.verify(product, 10_000);
    work.bareConversations(clients, n);
    if (product.refunded.get() + product.lateRefunded < n * 9 / 10) {
      throw new IllegalStateException(
          "warm-up: "
              + product.failed.get()
              + " of "
              + n
              + " conversations failed, e.g. "
              + product.errors);
    }
    log(
        "warm-up: %d conversations, floors and bare workflows in %.1f s",
        n, (System.nanoTime() - start) / 1e9);
  }

  private static Results.Rep repetition(
      Settings settings, Stack stack, Workloads work, int clients, int rep) {
    Results.Rep r = new Results.Rep(clients, rep);
    int per = settings.floorPerClient(clients);
    work.updateFloor(clients, per, r.floors.get(Results.UPDATE));
    work.httpFloor(clients, per, r.floors.get(Results.HTTP));
    work.httpUpdateFloor(clients, per, r.floors.get(Results.HTTP_UPDATE));
    work.httpOpenFloor(clients, Math.max(1, per / 2), r.floors.get(Results.HTTP_OPEN));

    int n = settings.conversations(clients);
    stack.sandbox().store().reset();
    var before = TemporalMetrics.snapshot(stack.meters());
    r.product = work.conversations(clients, n, 1);
    r.productMetrics = TemporalMetrics.diff(TemporalMetrics.snapshot(stack.meters()), before);
    work.verify(r.product, 15_000);

    before = TemporalMetrics.snapshot(stack.meters());
    r.bare = work.bareConversations(clients, n);
    r.bareMetrics = TemporalMetrics.diff(TemporalMetrics.snapshot(stack.meters()), before);

    StringBuilder p50s = new StringBuilder();
    for (TurnType t : TurnType.values()) {
      p50s.append(
          String.format(
              Locale.ROOT, " %s %.1f", t.label, r.product.turns.get(t).percentileMillis(0.5)));
    }
    log(
        "C=%-3d rep %d: floor update p50 %.2f ms, http+update p50 %.2f ms | %d conversations: %.1f/s"
            + " (bare %.1f/s), p50 ms:%s; condition p99 %.2f ms, errors %d, lost %d",
        clients,
        rep,
        r.floors.get(Results.UPDATE).percentileMillis(0.5),
        r.floors.get(Results.HTTP_UPDATE).percentileMillis(0.5),
        n,
        r.product.perSecond(),
        r.bare.perSecond(),
        p50s,
        r.product.turns.get(TurnType.CONDITION).percentileMillis(0.99),
        r.product.errors(),
        r.product.lost());
    if (!r.product.errors.isEmpty()) {
      log("  first errors: %s", r.product.errors.subList(0, Math.min(3, r.product.errors.size())));
    }
    return r;
  }

  private static void configuration(Results results, Stack stack) {
    Map<String, String> c = results.configuration;
    c.put(
        "Workflow cache (spring.temporal.workflow-cache.max-instances)",
        stack.property("spring.temporal.workflow-cache.max-instances", "600 (SDK default)"));
    c.put(
        "Workflow threads (spring.temporal.workflow-cache.max-threads)",
        stack.property("spring.temporal.workflow-cache.max-threads", "600 (SDK default)"));
    c.put(
        "Workflow/activity task executors per worker",
        stack.property(
                "spring.temporal.workers[0].capacity.max-concurrent-workflow-task-executors",
                "200 (SDK default)")
            + " / "
            + stack.property(
                "spring.temporal.workers[0].capacity.max-concurrent-activity-executors",
                "200 (SDK default)"));
    c.put(
        "Tomcat threads (server.tomcat.threads.max)",
        stack.property("server.tomcat.threads.max", "200 (default)"));
    c.put(
        "API turn timeout (policyflow.api.turn-timeout)",
        stack.property("policyflow.api.turn-timeout", "5s"));
    c.put("Overrides of the local stack's settings", String.join(" ", Stack.OVERRIDES));
    c.put(
        "Sandbox TCP_NODELAY (-D" + NODELAY + ", JDK HttpServer)",
        System.getProperty(NODELAY, "false")
            + ("true".equals(System.getProperty(NODELAY))
                ? " (set by the benchmark; --sandbox-nagle leaves it off)"
                : ""));
  }

  static void log(String format, Object... args) {
    System.out.printf(Locale.ROOT, "[bench %tT] " + format + "%n", prepend(Instant.now(), args));
  }

  private static Object[] prepend(Instant now, Object[] args) {
    Object[] all = new Object[args.length + 1];
    all[0] = java.util.Date.from(now);
    System.arraycopy(args, 0, all, 1, args.length);
    return all;
  }

  /** The directory of the jar run with {@code java -jar} (benchmark/target), else ./target. */
  private static Path jarDirectory() {
    String classPath = System.getProperty("java.class.path", "");
    if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
      Path parent = Path.of(classPath).toAbsolutePath().getParent();
      if (parent != null) {
        return parent;
      }
    }
    return Path.of("target").toAbsolutePath();
  }

  /** The embedded server's time-lock diagnostic events (never removed: see the report). */
  static final String LOCK_EVENT =
      "io.temporal.internal.testservice.SelfAdvancingTimerImpl$LockEvent";

  /** The live heap's class histogram (a full GC first): class name → {instances, bytes}. */
  static Map<String, long[]> classHistogram() {
    Map<String, long[]> out = new java.util.HashMap<>();
    try {
      String text =
          (String)
              ManagementFactory.getPlatformMBeanServer()
                  .invoke(
                      new ObjectName("com.sun.management:type=DiagnosticCommand"),
                      "gcClassHistogram",
                      new Object[] {new String[0]},
                      new String[] {String[].class.getName()});
      for (String line : text.split("\n")) {
        String[] parts = line.trim().split("\\s+");
        if (parts.length >= 4 && parts[0].endsWith(":")) {
          long[] v = out.computeIfAbsent(parts[3], k -> new long[2]);
          v[0] += Long.parseLong(parts[1]);
          v[1] += Long.parseLong(parts[2]);
        }
      }
    } catch (Exception e) {
      log("class histogram unavailable: %s", e);
    }
    return out;
  }

  static List<String[]> histogramGrowth(
      Map<String, long[]> before, Map<String, long[]> after, int per, int top) {
    List<String[]> rows = new ArrayList<>();
    after.entrySet().stream()
        .map(
            e ->
                Map.entry(
                    e.getKey(), e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]))
        .filter(e -> e.getValue() > 0)
        .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
        .limit(top)
        .forEach(
            e ->
                rows.add(
                    new String[] {
                      e.getKey(), String.format(Locale.ROOT, "%.0f", e.getValue() / (double) per)
                    }));
    return rows;
  }
}
