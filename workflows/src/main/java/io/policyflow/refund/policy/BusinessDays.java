package io.policyflow.refund.policy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/** Business-day arithmetic: weekends and the given holidays are skipped. */
public final class BusinessDays {

  private BusinessDays() {}

  /**
   * The date {@code days} business days after {@code start} (start itself does not count).
   * Saturdays, Sundays and {@code holidays} (may be null) are skipped; {@code days == 0} returns
   * {@code start} unchanged.
   *
   * @throws IllegalArgumentException when {@code days} is negative
   */
  public static LocalDate add(LocalDate start, int days, Collection<LocalDate> holidays) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    Set<LocalDate> closed = holidays == null ? Set.of() : Set.copyOf(holidays);
    LocalDate date = start;
    int counted = 0;
    while (counted < days) {
      date = date.plusDays(1);
      if (isBusinessDay(date, closed)) {
        counted++;
      }
    }
    return date;
  }

  /** Whether {@code date} is neither a weekend day nor one of {@code holidays}. */
  public static boolean isBusinessDay(LocalDate date, Collection<LocalDate> holidays) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY
        && day != DayOfWeek.SUNDAY
        && (holidays == null || !holidays.contains(date));
  }
}
