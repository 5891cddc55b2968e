package io.policyflow.refund.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a token list with a {@link Lexicon}: longest phrase first, clause by clause. A negator
 * ("not", "never", "no", "nothing", "without") negates the next cue in its clause within {@value
 * #NEGATION_REACH} tokens ("have not yet received it"), and keeps negating through "or"/"nor"
 * ("don't want credit or an exchange"). A negator that negates no cue stands for the lexicon's
 * dangling value. In a question sentence only question-safe cues count, unless it is a request
 * ("could I get store credit?", "how about an exchange?") and the lexicon reads requests as
 * answers. A sentence is a question when it ends with '?' or opens like one ("what is...", "is it
 * ok..."); a "what" or "how" opening a clause after a cue is a pause ("yes how much is it").
 */
final class CueScanner<T> {

  static final int NEGATION_REACH = 4;

  private static final Set<String> NEGATORS =
      Set.of("not", "never", "no", "nothing", "without", "nor");
  private static final Set<String> CHAIN = Set.of("or", "nor");
  private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?");
  private static final Set<String> LEAD_IN =
      Set.of(
          "please", "so", "ok", "okay", "and", "but", "hi", "hey", "then", "well", "oh", "um",
          "hmm");
  private static final Set<String> REQUEST_VERBS = Set.of("can", "could", "may", "would", "will");
  private static final Set<String> REQUEST_SUBJECTS = Set.of("i", "we", "you");
  private static final Set<String> WH_WORDS =
      Set.of("what", "how", "when", "where", "which", "who", "why");
  private static final Set<String> AUXILIARIES =
      Set.of(
          "is", "are", "am", "was", "were", "does", "did", "will", "can", "could", "would",
          "should", "has", "have");
  private static final Set<String> SUBJECTS =
      Set.of("i", "you", "we", "it", "this", "that", "they", "there", "my", "the");

  private final Lexicon<T> lexicon;
  private final List<String> tokens;
  private final List<Reading.Hit<T>> hits = new ArrayList<>();
  private final List<Integer> reversals = new ArrayList<>();
  private final List<Integer> pauses = new ArrayList<>();
  private final List<Integer> questions = new ArrayList<>();

  private int negatorAt = -1;
  private boolean inQuestion;

  /**
   * At the start of a clause, or right after a cue: where a "what"/"how" opens a question ("yes how
   * much?").
   */
  private boolean clauseStart;

  CueScanner(Lexicon<T> lexicon, List<String> tokens) {
    this.lexicon = lexicon;
    this.tokens = tokens;
  }

  Reading<T> scan() {
    int start = 0;
    while (start < tokens.size()) {
      int end = start;
      while (end < tokens.size() && !SENTENCE_ENDS.contains(tokens.get(end))) {
        end++;
      }
      boolean question =
          end < tokens.size() && tokens.get(end).equals("?") || startsLikeAQuestion(start, end);
      inQuestion = question && !(lexicon.requestsAreAnswers() && isRequest(start, end));
      if (inQuestion) {
        questions.add(start);
      }
      scanSentence(start, end);
      start = end + 1;
    }
    return new Reading<>(hits, reversals, pauses, questions);
  }

  private void scanSentence(int start, int end) {
    negatorAt = -1;
    clauseStart = true;
    int i = start;
    while (i < end) {
      String token = tokens.get(i);
      if (Text.isPunctuation(token)) {
        endNegation();
        clauseStart = true;
        i++;
        continue;
      }
      if (negatorAt >= 0 && i - negatorAt > NEGATION_REACH) {
        endNegation();
      }
      if (WH_WORDS.contains(token)
          && clauseStart
          && !(token.equals("why") && at(i + 1).equals("not"))) {
        pauses.add(i);
      }
      Lexicon.Entry<T> entry = lexicon.match(tokens, i);
      clauseStart = entry != null && entry.kind() != Lexicon.Kind.NEGATOR;
      boolean phrase = entry != null && entry.phrase().size() > 1;
      if (!phrase && NEGATORS.contains(token) && (entry == null || negatableCueAt(i + 1))) {
        endNegation();
        negatorAt = i;
        i++;
        continue;
      }
      if (entry == null) {
        i++;
        continue;
      }
      if (entry.kind() == Lexicon.Kind.NEGATOR) {
        endNegation();
        negatorAt = i + entry.phrase().size() - 1;
      } else {
        apply(entry, i);
      }
      i += entry.phrase().size();
    }
    endNegation();
  }

  private void apply(Lexicon.Entry<T> entry, int at) {
    switch (entry.kind()) {
      case REVERSAL:
        reversals.add(at);
        break;
      case PAUSE:
        pauses.add(at);
        break;
      case REVERSAL_AND_PAUSE:
        reversals.add(at);
        pauses.add(at);
        break;
      case NEUTRAL:
      case NEGATOR:
        break;
      case HEDGE:
        negatorAt = -1;
        if (!inQuestion) {
          hits.add(new Reading.Hit<>(null, true, at));
        }
        break;
      case VALUE:
        applyValue(entry, at);
        break;
      default:
        throw new IllegalStateException(entry.kind().name());
    }
  }

  private void applyValue(Lexicon.Entry<T> entry, int at) {
    boolean negated = negatorAt >= 0;
    T value = negated ? lexicon.negate(entry.value()) : entry.value();
    if (negated) {
      int next = at + entry.phrase().size();
      negatorAt = next < tokens.size() && CHAIN.contains(tokens.get(next)) ? next : -1;
    }
    if (value != null && (!inQuestion || entry.questionSafe())) {
      hits.add(new Reading.Hit<>(value, false, at));
    }
  }

  /** A pending negation that negated nothing stands for the dangling value. */
  private void endNegation() {
    if (negatorAt >= 0
        && lexicon.dangling() != null
        && !inQuestion
        && !CHAIN.contains(tokens.get(negatorAt))) {
      hits.add(new Reading.Hit<>(lexicon.dangling(), false, negatorAt));
    }
    negatorAt = -1;
  }

  private String at(int index) {
    return index < tokens.size() ? tokens.get(index) : "";
  }

  private boolean negatableCueAt(int index) {
    if (index >= tokens.size()) {
      return false;
    }
    Lexicon.Entry<T> next = lexicon.match(tokens, index);
    return next != null
        && next.kind() == Lexicon.Kind.VALUE
        && lexicon.negate(next.value()) != null;
  }

  /**
   * "what is the amount", "is it ok": a question even without its question mark ("why not" is not
   * one).
   */
  private boolean startsLikeAQuestion(int start, int end) {
    int i = skipLeadIn(start, end);
    if (i >= end) {
      return false;
    }
    String first = tokens.get(i);
    String second = i + 1 < end ? tokens.get(i + 1) : "";
    if (WH_WORDS.contains(first)) {
      return !(first.equals("why") && second.equals("not"));
    }
    return AUXILIARIES.contains(first) && SUBJECTS.contains(second);
  }

  private int skipLeadIn(int start, int end) {
    int i = start;
    while (i < end && LEAD_IN.contains(tokens.get(i))) {
      i++;
    }
    return i;
  }

  private boolean isRequest(int start, int end) {
    int i = skipLeadIn(start, end);
    if (i + 1 >= end) {
      return false;
    }
    String first = tokens.get(i);
    String second = tokens.get(i + 1);
    boolean proposal = (first.equals("how") || first.equals("what")) && second.equals("about");
    return proposal || REQUEST_VERBS.contains(first) && REQUEST_SUBJECTS.contains(second);
  }
}
