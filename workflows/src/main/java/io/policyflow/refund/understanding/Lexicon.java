package io.policyflow.refund.understanding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The phrases one kind of answer is read with: each phrase (a token sequence, matched longest
 * first) is a cue for a value, a hedge ("maybe", "not sure"), or neutral (consumed so that it is
 * not read as anything else: the "no" in "no problem"). Every lexicon also knows the shared
 * discourse markers: reversals ("actually", "wait", "on second thought") after which a later cue
 * overrides earlier ones, and pauses ("but", "wait", "hold on").
 *
 * <p>Immutable once built; reading is deterministic.
 *
 * @param <T> the value type
 */
final class Lexicon<T> {

  enum Kind {
    VALUE,
    HEDGE,
    NEUTRAL,
    /**
     * A phrase that negates like "not" does ("please don't", where "please do" alone would be a
     * yes).
     */
    NEGATOR,
    REVERSAL,
    PAUSE,
    REVERSAL_AND_PAUSE
  }

  record Entry<T>(List<String> phrase, Kind kind, T value, boolean questionSafe) {}

  private final Map<String, List<Entry<T>>> byFirstToken;
  private final UnaryOperator<T> negate;
  private final T dangling;
  private final boolean requestsAreAnswers;

  private Lexicon(
      List<Entry<T>> entries, UnaryOperator<T> negate, T dangling, boolean requestsAreAnswers) {
    Map<String, List<Entry<T>>> map = new HashMap<>();
    for (Entry<T> entry : entries) {
      map.computeIfAbsent(entry.phrase().get(0), k -> new ArrayList<>()).add(entry);
    }
    map.replaceAll(
        (k, list) -> {
          List<Entry<T>> sorted = new ArrayList<>(list);
          sorted.sort(Comparator.comparingInt((Entry<T> e) -> e.phrase().size()).reversed());
          return List.copyOf(sorted);
        });
    this.byFirstToken = Map.copyOf(map);
    this.negate = negate;
    this.dangling = dangling;
    this.requestsAreAnswers = requestsAreAnswers;
  }

  static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Reads the cues in {@code text}. */
  Reading<T> read(String text) {
    return new CueScanner<>(this, Text.tokenize(text)).scan();
  }

  /** The longest entry matching the tokens at {@code start}, or null. */
  Entry<T> match(List<String> tokens, int start) {
    List<Entry<T>> candidates = byFirstToken.get(tokens.get(start));
    if (candidates == null) {
      return null;
    }
    for (Entry<T> entry : candidates) {
      List<String> phrase = entry.phrase();
      if (start + phrase.size() <= tokens.size()
          && tokens.subList(start, start + phrase.size()).equals(phrase)) {
        return entry;
      }
    }
    return null;
  }

  /**
   * Every phrase of the lexicon, markers included, as normalized text ("on second thought"),
   * sorted.
   */
  List<String> phrases() {
    List<String> phrases = new ArrayList<>();
    for (List<Entry<T>> entries : byFirstToken.values()) {
      for (Entry<T> entry : entries) {
        phrases.add(String.join(" ", entry.phrase()));
      }
    }
    phrases.sort(Comparator.naturalOrder());
    return phrases;
  }

  /**
   * The value a negated cue stands for ("not used" is unused); null when a negated cue means
   * nothing.
   */
  T negate(T value) {
    return negate.apply(value);
  }

  /**
   * What a negation that applies to no cue means on its own ("don't" is a no); null when nothing.
   */
  T dangling() {
    return dangling;
  }

  /** Whether a request question ("can I get store credit?") is read like a statement. */
  boolean requestsAreAnswers() {
    return requestsAreAnswers;
  }

  static final class Builder<T> {

    private final List<Entry<T>> entries = new ArrayList<>();
    private UnaryOperator<T> negate = v -> null;
    private T dangling;
    private boolean requestsAreAnswers = true;

    Builder() {
      marker(
          Kind.REVERSAL,
          "actually",
          "on second thought",
          "on second thoughts",
          "second thoughts",
          "scratch that",
          "i mean",
          "then again");
      marker(Kind.REVERSAL_AND_PAUSE, "wait", "oh wait", "hold on", "hang on");
      marker(
          Kind.PAUSE,
          "but",
          "though",
          "although",
          "however",
          "if",
          "unless",
          "as long as",
          "provided",
          "only if");
    }

    Builder<T> value(T value, String... phrases) {
      return add(Kind.VALUE, value, false, phrases);
    }

    /** Cues that count even inside a question ("why not?"). */
    Builder<T> questionSafe(T value, String... phrases) {
      return add(Kind.VALUE, value, true, phrases);
    }

    Builder<T> hedge(String... phrases) {
      return add(Kind.HEDGE, null, false, phrases);
    }

    Builder<T> neutral(String... phrases) {
      return add(Kind.NEUTRAL, null, false, phrases);
    }

    Builder<T> negator(String... phrases) {
      return add(Kind.NEGATOR, null, false, phrases);
    }

    Builder<T> negate(UnaryOperator<T> negate) {
      this.negate = negate;
      return this;
    }

    Builder<T> dangling(T dangling) {
      this.dangling = dangling;
      return this;
    }

    /** Questions, requests included ("can you go ahead?"), are never read as answers. */
    Builder<T> questionsAreNeverAnswers() {
      this.requestsAreAnswers = false;
      return this;
    }

    Lexicon<T> build() {
      return new Lexicon<>(entries, negate, dangling, requestsAreAnswers);
    }

    private void marker(Kind kind, String... phrases) {
      add(kind, null, false, phrases);
    }

    private Builder<T> add(Kind kind, T value, boolean questionSafe, String... phrases) {
      for (String phrase : phrases) {
        List<String> tokens = Text.tokenize(phrase);
        if (tokens.isEmpty()) {
          throw new IllegalArgumentException("empty phrase");
        }
        entries.removeIf(e -> e.phrase().equals(tokens));
        entries.add(new Entry<>(List.copyOf(tokens), kind, value, questionSafe));
      }
      return this;
    }
  }
}
