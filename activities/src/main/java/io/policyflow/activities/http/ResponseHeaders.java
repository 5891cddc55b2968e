package io.policyflow.activities.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;

/**
 * Reading the headers of an HTTP answer, the same way for every client of ours (Magento, Kustomer,
 * the channel webhook); above all {@code Retry-After}, in both of its forms.
 */
public final class ResponseHeaders {

  private ResponseHeaders() {}

  /**
   * The first value of a header in a Feign header map, whose names may come in any case; null when
   * absent.
   */
  public static String first(Map<String, Collection<String>> headers, String name) {
    if (headers == null) {
      return null;
    }
    for (Map.Entry<String, Collection<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && e.getValue() != null) {
        return e.getValue().stream().findFirst().orElse(null);
      }
    }
    return null;
  }

  /**
   * The {@code Retry-After} of a Feign header map, read by {@link #retryAfter(String, Instant)}.
   */
  public static Duration retryAfter(Map<String, Collection<String>> headers, Instant now) {
    return retryAfter(first(headers, "Retry-After"), now);
  }

  /**
   * A {@code Retry-After} value (RFC 9110 §10.2.3), delay-seconds or an HTTP-date, as the wait from
   * {@code now} (zero for a date past). Null when absent, negative or unreadable.
   */
  public static Duration retryAfter(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    try {
      long seconds = Long.parseLong(v);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      // an HTTP-date
    }
    try {
      Duration wait =
          Duration.between(
              now, ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
      return wait.isNegative() ? Duration.ZERO : wait;
    } catch (DateTimeParseException unreadable) {
      return null;
    }
  }
}
