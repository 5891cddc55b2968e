package io.policyflow.refund.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the bot says them. */
public final class DateText {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter WEEKDAY =
      DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH);

  private DateText() {}

  /** "November 16, 2026". */
  public static String day(Instant instant, ZoneId zone) {
    return DAY.format(instant.atZone(zone));
  }

  /** "Friday, December 4, 2026". */
  public static String weekday(LocalDate date) {
    return WEEKDAY.format(date);
  }
}
