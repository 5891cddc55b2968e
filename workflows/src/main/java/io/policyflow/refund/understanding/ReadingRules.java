package io.policyflow.refund.understanding;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readings of change {@code understanding-2} ({@link Understanding#CURRENT}), on top of the
 * first readings ({@link Understanding#LEGACY}, the static {@link ReplyInterpreter}). Text is read
 * as by {@link Text#normalize}, with accents folded ("sí" is "si", "déjalo" is "dejalo"). Every
 * rule is one pass over the tokens (phrases of bounded length), so linear in the message.
 *
 * <p><b>Hedge.</b> A message that says the customer is unsure is a hedge: "maybe", "perhaps",
 * "probably", "possibly", "might", "not sure", "unsure", "not certain", "not" followed within three
 * words by "sure", "certain" or "positive" ("not 100% sure", "not entirely sure"), "I think", "I
 * believe", "I guess", "I suppose", "I reckon", "I hope", "hopefully", "think so", "no idea", "I
 * don't know", "idk", "dunno", "can't remember", "don't recall", "no clue", "who knows", "can't
 * say", "hard to say", "kind of", "sort of", "more or less", "should be", the French and Spanish
 * ones ("peut-être", "je pense", "je ne sais pas", "pas sûr", "quizás", "tal vez", "creo", "no sé",
 * "no estoy seguro"), and 🤔 or 🤷. A hedge anywhere in the message makes the answer to a question
 * (condition, confirmation, an alternative, arrival) UNKNOWN: it is asked again, never read as a
 * yes or a no.
 *
 * <p><b>Negated pick.</b> At the order question, "not", "never", "nor", "neither", "except",
 * "anything but", "other than", "apart from" (and French "pas") negate what follows them up to the
 * end of their clause: a punctuation mark, "but", "it is", "I mean", "I want", "I meant", "I need",
 * "I would like", "rather", "instead", "actually", "the other", "other", "that one". A negator
 * followed by "sure", "certain", "positive", "know", "remember", "recall", "really" is a hedge, not
 * a negated pick. Every order any negated word names (by number, position, item or recency) is
 * excluded, even when the negated words name several. The pick is what the rest of the message
 * names minus them, or, when the rest names nothing ("not the tank one, the other one"), the one
 * listed order left. More than one left is UNKNOWN. A negated order is never chosen.
 *
 * <p><b>Recency pick.</b> Orders are listed with the day they were placed, so at the order question
 * "most recent", "latest", "newest", "newer", "more recent", "my last order", "last purchase", "the
 * last one I ordered/bought/placed" (and "más reciente", "último pedido", "plus récente", "dernière
 * commande") pick the newest of the orders the rest of the message leaves, "oldest", "earliest",
 * "earlier", "older", "first one I ordered" (and "más antiguo", "plus ancienne") the oldest;
 * "today", "yesterday", "this week", "last week", "this month", "last month" and a weekday
 * ("Monday's order", within the last 7 days) keep the orders placed then ("last week": in the
 * previous calendar week, or 7 to 13 days ago). A tie, or a window with no order, is UNKNOWN. "The
 * last one" alone is still the last one listed.
 *
 * <p><b>Closing ("keep it").</b> In every state, "keep" followed by it/them/this/that/everything/
 * the item(s)/the order ("I'll just keep it", "nah, gonna keep them"), "forget" followed by
 * it/about/that/this/everything/the whole thing ("ugh forget it"), "hang on to it", and "me lo
 * quedo", "je le garde", "laisse tomber", "tant pis", "olvídalo", "déjalo", "da igual", "not worth
 * it", "don't bother" close the conversation as cancelled, unless negated just before ("I don't
 * want to keep it", "don't forget"), asked ("can I keep it?"), or the message also names an
 * alternative or an answer: "but", "except", "instead", "refund", "money", "credit", "exchange",
 * "replace", "return", "still", "other", "rest" (a declined one is fine: "I'll keep it, no need for
 * a refund"), a digit or an email address. "Keep it in the box" (in, on, sealed, safe, for, ...) is
 * how it is kept, not a decision.
 *
 * <p><b>Polite yes.</b> At the confirmation the common indirect forms are a yes: "that would be
 * great" (lovely, perfect, wonderful, amazing, helpful, ...), "sounds great", "that works", "works
 * for me", "please", "please go ahead", "I'd appreciate that", "I would love that", "lovely",
 * "great", "awesome", "cool", "oui", "sí" (as the first word), "claro", "vale", "d'accord", "por
 * favor", 👌 ✅ 🙏. Conditional or mixed answers stay UNKNOWN: a hedge, a condition anywhere ("if",
 * "unless", "as long as", "provided", "assuming", "only", "except", "depending", "si" after the
 * first word, "sauf", "pero", "mais"), a "but", a question, or a yes next to a no. Negated praise
 * ("not great", "not ideal") is a hedge, not a no.
 */
final class ReadingRules {

  /** Polite and indirect yeses ({@link PoliteYes#POLITE_YES}). */
  static final List<String> POLITE_YES = PoliteYes.POLITE_YES;

  /** Praise negated: not a no, a hedge ({@link PoliteYes#NEGATED_PRAISE}). */
  static final List<String> NEGATED_PRAISE = PoliteYes.NEGATED_PRAISE;

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private static final Pattern REPEATS = Pattern.compile("([a-z])\\1{2,}");

  private ReadingRules() {}

  /**
   * The text as {@code understanding-2} reads it: accents folded, emoji named, "yesss" is "yes".
   */
  static String prepared(String text) {
    if (text == null) {
      return null;
    }
    String t =
        text.replace("\ud83e\udd14", " thinkingface ").replace("\ud83e\udd37", " shrugface ");
    t = PoliteYes.EMOJI_YES.matcher(t).replaceAll(" ok ");
    if (!isAscii(t)) {
      t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
    }
    t = t.replace('\u2019', '\'');
    return REPEATS.matcher(t.toLowerCase(java.util.Locale.ROOT)).replaceAll("$1");
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x7f) {
        return false;
      }
    }
    return true;
  }

  /** Every cue word and phrase of these rules (for the timing test's adversarial inputs). */
  static List<String> cues() {
    List<String> cues = new ArrayList<>(PoliteYes.POLITE_YES);
    cues.addAll(PoliteYes.NEGATED_PRAISE);
    for (List<List<String>> list :
        List.of(
            Hedges.HEDGES,
            Hedges.CONDITIONAL_PHRASES,
            ExcludedPicks.CLAUSE_END_PHRASES,
            RecencyPicks.NEWEST,
            RecencyPicks.OLDEST,
            RecencyPicks.WINDOWS,
            Closings.CLOSERS)) {
      for (List<String> phrase : list) {
        cues.add(String.join(" ", phrase));
      }
    }
    for (Set<String> set :
        List.of(
            Hedges.SURE,
            Hedges.CONDITIONAL,
            ExcludedPicks.NEGATORS,
            ExcludedPicks.HEDGED_AFTER_NEGATOR,
            ExcludedPicks.CLAUSE_ENDS,
            Closings.KEEP,
            Closings.KEPT_OBJECTS,
            Closings.NOT_CLOSING,
            Closings.AFTER_KEPT,
            PoliteYes.AFTER_SI)) {
      cues.addAll(set);
    }
    cues.addAll(List.of("\ud83e\udd14", "\ud83e\udd37", "\u2705", "\ud83d\udc4c", "\ud83d\ude4f"));
    return cues;
  }

  static YesNo yesNo(String text) {
    String prepared = PoliteYes.leadingSi(prepared(text));
    List<String> tokens = Text.tokens(Text.normalize(prepared));
    if (Hedges.hedged(tokens)) {
      return YesNo.UNKNOWN;
    }
    YesNo answer = YesNoRules.read(YesNoRules.LEXICON_2, prepared);
    return answer == YesNo.YES && Hedges.conditional(tokens) ? YesNo.UNKNOWN : answer;
  }

  /** The condition as first read, or through a plain yes/no; UNKNOWN when hedged. */
  static Condition condition(String text) {
    String prepared = prepared(text);
    if (Hedges.hedged(Text.tokens(Text.normalize(prepared)))) {
      return Condition.UNKNOWN;
    }
    Condition condition = ConditionRules.read(prepared);
    if (condition != Condition.UNKNOWN) {
      return condition;
    }
    YesNo yesNo = YesNoRules.read(prepared);
    return yesNo == YesNo.YES
        ? Condition.UNUSED
        : yesNo == YesNo.NO ? Condition.USED : Condition.UNKNOWN;
  }

  static Alternative alternative(String text) {
    String prepared = prepared(text);
    return Hedges.hedged(Text.tokens(Text.normalize(prepared)))
        ? Alternative.UNKNOWN
        : AlternativeRules.read(prepared);
  }

  static Arrival arrival(String text) {
    String prepared = prepared(text);
    return Hedges.hedged(Text.tokens(Text.normalize(prepared)))
        ? Arrival.UNKNOWN
        : ArrivalRules.read(prepared);
  }

  /** The first intent, or CANCEL when the message closes the conversation ("keep it"). */
  static Intent intent(String text) {
    String prepared = prepared(text);
    Intent first = IntentRules.read(prepared);
    return first == Intent.NONE && Closings.closes(prepared) ? Intent.CANCEL : first;
  }

  /** The order picked, with negated picks and recency picks (see the class comment). */
  static OrderPick orderPick(String text, List<OrderOption> options, LocalDate today) {
    OrderPicker picker = OrderPicker.over(options);
    String normalized = Text.normalize(prepared(text));
    List<int[]> spans = tokenSpans(normalized);
    List<String> tokens = new ArrayList<>(spans.size());
    for (int[] span : spans) {
      tokens.add(normalized.substring(span[0], span[1]));
    }
    boolean[] negated = new boolean[tokens.size()];
    boolean[] recency = new boolean[tokens.size()];
    boolean anyNegated = ExcludedPicks.negationScopes(tokens, negated);
    List<String> cuesPositive = new ArrayList<>();
    List<String> cuesNegated = new ArrayList<>();
    for (int i = 0; i < tokens.size(); ) {
      List<String> cue = RecencyPicks.recencyAt(tokens, i);
      if (cue == null) {
        i++;
        continue;
      }
      (negated[i] ? cuesNegated : cuesPositive).add(String.join(" ", cue));
      for (int k = i; k < i + cue.size(); k++) {
        recency[k] = true;
      }
      i += cue.size();
    }
    if (!anyNegated && cuesPositive.isEmpty() && cuesNegated.isEmpty()) {
      return OrderPicker.pick(normalized, options);
    }
    StringBuilder positive = new StringBuilder();
    StringBuilder negative = new StringBuilder();
    int previousEnd = 0;
    for (int i = 0; i < tokens.size(); i++) {
      int[] span = spans.get(i);
      String gap = normalized.substring(previousEnd, span[0]);
      String token = recency[i] ? " " : normalized.substring(span[0], span[1]);
      if (negated[i]) {
        positive.append(gap).append(" , ");
        negative.append(gap).append(token);
      } else {
        positive.append(gap).append(token);
        negative.append(" , ");
      }
      previousEnd = span[1];
    }
    positive.append(normalized.substring(previousEnd));
    String positiveText = OTHER.matcher(positive).replaceAll(" ");
    if (!cuesPositive.isEmpty() || !cuesNegated.isEmpty()) {
      positiveText = RecencyPicks.ORDER_VERBS.matcher(positiveText).replaceAll(" ");
    }

    List<OrderOption> listed = picker.options();
    Set<Integer> excluded = new LinkedHashSet<>();
    if (anyNegated) {
      excluded.addAll(picker.evidence(negative.toString()).mentioned());
    }
    for (String cue : cuesNegated) {
      Set<Integer> named = RecencyPicks.byRecency(cue, allPositions(listed), listed, today);
      if (named == null) {
        return OrderPick.unknown();
      }
      excluded.addAll(named);
    }
    OrderPicker.Evidence evidence = picker.evidence(positiveText);
    if (evidence.several()) {
      return OrderPick.unknown();
    }
    Set<Integer> agreed = evidence.agreed();
    if (evidence.namedMissing() && !evidence.numberMatched()) {
      return OrderPick.unknown();
    }
    Set<Integer> candidates = agreed == null ? allPositions(listed) : new LinkedHashSet<>(agreed);
    candidates.removeAll(excluded);
    for (String cue : cuesPositive) {
      candidates = RecencyPicks.byRecency(cue, candidates, listed, today);
      if (candidates == null) {
        return OrderPick.unknown();
      }
    }
    if (agreed == null && excluded.isEmpty() && cuesPositive.isEmpty()) {
      return OrderPick.unknown();
    }
    return candidates.size() == 1
        ? OrderPick.picked(candidates.iterator().next())
        : OrderPick.unknown();
  }

  private static Set<Integer> allPositions(List<OrderOption> listed) {
    Set<Integer> all = new LinkedHashSet<>();
    for (OrderOption option : listed) {
      all.add(option.position());
    }
    return all;
  }

  private static final Pattern OTHER = Pattern.compile("\\bother\\b");

  private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+|[.,;:!?#]");

  private static List<int[]> tokenSpans(String normalized) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = TOKEN.matcher(normalized);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    return spans;
  }
}
