package io.policyflow.sandbox.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP request as the sandbox sees it, independent of the server implementation.
 *
 * @param method HTTP method, upper case
 * @param rawPath the path as sent (still percent-encoded)
 * @param rawQuery the query string as sent (still encoded), or null
 * @param headers request headers (names case-insensitive)
 * @param body the request body, possibly empty
 */
public record ApiRequest(
    String method,
    String rawPath,
    String rawQuery,
    Map<String, List<String>> headers,
    byte[] body) {

  public ApiRequest {
    method = method.toUpperCase(Locale.ROOT);
    TreeMap<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (headers != null) {
      headers.forEach(
          (name, values) -> {
            if (name != null) {
              caseInsensitive.put(name, List.copyOf(values));
            }
          });
    }
    headers = caseInsensitive;
    body = body == null ? new byte[0] : body;
  }

  /** The first value of a header, or null. */
  public String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
