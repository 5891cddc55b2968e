package io.policyflow.refund.understanding;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
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

  /** Polite and indirect yeses, added to the yes/no lexicon of {@code understanding-2}. */
  static final List<String> POLITE_YES =
      List.of(
          "that would be great",
          "that would be lovely",
          "that would be perfect",
          "that would be wonderful",
          "that would be amazing",
          "that would be fantastic",
          "that would be brilliant",
          "that would be awesome",
          "that would be nice",
          "that would be helpful",
          "that would be ideal",
          "that would be good",
          "that would be fine",
          "that would be excellent",
          "that would be super",
          "would be great",
          "would be lovely",
          "would be perfect",
          "would be wonderful",
          "would be amazing",
          "would be nice",
          "would be fantastic",
          "would be awesome",
          "would be helpful",
          "would be ideal",
          "would be good",
          "would be appreciated",
          "would be fine",
          "would be brilliant",
          "would be excellent",
          "great",
          "lovely",
          "wonderful",
          "awesome",
          "amazing",
          "fantastic",
          "brilliant",
          "excellent",
          "cool",
          "super",
          "nice",
          "splendid",
          "fab",
          "fabulous",
          "ace",
          "terrific",
          "superb",
          "marvellous",
          "marvelous",
          "sounds great",
          "sounds perfect",
          "sounds lovely",
          "sounds fine",
          "sounds fair",
          "sounds right",
          "sounds about right",
          "sounds amazing",
          "sounds awesome",
          "sounds wonderful",
          "sounds like a plan",
          "that works",
          "works for me",
          "that works for me",
          "please",
          "pls",
          "plz",
          "please go ahead",
          "please proceed",
          "please process it",
          "go right ahead",
          "i would like that",
          "i would love that",
          "i would love it",
          "i would appreciate that",
          "i would appreciate it",
          "much appreciated",
          "appreciate it",
          "i appreciate it",
          "that is what i want",
          "that is what i wanted",
          "exactly what i want",
          "let us go",
          "lets do it",
          "lets do this",
          "let us do this",
          "do so",
          "please do so",
          "make it so",
          "refund it",
          "refund me",
          "oui",
          "d accord",
          "bien sur",
          "parfait",
          "volontiers",
          "avec plaisir",
          "claro",
          "claro que si",
          "vale",
          "perfecto",
          "de acuerdo",
          "por favor",
          "genial",
          "ja",
          "okayyy",
          "okok");

  /** Praise negated: not a no, a hedge. */
  static final List<String> NEGATED_PRAISE =
      List.of(
          "not great",
          "not good",
          "not nice",
          "not cool",
          "not perfect",
          "not ideal",
          "not super",
          "not awesome",
          "not fine",
          "not lovely",
          "not brilliant",
          "not amazing",
          "not what i want",
          "not what i wanted",
          "would have been");

  private static final List<List<String>> HEDGES =
      phrases(
          "maybe",
          "perhaps",
          "probably",
          "prob",
          "possibly",
          "might",
          "may be",
          "not sure",
          "unsure",
          "not certain",
          "uncertain",
          "not positive",
          "i think",
          "i believe",
          "i guess",
          "i suppose",
          "i reckon",
          "i assume",
          "i hope",
          "hopefully",
          "think so",
          "believe so",
          "guess so",
          "suppose so",
          "idk",
          "dunno",
          "do not know",
          "no idea",
          "no clue",
          "not a clue",
          "who knows",
          "beats me",
          "can not say",
          "can not tell",
          "can not remember",
          "do not remember",
          "can not recall",
          "do not recall",
          "not remember",
          "hard to say",
          "kind of",
          "sort of",
          "kinda",
          "sorta",
          "more or less",
          "somewhat",
          "should be",
          "quizas",
          "quiza",
          "tal vez",
          "a lo mejor",
          "creo",
          "no se",
          "no estoy seguro",
          "no estoy segura",
          "peut etre",
          "je pense",
          "je crois",
          "je sais pas",
          "je ne sais pas",
          "pas sur",
          "pas sure",
          "pas certain",
          "thinkingface",
          "shrugface");

  private static final Set<String> SURE = Set.of("sure", "certain", "positive", "100");
  private static final Set<String> CONDITIONAL =
      Set.of(
          "if",
          "unless",
          "provided",
          "providing",
          "assuming",
          "only",
          "except",
          "depending",
          "depends",
          "sauf",
          "pero",
          "mais",
          "but",
          "condition");
  private static final List<List<String>> CONDITIONAL_PHRASES = phrases("as long as", "so long as");

  private static final Set<String> NEGATORS =
      Set.of("not", "never", "nor", "neither", "except", "pas");

  /** "anything but the tank", "other than the tank": negators of two words. */
  private static final Set<String> EXCLUDING =
      Set.of("anything but", "everything but", "any but", "other than", "apart from");

  private static final Set<String> HEDGED_AFTER_NEGATOR =
      Set.of("sure", "sur", "certain", "positive", "know", "remember", "recall", "really", "100");
  private static final Set<String> CLAUSE_ENDS =
      Set.of(".", ",", ";", ":", "!", "?", "but", "rather", "instead", "actually", "other", "pero");
  private static final List<List<String>> CLAUSE_END_PHRASES =
      phrases(
          "it is",
          "i mean",
          "i meant",
          "i want",
          "i need",
          "i would like",
          "the other",
          "that one");

  private static final List<List<String>> NEWEST =
      phrases(
          "most recent",
          "more recent",
          "most recently",
          "recent one",
          "recent order",
          "latest",
          "newest",
          "newer",
          "last order",
          "last purchase",
          "last thing i ordered",
          "last thing i bought",
          "last one i ordered",
          "last one i bought",
          "last one i placed",
          "last one i made",
          "mas reciente",
          "ultimo pedido",
          "ultima compra",
          "ultima orden",
          "plus recente",
          "plus recent",
          "derniere commande",
          "dernier achat");
  private static final List<List<String>> OLDEST =
      phrases(
          "oldest",
          "earliest",
          "earlier",
          "older",
          "first one i ordered",
          "first one i bought",
          "first one i placed",
          "first thing i ordered",
          "mas antiguo",
          "mas antigua",
          "plus ancienne",
          "plus ancien",
          "premiere commande");
  private static final List<List<String>> WINDOWS =
      phrases(
          "today",
          "yesterday",
          "this week",
          "last week",
          "past week",
          "this month",
          "last month",
          "hoy",
          "ayer",
          "semana pasada",
          "hier",
          "semaine derniere",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday");

  private static final List<List<String>> CLOSERS =
      phrases(
          "hang on to it",
          "hang onto it",
          "hold on to it",
          "hold onto it",
          "me lo quedo",
          "me la quedo",
          "me los quedo",
          "me las quedo",
          "me quedo con el",
          "me quedo con ella",
          "lo conservo",
          "je le garde",
          "je la garde",
          "je les garde",
          "le garder",
          "la garder",
          "les garder",
          "laisse tomber",
          "laissez tomber",
          "tant pis",
          "oublie ca",
          "oubliez ca",
          "olvidalo",
          "olvidelo",
          "dejalo",
          "dejelo",
          "da igual",
          "not worth it",
          "not worth the hassle",
          "not worth the trouble",
          "do not bother",
          "not bother");
  private static final Set<String> KEEP = Set.of("keep", "keeping", "forget");
  private static final Set<String> KEPT_OBJECTS =
      Set.of(
          "it",
          "them",
          "this",
          "that",
          "everything",
          "all",
          "item",
          "items",
          "order",
          "stuff",
          "thing",
          "things",
          "mine",
          "about",
          "whole",
          "lot");
  private static final Set<String> NOT_CLOSING =
      Set.of(
          "but",
          "except",
          "instead",
          "refund",
          "refunded",
          "money",
          "credit",
          "exchange",
          "replace",
          "replacement",
          "return",
          "still",
          "other",
          "rest",
          "pero",
          "mais");

  /** Things a closing message may decline ("I'll keep it, no need for a refund"). */
  private static final Set<String> DECLINED =
      Set.of("refund", "money", "return", "credit", "exchange", "replacement");

  private static final Set<String> NEGATING = Set.of("not", "never", "no", "nor");

  private static final Pattern EMOJI_YES =
      Pattern.compile("[\u2705\u2714]|\ud83d\udc4c|\ud83d\ude4f");
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
    t = EMOJI_YES.matcher(t).replaceAll(" ok ");
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

  /** Whether the message hedges (see the class comment). */
  static boolean hedged(List<String> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (phraseAt(tokens, i, HEDGES) != null) {
        return true;
      }
      if (tokens.get(i).equals("not")) {
        for (int j = i + 1; j <= i + 3 && j < tokens.size(); j++) {
          if (SURE.contains(tokens.get(j)) && !tokens.get(j).equals("100")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether a yes is made conditional (see the class comment). */
  static boolean conditional(List<String> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (CONDITIONAL.contains(token) || token.equals("si") && i > 0) {
        return true;
      }
      if (phraseAt(tokens, i, CONDITIONAL_PHRASES) != null) {
        return true;
      }
    }
    return false;
  }

  /** A leading Spanish "sí" ("si", "si por favor", "si, gracias") is a "yes". */
  static String leadingSi(String prepared) {
    String t = Text.normalize(prepared);
    List<String> tokens = Text.tokens(t);
    if (tokens.isEmpty() || !tokens.get(0).equals("si")) {
      return prepared;
    }
    String next = tokens.size() > 1 ? tokens.get(1) : ".";
    return Text.isPunctuation(next) || AFTER_SI.contains(next) ? "yes" + t.substring(2) : prepared;
  }

  private static final Set<String> AFTER_SI =
      Set.of(
          "si",
          "por",
          "porfa",
          "gracias",
          "claro",
          "senor",
          "senora",
          "perfecto",
          "vale",
          "muchas",
          "please",
          "thanks",
          "ok",
          "adelante",
          "thumbsup");

  /** Every cue word and phrase of these rules (for the timing test's adversarial inputs). */
  static List<String> cues() {
    List<String> cues = new ArrayList<>(POLITE_YES);
    cues.addAll(NEGATED_PRAISE);
    for (List<List<String>> list :
        List.of(
            HEDGES, CONDITIONAL_PHRASES, CLAUSE_END_PHRASES, NEWEST, OLDEST, WINDOWS, CLOSERS)) {
      for (List<String> phrase : list) {
        cues.add(String.join(" ", phrase));
      }
    }
    for (Set<String> set :
        List.of(
            SURE,
            CONDITIONAL,
            NEGATORS,
            HEDGED_AFTER_NEGATOR,
            CLAUSE_ENDS,
            KEEP,
            KEPT_OBJECTS,
            NOT_CLOSING,
            AFTER_KEPT,
            AFTER_SI)) {
      cues.addAll(set);
    }
    cues.addAll(List.of("\ud83e\udd14", "\ud83e\udd37", "\u2705", "\ud83d\udc4c", "\ud83d\ude4f"));
    return cues;
  }

  static YesNo yesNo(String text) {
    String prepared = leadingSi(prepared(text));
    List<String> tokens = Text.tokens(Text.normalize(prepared));
    if (hedged(tokens)) {
      return YesNo.UNKNOWN;
    }
    YesNo answer = YesNoRules.read(YesNoRules.LEXICON_2, prepared);
    return answer == YesNo.YES && conditional(tokens) ? YesNo.UNKNOWN : answer;
  }

  /** The condition as first read, or through a plain yes/no; UNKNOWN when hedged. */
  static Condition condition(String text) {
    String prepared = prepared(text);
    if (hedged(Text.tokens(Text.normalize(prepared)))) {
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
    return hedged(Text.tokens(Text.normalize(prepared)))
        ? Alternative.UNKNOWN
        : AlternativeRules.read(prepared);
  }

  static Arrival arrival(String text) {
    String prepared = prepared(text);
    return hedged(Text.tokens(Text.normalize(prepared)))
        ? Arrival.UNKNOWN
        : ArrivalRules.read(prepared);
  }

  /** The first intent, or CANCEL when the message closes the conversation ("keep it"). */
  static Intent intent(String text) {
    String prepared = prepared(text);
    Intent first = IntentRules.read(prepared);
    return first == Intent.NONE && closes(prepared) ? Intent.CANCEL : first;
  }

  /** Whether the message closes the conversation (see the class comment). */
  static boolean closes(String prepared) {
    if (prepared.indexOf('@') >= 0 || prepared.indexOf('?') >= 0) {
      return false;
    }
    List<String> tokens = Text.tokens(Text.normalize(prepared));
    boolean closing = false;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (NOT_CLOSING.contains(token) && !(DECLINED.contains(token) && negatedBefore(tokens, i))
          || Text.isNumber(token)) {
        return false;
      }
      if (phraseAt(tokens, i, CLOSERS) != null) {
        closing = true;
      } else if (KEEP.contains(token) && keptObject(tokens, i + 1) && !negatedBefore(tokens, i)) {
        closing = true;
      }
    }
    return closing;
  }

  private static boolean keptObject(List<String> tokens, int at) {
    int i = at;
    if (i < tokens.size() && (tokens.get(i).equals("the") || tokens.get(i).equals("my"))) {
      i++;
    }
    return i < tokens.size()
        && KEPT_OBJECTS.contains(tokens.get(i))
        && (i + 1 >= tokens.size() || !AFTER_KEPT.contains(tokens.get(i + 1)));
  }

  /** "keep it in the box", "keep them sealed": how it is kept, not a decision to keep it. */
  private static final Set<String> AFTER_KEPT =
      Set.of(
          "in", "on", "at", "inside", "safe", "sealed", "unused", "new", "clean", "wrapped", "for",
          "until", "boxed");

  private static boolean negatedBefore(List<String> tokens, int at) {
    for (int i = Math.max(0, at - 4); i < at; i++) {
      if (NEGATING.contains(tokens.get(i))) {
        return true;
      }
    }
    return false;
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
    boolean anyNegated = negationScopes(tokens, negated);
    List<String> cuesPositive = new ArrayList<>();
    List<String> cuesNegated = new ArrayList<>();
    for (int i = 0; i < tokens.size(); ) {
      List<String> cue = recencyAt(tokens, i);
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
      positiveText = ORDER_VERBS.matcher(positiveText).replaceAll(" ");
    }

    List<OrderOption> listed = picker.options();
    Set<Integer> excluded = new LinkedHashSet<>();
    if (anyNegated) {
      excluded.addAll(picker.evidence(negative.toString()).mentioned());
    }
    for (String cue : cuesNegated) {
      Set<Integer> named = byRecency(cue, allPositions(listed), listed, today);
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
      candidates = byRecency(cue, candidates, listed, today);
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

  /**
   * The candidates a recency cue keeps; null when a candidate's day is not known or today is not.
   */
  private static Set<Integer> byRecency(
      String cue, Set<Integer> candidates, List<OrderOption> listed, LocalDate today) {
    List<OrderOption> considered = new ArrayList<>();
    for (OrderOption option : listed) {
      if (candidates.contains(option.position())) {
        if (option.placedOn() == null) {
          return null;
        }
        considered.add(option);
      }
    }
    Set<Integer> kept = new LinkedHashSet<>();
    boolean newest = NEWEST.contains(List.of(cue.split(" ")));
    boolean oldest = OLDEST.contains(List.of(cue.split(" ")));
    if (newest || oldest) {
      LocalDate best = null;
      for (OrderOption option : considered) {
        LocalDate day = option.placedOn();
        if (best == null || (newest ? day.isAfter(best) : day.isBefore(best))) {
          best = day;
        }
      }
      for (OrderOption option : considered) {
        if (option.placedOn().equals(best)) {
          kept.add(option.position());
        }
      }
      return kept;
    }
    if (today == null) {
      return null;
    }
    for (OrderOption option : considered) {
      if (inWindow(cue, option.placedOn(), today)) {
        kept.add(option.position());
      }
    }
    return kept;
  }

  private static boolean inWindow(String cue, LocalDate day, LocalDate today) {
    long daysAgo = ChronoUnit.DAYS.between(day, today);
    switch (cue) {
      case "today", "hoy":
        return daysAgo == 0;
      case "yesterday", "ayer", "hier":
        return daysAgo == 1;
      case "this week":
        return sameWeek(day, today);
      case "last week", "past week", "semana pasada", "semaine derniere":
        return sameWeek(day.plusWeeks(1), today) || daysAgo >= 7 && daysAgo <= 13;
      case "this month":
        return day.getYear() == today.getYear() && day.getMonth() == today.getMonth();
      case "last month":
        LocalDate previous = today.minusMonths(1);
        return day.getYear() == previous.getYear() && day.getMonth() == previous.getMonth();
      default:
        DayOfWeek weekday = DayOfWeek.valueOf(cue.toUpperCase(java.util.Locale.ROOT));
        return day.getDayOfWeek() == weekday && daysAgo >= 0 && daysAgo < 7;
    }
  }

  private static boolean sameWeek(LocalDate a, LocalDate b) {
    return a.get(IsoFields.WEEK_BASED_YEAR) == b.get(IsoFields.WEEK_BASED_YEAR)
        && a.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == b.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
  }

  private static List<String> recencyAt(List<String> tokens, int i) {
    List<String> cue = phraseAt(tokens, i, NEWEST);
    if (cue == null) {
      cue = phraseAt(tokens, i, OLDEST);
    }
    if (cue == null) {
      cue = phraseAt(tokens, i, WINDOWS);
    }
    return cue;
  }

  /** Marks the tokens each negator reaches; whether any were. */
  private static boolean negationScopes(List<String> tokens, boolean[] negated) {
    boolean any = false;
    int i = 0;
    while (i < tokens.size()) {
      String token = tokens.get(i);
      String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
      int width = EXCLUDING.contains(token + " " + next) ? 2 : NEGATORS.contains(token) ? 1 : 0;
      String after = i + width < tokens.size() ? tokens.get(i + width) : "";
      if (width == 0 || HEDGED_AFTER_NEGATOR.contains(after)) {
        i++;
        continue;
      }
      int j = i + width;
      while (j < tokens.size()
          && !CLAUSE_ENDS.contains(tokens.get(j))
          && phraseAt(tokens, j, CLAUSE_END_PHRASES) == null) {
        negated[j] = true;
        any = true;
        j++;
      }
      i = j;
    }
    return any;
  }

  private static final Pattern OTHER = Pattern.compile("\\bother\\b");

  /** "the one I placed most recently": how it was ordered, not what is in it. */
  private static final Pattern ORDER_VERBS =
      Pattern.compile("\\b(placed|ordered|bought|purchased|made|got|received)\\b");

  private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+|[.,;:!?#]");

  private static List<int[]> tokenSpans(String normalized) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = TOKEN.matcher(normalized);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    return spans;
  }

  private static List<List<String>> phrases(String... phrases) {
    List<List<String>> list = new ArrayList<>();
    for (String phrase : phrases) {
      list.add(List.of(phrase.split(" ")));
    }
    list.sort((a, b) -> b.size() - a.size());
    return List.copyOf(list);
  }

  /** The longest of the phrases at {@code i}, or null. */
  private static List<String> phraseAt(List<String> tokens, int i, List<List<String>> phrases) {
    for (List<String> phrase : phrases) {
      if (i + phrase.size() <= tokens.size()
          && tokens.subList(i, i + phrase.size()).equals(phrase)) {
        return phrase;
      }
    }
    return null;
  }
}
