package io.policyflow.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything one run measured, for the report. */
final class Results {

  static final String UPDATE = "update";
  static final String HTTP = "http";
  static final String HTTP_UPDATE = "http+update";
  static final String HTTP_OPEN = "http+open";
  static final List<String> FLOORS = List.of(UPDATE, HTTP, HTTP_UPDATE, HTTP_OPEN);

  /** One repetition at one concurrency. */
  static final class Rep {
    final int clients;
    final int rep;
    final Map<String, Samples> floors = new LinkedHashMap<>();
    Workloads.Outcome product;
    Workloads.Outcome bare;
    Map<String, TemporalMetrics.Value> productMetrics;
    Map<String, TemporalMetrics.Value> bareMetrics;

    Rep(int clients, int rep) {
      this.clients = clients;
      this.rep = rep;
      for (String f : FLOORS) {
        floors.put(f, new Samples());
      }
    }
  }

  /**
   * Heap after full GCs with N conversations parked, with the worker's cache as it was and once
   * emptied.
   */
  record Checkpoint(
      int parked,
      long heapWithCache,
      long heapWithoutCache,
      long cached,
      int threadsWithCache,
      int threadsWithoutCache) {}

  Settings settings;
  Instant startedAt;
  Duration startup;
  Duration duration;
  Map<String, String> machine;
  double loadBefore;
  double loadAfter;
  Map<String, double[]> cpuByPhase;
  double othersCpu;
  Map<String, String> configuration = new LinkedHashMap<>();
  String revision;
  final List<Rep> reps = new ArrayList<>();
  Samples floorAtStart;
  Samples floorAtEnd;
  long[] lockEvents = new long[2];
  long conversationsStarted;
  int failedCalls;

  // decomposition at C=1
  final Map<String, Samples> decompositionOpen = new LinkedHashMap<>();
  final Map<String, Samples> decompositionCondition = new LinkedHashMap<>();

  // parked conversations
  final List<Checkpoint> checkpoints = new ArrayList<>();
  final Samples parkOpens = new Samples();
  long parkNanos;
  int parkedRefunded;
  long heapBeforeRefunded;
  long heapAfterRefunded;
  List<String[]> histogramGrowth = new ArrayList<>();
  final Samples emailFresh = new Samples();
  final Samples emailParked = new Samples();
  final Samples statusFresh = new Samples();
  final Samples statusParked = new Samples();
  int emailFreshMisses;
  int emailParkedMisses;
  int statusFreshMisses;
  int statusParkedMisses;
  Map<String, TemporalMetrics.Value> statusParkedMetrics;
  Map<String, TemporalMetrics.Value> statusFreshMetrics;

  List<Rep> at(int clients) {
    return reps.stream().filter(r -> r.clients == clients).toList();
  }
}
