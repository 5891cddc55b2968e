package io.policyflow.benchmark;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The Temporal SDK's own metrics (Micrometer, through the Spring starter), summed by name and by
 * task queue or RPC operation, so that the difference between two snapshots tells what a phase
 * cost: workflow tasks and their execution time, activity tasks, RPCs by operation. Keys drop the
 * {@code temporal_} prefix.
 */
final class TemporalMetrics {

  /** count and total milliseconds (timers), or count (counters). */
  record Value(double count, double totalMillis) {
    Value minus(Value other) {
      return new Value(count - other.count, totalMillis - other.totalMillis);
    }

    double meanMillis() {
      return count == 0 ? Double.NaN : totalMillis / count;
    }
  }

  private TemporalMetrics() {}

  static Map<String, Value> snapshot(MeterRegistry registry) {
    Map<String, Value> out = new HashMap<>();
    for (Meter meter : registry.getMeters()) {
      String name = meter.getId().getName();
      if (!name.startsWith("temporal_")) {
        continue;
      }
      // summed over task queues (normal and sticky): phases are measured one at a time
      String operation = meter.getId().getTag("operation");
      String key =
          name.substring("temporal_".length())
              + (operation != null && !operation.equals("none") ? " " + operation : "");
      Value v;
      if (meter instanceof Timer t) {
        v = new Value(t.count(), t.totalTime(TimeUnit.MILLISECONDS));
      } else if (meter instanceof Counter c) {
        v = new Value(c.count(), 0);
      } else {
        continue;
      }
      out.merge(key, v, (a, b) -> new Value(a.count + b.count, a.totalMillis + b.totalMillis));
    }
    return out;
  }

  static Map<String, Value> diff(Map<String, Value> after, Map<String, Value> before) {
    Map<String, Value> out = new TreeMap<>();
    for (Map.Entry<String, Value> e : after.entrySet()) {
      Value d = e.getValue().minus(before.getOrDefault(e.getKey(), new Value(0, 0)));
      if (d.count() > 0) {
        out.put(e.getKey(), d);
      }
    }
    return out;
  }
}
