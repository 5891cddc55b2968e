package io.policyflow.refund.understanding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The recency pick of change {@code understanding-2}: newest, oldest and the windows of days, as
 * written in the class comment of {@link ReadingRules}.
 */
final class RecencyPicks {

  static final List<List<String>> NEWEST =
      Phrases.phrases(
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

  static final List<List<String>> OLDEST =
      Phrases.phrases(
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

  static final List<List<String>> WINDOWS =
      Phrases.phrases(
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

  /** "the one I placed most recently": how it was ordered, not what is in it. */
  static final Pattern ORDER_VERBS =
      Pattern.compile("\\b(placed|ordered|bought|purchased|made|got|received)\\b");

  /**
   * The candidates a recency cue keeps; null when a candidate's day is not known or today is not.
   */
  static Set<Integer> byRecency(
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

  static List<String> recencyAt(List<String> tokens, int i) {
    List<String> cue = Phrases.phraseAt(tokens, i, NEWEST);
    if (cue == null) {
      cue = Phrases.phraseAt(tokens, i, OLDEST);
    }
    if (cue == null) {
      cue = Phrases.phraseAt(tokens, i, WINDOWS);
    }
    return cue;
  }

  private RecencyPicks() {}
}
