package io.policyflow.benchmark;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Development probe (not part of the benchmark). */
public final class Probe {
  public static void main(String[] args) throws Exception {
    Path fixture = Fixture.write(Path.of("/tmp/probe/fixture.json"), 300, Instant.now());
    try (Stack stack = Stack.start(fixture, List.of(args))) {
      Workloads work = new Workloads(stack, "p" + System.currentTimeMillis() % 100000);
      for (int w = 0; w < 3; w++) {
        work.updateFloor(16, 100, new Samples());
      }
      WorkflowClient client = stack.client();
      for (int r0 = 0; r0 < 3; r0++) {
        int round = r0;
        int c = 64;
        int per = 30;
        FloorWorkflow[] stubs = new FloorWorkflow[c];
        List<String> slow = Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        Samples s = new Samples();
        long nanos = Runner.closedLoop(c, c * per, cl -> {
          stubs[cl] = client.newWorkflowStub(FloorWorkflow.class, WorkflowOptions.newBuilder()
              .setTaskQueue(FloorWorkflow.TASK_QUEUE).setWorkflowId("probe-" + round + "-" + cl + "-" + t0).build());
          WorkflowClient.start(stubs[cl]::run, 0);
          stubs[cl].echo("warm");
        }, (cl, i) -> {
          long a = System.nanoTime();
          stubs[cl].echo("x");
          long d = System.nanoTime() - a;
          s.add(d);
          if (d > 900_000_000L) {
            slow.add(String.format("client %d task %d at +%.2fs took %.2fs", cl, i, (a - t0) / 1e9, d / 1e9));
          }
        }, cl -> stubs[cl].done());
        System.out.printf("round %d: p50 %.2f p99 %.2f max %.2f, %d slow, %.1f s%n", round, s.percentileMillis(.5),
            s.percentileMillis(.99), s.percentileMillis(1), slow.size(), nanos / 1e9);
        slow.stream().sorted().limit(5).forEach(System.out::println);
        for (var m : stack.meters().getMeters()) {
          if (m.getId().getName().contains("schedule_to_start") || m.getId().getName().contains("poll_succeed")) {
            if (m instanceof io.micrometer.core.instrument.Timer t) {
              System.out.printf("  %s %s: n=%d mean %.1f max %.1f%n", m.getId().getName(), m.getId().getTags(), t.count(),
                  t.mean(java.util.concurrent.TimeUnit.MILLISECONDS), t.max(java.util.concurrent.TimeUnit.MILLISECONDS));
            } else if (m instanceof io.micrometer.core.instrument.Counter c0) {
              System.out.printf("  %s %s: n=%.0f%n", m.getId().getName(), m.getId().getTags(), c0.count());
            }
          }
        }
      }
    }
    System.exit(0);
  }
}
