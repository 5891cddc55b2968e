package io.policyflow.api.refunds;

import io.temporal.client.WorkflowUpdateHandle;
import io.temporal.client.WorkflowUpdateTimeoutOrCancelledException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Bounds blocking Temporal client calls in time. The SDK retries an unreachable server for up to a
 * minute and waits for an update to be accepted for as long as no worker takes it; an HTTP caller
 * must not wait that long. A call runs on a pool thread; when its deadline passes the thread is
 * interrupted (which cancels the gRPC call) and the caller gets a {@link TimeoutException}.
 */
@Component("policyflowApiTemporalCalls")
public class TemporalCalls implements DisposableBean {

  private static final int MAX_THREADS = 256;

  private final ThreadPoolExecutor executor;

  public TemporalCalls() {
    AtomicInteger count = new AtomicInteger();
    this.executor =
        new ThreadPoolExecutor(
            0,
            MAX_THREADS,
            60,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            task -> {
              Thread thread =
                  new Thread(task, "policyflow-api-temporal-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /** A point in time by which an HTTP answer is due. */
  public record Deadline(long nanos) {
    public static Deadline after(Duration duration) {
      return new Deadline(System.nanoTime() + duration.toNanos());
    }

    long remainingNanos() {
      return Math.max(0, nanos - System.nanoTime());
    }
  }

  /**
   * Runs {@code call} and waits for it until {@code deadline}. Its own exceptions are rethrown as
   * they are (unchecked); a pool that is full throws {@link
   * java.util.concurrent.RejectedExecutionException}.
   */
  public <T> T within(Deadline deadline, Callable<T> call) throws TimeoutException {
    Future<T> future = executor.submit(call);
    try {
      return future.get(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw e;
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for Temporal", e);
    } catch (ExecutionException e) {
      throw unchecked(e.getCause());
    }
  }

  /** Waits for an accepted update's result until {@code deadline}. */
  public <T> T result(WorkflowUpdateHandle<T> handle, Deadline deadline) throws TimeoutException {
    long remaining = deadline.remainingNanos();
    try {
      return handle
          .getResultAsync(remaining, TimeUnit.NANOSECONDS)
          // a safety margin over the poll's own deadline
          .get(remaining + TimeUnit.SECONDS.toNanos(1), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for Temporal", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof WorkflowUpdateTimeoutOrCancelledException
          || (cause instanceof CompletionException
              && cause.getCause() instanceof TimeoutException)) {
        TimeoutException timeout = new TimeoutException("update not completed in time");
        timeout.initCause(cause);
        throw timeout;
      }
      throw unchecked(cause);
    }
  }

  private static RuntimeException unchecked(Throwable cause) {
    if (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(cause);
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}
