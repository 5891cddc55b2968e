package io.policyflow.benchmark;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Development probe (not part of the benchmark). */
public final class Probe {
  public static void main(String[] args) throws Exception {
    Path fixture = Fixture.write(Path.of("/tmp/probe/fixture.json"), 800, Instant.now());
    try (Stack stack = Stack.start(fixture, List.of(args))) {
      Workloads work = new Workloads(stack, "p" + System.currentTimeMillis() % 100000);
      stack.sandbox().store().reset();
      work.conversations(16, 200, 1);
      work.bareConversations(16, 200);
      int c = Integer.getInteger("probe.c", 64);
      int n = Integer.getInteger("probe.n", 400);
      stack.sandbox().store().reset();
      System.out.println("PHASE product " + Instant.now());
      var o = work.conversations(c, n, 1);
      System.out.println("PHASE bare " + Instant.now());
      var b = work.bareConversations(c, n);
      System.out.println("PHASE end " + Instant.now());
      System.out.printf("product %.1f/s failed %d; bare %.1f/s%n", o.perSecond(), o.failed.get(), b.perSecond());
    }
    System.exit(0);
  }
}
