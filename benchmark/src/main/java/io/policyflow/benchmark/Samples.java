package io.policyflow.benchmark;

import java.util.Arrays;

/** Latencies in nanoseconds, recorded from many threads; percentiles by nearest rank. */
final class Samples {

  private long[] values = new long[1024];
  private int size;

  synchronized void add(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  synchronized int countAbove(double millis) {
    int n = 0;
    for (int i = 0; i < size; i++) {
      if (values[i] > millis * 1e6) {
        n++;
      }
    }
    return n;
  }

  synchronized int count() {
    return size;
  }

  /** Nearest-rank percentile in milliseconds; NaN when empty. */
  synchronized double percentileMillis(double q) {
    if (size == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(q * size);
    return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
  }

  synchronized double meanMillis() {
    if (size == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (int i = 0; i < size; i++) {
      sum += values[i];
    }
    return sum / size / 1e6;
  }

  /** p50, p90, p99 in milliseconds. */
  Percentiles percentiles() {
    return new Percentiles(
        percentileMillis(0.50), percentileMillis(0.90), percentileMillis(0.99), count());
  }

  record Percentiles(double p50, double p90, double p99, int count) {
    double get(int which) {
      return switch (which) {
        case 0 -> p50;
        case 1 -> p90;
        default -> p99;
      };
    }
  }
}
