package io.policyflow.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closed-loop load: {@code clients} threads, each doing its next task as soon as the previous one
 * is done.
 */
final class Runner {

  /**
   * Tasks that threw (a server error on a floor call or a bare conversation): counted, reported,
   * not fatal.
   */
  static final AtomicInteger TASK_FAILURES = new AtomicInteger();

  private Runner() {}

  interface ClientTask {
    void run(int client, int task) throws Exception;
  }

  interface ClientSetup {
    void run(int client) throws Exception;
  }

  /**
   * Runs {@code tasks} tasks on {@code clients} threads sharing one queue; {@code setup}/{@code
   * teardown} run on each client thread outside the timed part. Returns the nanoseconds from the
   * start signal until the last task was done. A task that throws is counted in {@link
   * #TASK_FAILURES} (the first few are printed) and the others go on; a failure of a client's setup
   * or teardown is rethrown at the end.
   */
  static long closedLoop(
      int clients, int tasks, ClientSetup setup, ClientTask task, ClientSetup teardown) {
    AtomicInteger next = new AtomicInteger();
    CountDownLatch ready = new CountDownLatch(clients);
    CountDownLatch go = new CountDownLatch(1);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    long[] end = new long[clients];
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      Thread t =
          new Thread(
              () -> {
                try {
                  if (setup != null) {
                    setup.run(client);
                  }
                } catch (Throwable e) {
                  failure.compareAndSet(null, e);
                } finally {
                  ready.countDown();
                }
                try {
                  go.await();
                  int i;
                  while ((i = next.getAndIncrement()) < tasks) {
                    try {
                      task.run(client, i);
                    } catch (Exception e) {
                      if (TASK_FAILURES.incrementAndGet() <= 5) {
                        System.err.println(
                            "[bench] a call failed (counted, the run goes on): " + e);
                      }
                    }
                  }
                  end[client] = System.nanoTime();
                  if (teardown != null) {
                    teardown.run(client);
                  }
                } catch (Throwable e) {
                  failure.compareAndSet(null, e);
                }
              },
              "bench-client-" + c);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    try {
      ready.await();
      long start = System.nanoTime();
      go.countDown();
      for (Thread t : threads) {
        t.join();
      }
      long last = start;
      for (long e : end) {
        last = Math.max(last, e);
      }
      if (failure.get() != null) {
        throw new IllegalStateException(
            "a benchmark client failed: " + failure.get(), failure.get());
      }
      return last - start;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
