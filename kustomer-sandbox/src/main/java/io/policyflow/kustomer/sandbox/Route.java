package io.policyflow.kustomer.sandbox;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A route: method, path template ({@code /v1/customers/{id}}; a segment may also be a literal
 * prefix and a parameter, {@code email={email}}), the role the API key needs (null: any valid key;
 * unused for the control routes) and the handler.
 */
record Route(String method, String template, String role, RouteHandler handler) {

  /** Literal segments make a route more specific ({@code email={email}} beats {@code {id}}). */
  int literalCount() {
    return (int) pattern(template).stream().filter(s -> !s.startsWith("{")).count();
  }

  /** Path parameters when the path's segments fit this template, else null. */
  Map<String, String> match(List<String> segments) {
    List<String> pattern = pattern(template);
    return segments.size() == pattern.size() ? matchPrefix(pattern, segments) : null;
  }

  static List<String> pattern(String template) {
    return Arrays.asList(template.substring(1).split("/"));
  }

  /** Path parameters when the path's first segments fit {@code pattern}, else null. */
  static Map<String, String> matchPrefix(List<String> pattern, List<String> segments) {
    if (segments.size() < pattern.size()) {
      return null;
    }
    Map<String, String> params = new HashMap<>();
    for (int i = 0; i < pattern.size(); i++) {
      String expected = pattern.get(i);
      String actual = segments.get(i);
      int open = expected.indexOf('{');
      if (open < 0) {
        if (!expected.equals(actual)) {
          return null;
        }
      } else {
        String prefix = expected.substring(0, open);
        if (!actual.startsWith(prefix)) {
          return null;
        }
        params.put(
            expected.substring(open + 1, expected.length() - 1), actual.substring(prefix.length()));
      }
    }
    return params;
  }
}
