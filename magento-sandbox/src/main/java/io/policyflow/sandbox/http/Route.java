package io.policyflow.sandbox.http;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A web API route as declared in a {@code webapi.xml}: method, path template under {@code /V1}
 * (parameters as {@code {name}}), the ACL resource it needs ({@code null} = anonymous) and the
 * handler.
 */
public record Route(String method, String template, String aclResource, RouteHandler handler) {

  List<String> segments() {
    return Arrays.asList(template.substring(1).split("/"));
  }

  /**
   * Literal segments make a route more specific ({@code /V1/customers/search} beats {@code
   * /V1/customers/{id}}).
   */
  int literalCount() {
    return (int) segments().stream().filter(s -> !isParam(s)).count();
  }

  /** Path parameters when {@code pathSegments} fits this template, else null. */
  Map<String, String> match(List<String> pathSegments) {
    List<String> segments = segments();
    if (segments.size() != pathSegments.size()) {
      return null;
    }
    Map<String, String> params = new HashMap<>();
    for (int i = 0; i < segments.size(); i++) {
      String expected = segments.get(i);
      String actual = pathSegments.get(i);
      if (isParam(expected)) {
        if (actual.isEmpty()) {
          return null;
        }
        params.put(expected.substring(1, expected.length() - 1), actual);
      } else if (!expected.equalsIgnoreCase(actual)) {
        return null;
      }
    }
    return params;
  }

  private static boolean isParam(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }
}
