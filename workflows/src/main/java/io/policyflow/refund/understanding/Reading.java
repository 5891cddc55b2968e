package io.policyflow.refund.understanding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The cues found in one message, in order, with the discourse markers and the questions around
 * them.
 *
 * @param <T> the value type
 */
final class Reading<T> {

  /** One cue: a value, or a hedge ({@code value} null), at token {@code index}. */
  record Hit<T>(T value, boolean hedge, int index) {}

  private final List<Hit<T>> hits;
  private final List<Integer> reversals;
  private final List<Integer> pauses;
  private final List<Integer> questions;

  Reading(
      List<Hit<T>> hits, List<Integer> reversals, List<Integer> pauses, List<Integer> questions) {
    this.hits = List.copyOf(hits);
    this.reversals = List.copyOf(reversals);
    this.pauses = List.copyOf(pauses);
    this.questions = List.copyOf(questions);
  }

  List<Hit<T>> hits() {
    return hits;
  }

  /**
   * The hits that decide: after a reversal ("yes... actually no") only the hits after the last
   * reversal that is followed by any; otherwise all of them.
   */
  List<Hit<T>> decisive() {
    int latest = Integer.MIN_VALUE;
    for (Hit<T> hit : hits) {
      latest = Math.max(latest, hit.index());
    }
    for (int r = reversals.size() - 1; r >= 0; r--) {
      int at = reversals.get(r);
      if (latest > at) {
        List<Hit<T>> after = new ArrayList<>();
        for (Hit<T> hit : hits) {
          if (hit.index() > at) {
            after.add(hit);
          }
        }
        return after;
      }
    }
    return hits;
  }

  /**
   * The one value all decisive hits agree on; {@code unknown} when there is none, a hedge, or
   * disagreement.
   */
  T unanimous(T unknown) {
    Set<T> values = new LinkedHashSet<>();
    for (Hit<T> hit : decisive()) {
      if (hit.hedge()) {
        return unknown;
      }
      values.add(hit.value());
    }
    return values.size() == 1 ? values.iterator().next() : unknown;
  }

  /** Whether a pause ("but", "wait") or a question sentence comes after token {@code index}. */
  boolean pauseOrQuestionAfter(int index) {
    for (int p : pauses) {
      if (p > index) {
        return true;
      }
    }
    for (int q : questions) {
      if (q > index) {
        return true;
      }
    }
    return false;
  }
}
