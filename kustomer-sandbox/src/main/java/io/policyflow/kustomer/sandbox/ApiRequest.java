package io.policyflow.kustomer.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP request as the simulator sees it, independent of the server implementation.
 *
 * @param method HTTP method, upper case
 * @param rawPath the path as sent (still percent-encoded)
 * @param segments the path's non-empty segments, percent-decoded ({@code +} stays a plus: it is a
 *     path, not a form)
 * @param query the query parameters, decoded (the last value of a repeated name wins)
 * @param headers request headers (names case-insensitive)
 * @param body the request body, possibly empty
 */
record ApiRequest(
    String method,
    String rawPath,
    List<String> segments,
    Map<String, String> query,
    Map<String, List<String>> headers,
    byte[] body) {

  static ApiRequest of(
      String method,
      String rawPath,
      String rawQuery,
      Map<String, List<String>> headers,
      byte[] body) {
    Map<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach(
        (name, values) -> {
          if (name != null) {
            caseInsensitive.put(name, List.copyOf(values));
          }
        });
    return new ApiRequest(
        method.toUpperCase(Locale.ROOT),
        rawPath,
        segments(rawPath),
        query(rawQuery),
        caseInsensitive,
        body);
  }

  /** Every value of a header (empty when absent). */
  List<String> headerValues(String name) {
    return headers.getOrDefault(name, List.of());
  }

  /** The first value of a header, or null. */
  String header(String name) {
    List<String> values = headerValues(name);
    return values.isEmpty() ? null : values.get(0);
  }

  private static List<String> segments(String rawPath) {
    List<String> segments = new ArrayList<>();
    for (String part : rawPath.split("/")) {
      if (!part.isEmpty()) {
        segments.add(URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8));
      }
    }
    return List.copyOf(segments);
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> query = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      query.put(key, value);
    }
    return query;
  }
}
