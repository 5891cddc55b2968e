package io.policyflow.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Live heap: the heap in use right after full collections, repeated until it settles. */
final class Heap {

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private Heap() {}

  static long usedAfterGc() {
    long previous = Long.MAX_VALUE;
    long used = 0;
    for (int i = 0; i < 8; i++) {
      System.gc();
      Workloads.sleep(150);
      used = MEMORY.getHeapMemoryUsage().getUsed();
      if (i >= 2 && Math.abs(previous - used) < 512 * 1024) {
        break;
      }
      previous = used;
    }
    return used;
  }

  static int threads() {
    return ManagementFactory.getThreadMXBean().getThreadCount();
  }

  static double mib(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }
}
