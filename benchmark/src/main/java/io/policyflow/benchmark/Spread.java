package io.policyflow.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One figure over the repetitions: the median, with the smallest and largest value as its spread.
 */
record Spread(double median, double min, double max, int n) {

  static Spread of(List<Double> values) {
    List<Double> v = new ArrayList<>();
    for (Double d : values) {
      if (d != null && !d.isNaN()) {
        v.add(d);
      }
    }
    if (v.isEmpty()) {
      return new Spread(Double.NaN, Double.NaN, Double.NaN, 0);
    }
    Collections.sort(v);
    int n = v.size();
    double median = n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    return new Spread(median, v.get(0), v.get(n - 1), n);
  }

  /** "12.3 (11.9–13.0)" or "12.3" for a single repetition. */
  String format(String pattern) {
    if (Double.isNaN(median)) {
      return "–";
    }
    String m = String.format(Locale.ROOT, pattern, median);
    if (n < 2) {
      return m;
    }
    return m
        + " ("
        + String.format(Locale.ROOT, pattern, min)
        + "–"
        + String.format(Locale.ROOT, pattern, max)
        + ")";
  }

  String ms() {
    return format(median >= 100 ? "%.0f" : median >= 10 ? "%.1f" : "%.2f");
  }

  String ratio() {
    return format("%.2f") + "×";
  }
}
