package io.policyflow.sandbox.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a query string the way PHP fills {@code $_GET}: {@code urldecode} on names and values
 * ({@code +} becomes a space, {@code %2B} a plus), bracketed names build nested arrays ({@code
 * a[b][0]=x}, brackets literal or {@code %5B}/{@code %5D}), {@code []} appends, later duplicates
 * win, a name without {@code =} gets the empty string.
 *
 * <p>Values are {@code String} or nested {@code Map<String, Object>} (insertion ordered).
 */
public final class PhpQuery {

  private PhpQuery() {}

  public static Map<String, Object> parse(String rawQuery) {
    Map<String, Object> root = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return root;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = urldecode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : urldecode(pair.substring(eq + 1));
      put(root, name, value);
    }
    return root;
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> root, String name, String value) {
    int open = name.indexOf('[');
    String base = open <= 0 ? name : name.substring(0, open);
    if (base.isEmpty()) {
      return;
    }
    base = base.replace('.', '_').replace(' ', '_');
    List<String> keys = new ArrayList<>();
    keys.add(base);
    if (open > 0) {
      int pos = open;
      while (pos < name.length() && name.charAt(pos) == '[') {
        int close = name.indexOf(']', pos);
        if (close < 0) {
          break;
        }
        keys.add(name.substring(pos + 1, close));
        pos = close + 1;
      }
    }
    Map<String, Object> current = root;
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      if (key.isEmpty()) {
        key = String.valueOf(nextIndex(current));
      }
      if (i == keys.size() - 1) {
        current.put(key, value);
      } else {
        Object next = current.get(key);
        if (!(next instanceof Map)) {
          next = new LinkedHashMap<String, Object>();
          current.put(key, next);
        }
        current = (Map<String, Object>) next;
      }
    }
  }

  private static int nextIndex(Map<String, Object> map) {
    int next = 0;
    for (String key : map.keySet()) {
      try {
        next = Math.max(next, Integer.parseInt(key) + 1);
      } catch (NumberFormatException ignored) {
        // non-numeric keys do not move PHP's next index
      }
    }
    return next;
  }

  /** PHP {@code urldecode}: {@code +} → space, {@code %XX} → byte, invalid escapes kept as-is. */
  public static String urldecode(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '+') {
        out.write(' ');
      } else if (c == '%'
          && i + 2 < text.length()
          && hex(text.charAt(i + 1)) >= 0
          && hex(text.charAt(i + 2)) >= 0) {
        out.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
        i += 2;
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
        byte[] bytes = text.substring(i, end).getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
        i = end - 1;
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** {@code rawurldecode} for paths: like {@link #urldecode} but {@code +} stays a plus. */
  public static String rawurldecode(String text) {
    return urldecode(text.replace("+", "%2B"));
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }
}
