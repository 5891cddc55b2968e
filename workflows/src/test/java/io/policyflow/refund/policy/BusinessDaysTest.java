package io.policyflow.refund.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessDaysTest {

  @ParameterizedTest(name = "{0} + {1} business days (holidays: {2}) = {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          # start     | days | holidays                | expected
          2026-11-27  | 5    | -                       | 2026-12-04
          2026-11-27  | 5    | 2026-11-30              | 2026-12-07
          2026-11-27  | 0    | -                       | 2026-11-27
          2026-11-28  | 0    | -                       | 2026-11-28
          2026-11-27  | 1    | -                       | 2026-11-30
          2026-11-28  | 1    | -                       | 2026-11-30
          2026-11-29  | 1    | -                       | 2026-11-30
          2026-11-23  | 1    | -                       | 2026-11-24
          2026-11-23  | 4    | -                       | 2026-11-27
          2026-11-23  | 5    | -                       | 2026-11-30
          2026-11-23  | 10   | -                       | 2026-12-07
          2026-11-27  | 1    | 2026-11-30              | 2026-12-01
          2026-11-27  | 3    | 2026-11-30 2026-12-01   | 2026-12-04
          2026-11-27  | 5    | 2026-11-28 2026-11-29   | 2026-12-04
          2026-11-26  | 1    | 2026-11-27              | 2026-11-30
          2026-12-23  | 3    | 2026-12-24 2026-12-25   | 2026-12-30
          2026-12-31  | 1    | 2027-01-01              | 2027-01-04
          2028-02-25  | 3    | -                       | 2028-03-01
          2026-11-27  | 5    | 2026-11-27              | 2026-12-04
          """)
  void addsBusinessDays(LocalDate start, int days, String holidays, LocalDate expected) {
    assertThat(BusinessDays.add(start, days, parse(holidays))).isEqualTo(expected);
  }

  @Test
  void nullHolidaysMeansNone() {
    assertThat(BusinessDays.add(LocalDate.of(2026, 11, 27), 5, null))
        .isEqualTo(LocalDate.of(2026, 12, 4));
  }

  @Test
  void negativeDaysAreRefused() {
    assertThatThrownBy(() -> BusinessDays.add(LocalDate.of(2026, 11, 27), -1, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0} is a business day: {1}")
  @CsvSource({
    "2026-11-27, true",
    "2026-11-28, false",
    "2026-11-29, false",
    "2026-11-30, false",
    "2026-12-01, true"
  })
  void recognisesBusinessDays(LocalDate date, boolean expected) {
    assertThat(BusinessDays.isBusinessDay(date, List.of(LocalDate.of(2026, 11, 30))))
        .isEqualTo(expected);
  }

  private static List<LocalDate> parse(String holidays) {
    if (holidays == null) {
      return List.of();
    }
    return Arrays.stream(holidays.trim().split("\\s+"))
        .map(LocalDate::parse)
        .collect(Collectors.toList());
  }
}
