package io.policyflow.sandbox.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.sandbox.json.MagentoJson;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One injected fault: which requests it applies to and what happens to them. Build with {@link
 * #on(String, String)} and the {@code with...} methods, or from JSON with {@link
 * #fromJson(JsonNode)}.
 *
 * @param method HTTP method to match ({@code null} = any)
 * @param path glob on the path after {@code /rest/<store>} (e.g. <code>/V1/order/&#42;/refund
 *     </code>): {@code *} is one path segment (or part of one), {@code **} any number of segments;
 *     case-insensitive, the query string is not part of it
 * @param status answer this status <em>without</em> executing the request ({@code null} = execute
 *     it)
 * @param body the JSON body of that answer ({@code null} = a default for the status)
 * @param retryAfter {@code Retry-After} header value sent with {@code status} ({@code null} = none)
 * @param delayMs sleep this long before handling the request (0 = none)
 * @param dropAfterCommit execute the request (a refund commits), then close the connection without
 *     answering
 * @param times how many matching requests this rule applies to ({@code null} = all of them)
 */
public record FaultRule(
    String method,
    String path,
    Integer status,
    JsonNode body,
    String retryAfter,
    long delayMs,
    boolean dropAfterCommit,
    Integer times) {

  private static final Set<String> KEYS =
      Set.of(
          "method", "path", "status", "body", "retryAfter", "delayMs", "dropAfterCommit", "times");

  /** Upper bound for {@code delayMs}: a fault should never hang a test run. */
  public static final long MAX_DELAY_MS = 120_000;

  public FaultRule {
    method =
        method == null || method.isBlank() || method.equals("*")
            ? null
            : method.strip().toUpperCase(Locale.ROOT);
    if (path == null || !path.startsWith("/")) {
      throw new IllegalArgumentException(
          "\"path\" is required and must start with / (e.g. /V1/order/*/refund)");
    }
    if (status != null && (status < 100 || status > 599)) {
      throw new IllegalArgumentException("\"status\" must be an HTTP status (100-599)");
    }
    if (delayMs < 0 || delayMs > MAX_DELAY_MS) {
      throw new IllegalArgumentException("\"delayMs\" must be between 0 and " + MAX_DELAY_MS);
    }
    if (times != null && times < 1) {
      throw new IllegalArgumentException("\"times\" must be at least 1 (omit it for \"always\")");
    }
    if (status == null && (body != null || retryAfter != null)) {
      throw new IllegalArgumentException("\"body\" and \"retryAfter\" need a \"status\"");
    }
    if (status != null && dropAfterCommit) {
      throw new IllegalArgumentException(
          "\"status\" answers without executing; \"dropAfterCommit\" executes: " + "choose one");
    }
    body = body == null ? null : body.deepCopy();
  }

  /**
   * A rule for {@code method} (null = any) and the path glob; by itself it changes nothing (add a
   * fault).
   */
  public static FaultRule on(String method, String pathGlob) {
    return new FaultRule(method, pathGlob, null, null, null, 0, false, null);
  }

  public FaultRule withStatus(int newStatus) {
    return new FaultRule(
        method, path, newStatus, body, retryAfter, delayMs, dropAfterCommit, times);
  }

  public FaultRule withBody(JsonNode newBody) {
    return new FaultRule(
        method, path, status, newBody, retryAfter, delayMs, dropAfterCommit, times);
  }

  public FaultRule withRetryAfter(String newRetryAfter) {
    return new FaultRule(
        method, path, status, body, newRetryAfter, delayMs, dropAfterCommit, times);
  }

  public FaultRule withDelayMs(long newDelayMs) {
    return new FaultRule(
        method, path, status, body, retryAfter, newDelayMs, dropAfterCommit, times);
  }

  public FaultRule withDropAfterCommit() {
    return new FaultRule(method, path, status, body, retryAfter, delayMs, true, times);
  }

  public FaultRule withTimes(int newTimes) {
    return new FaultRule(
        method, path, status, body, retryAfter, delayMs, dropAfterCommit, newTimes);
  }

  /**
   * Does this rule's method and glob fit a request? {@code apiPath} is the path after {@code
   * /rest/<store>}.
   */
  public boolean matches(String requestMethod, String apiPath) {
    if (apiPath == null) {
      return false;
    }
    if (method != null && !method.equalsIgnoreCase(requestMethod)) {
      return false;
    }
    return glob(path).matcher(stripTrailingSlashes(apiPath)).matches();
  }

  static Pattern glob(String glob) {
    StringBuilder regex = new StringBuilder();
    String g = stripTrailingSlashes(glob);
    int i = 0;
    while (i < g.length()) {
      if (g.startsWith("**", i)) {
        regex.append(".*");
        i += 2;
      } else if (g.charAt(i) == '*') {
        regex.append("[^/]*");
        i++;
      } else {
        int next = g.indexOf('*', i);
        String literal = next < 0 ? g.substring(i) : g.substring(i, next);
        regex.append(Pattern.quote(literal));
        i += literal.length();
      }
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
  }

  private static String stripTrailingSlashes(String value) {
    String out = value;
    while (out.length() > 1 && out.endsWith("/")) {
      out = out.substring(0, out.length() - 1);
    }
    return out;
  }

  /**
   * Reads {@code
   * {"method","path","status","body","retryAfter","delayMs","dropAfterCommit","times"}}.
   */
  public static FaultRule fromJson(JsonNode json) {
    if (json == null || !json.isObject()) {
      throw new IllegalArgumentException("A fault rule is a JSON object");
    }
    for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!KEYS.contains(name)) {
        throw new IllegalArgumentException(
            "Unknown fault rule key \"" + name + "\"; known: " + KEYS);
      }
    }
    return new FaultRule(
        text(json, "method"),
        text(json, "path"),
        integer(json, "status"),
        json.hasNonNull("body") ? json.get("body") : null,
        text(json, "retryAfter"),
        json.hasNonNull("delayMs") ? longValue(json, "delayMs") : 0,
        json.hasNonNull("dropAfterCommit") && bool(json, "dropAfterCommit"),
        integer(json, "times"));
  }

  public ObjectNode toJson() {
    ObjectNode out = MagentoJson.object();
    if (method != null) {
      out.put("method", method);
    }
    out.put("path", path);
    if (status != null) {
      out.put("status", status);
    }
    if (body != null) {
      out.set("body", body.deepCopy());
    }
    if (retryAfter != null) {
      out.put("retryAfter", retryAfter);
    }
    if (delayMs > 0) {
      out.put("delayMs", delayMs);
    }
    if (dropAfterCommit) {
      out.put("dropAfterCommit", true);
    }
    if (times != null) {
      out.put("times", times);
    }
    return out;
  }

  private static String text(JsonNode json, String key) {
    JsonNode value = json.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual() && !value.isNumber()) {
      throw new IllegalArgumentException("\"" + key + "\" must be a string");
    }
    return value.asText();
  }

  private static Integer integer(JsonNode json, String key) {
    JsonNode value = json.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber()) {
      throw new IllegalArgumentException("\"" + key + "\" must be an integer");
    }
    return value.intValue();
  }

  private static long longValue(JsonNode json, String key) {
    JsonNode value = json.get(key);
    if (!value.isIntegralNumber()) {
      throw new IllegalArgumentException("\"" + key + "\" must be an integer");
    }
    return value.longValue();
  }

  private static boolean bool(JsonNode json, String key) {
    JsonNode value = json.get(key);
    if (!value.isBoolean()) {
      throw new IllegalArgumentException("\"" + key + "\" must be true or false");
    }
    return value.booleanValue();
  }
}
