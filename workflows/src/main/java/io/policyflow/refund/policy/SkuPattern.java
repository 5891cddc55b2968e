package io.policyflow.refund.policy;

import java.util.regex.Pattern;

/**
 * A case-insensitive SKU glob: {@code *} matches any run of characters (also none), {@code ?}
 * exactly one.
 */
final class SkuPattern {

  private SkuPattern() {}

  static boolean matches(String glob, String sku) {
    if (glob == null || sku == null) {
      return false;
    }
    return toRegex(glob).matcher(sku).matches();
  }

  static Pattern toRegex(String glob) {
    StringBuilder regex = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (char c : glob.trim().toCharArray()) {
      if (c == '*' || c == '?') {
        flush(literal, regex);
        regex.append(c == '*' ? ".*" : ".");
      } else {
        literal.append(c);
      }
    }
    flush(literal, regex);
    return Pattern.compile(
        regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
  }

  private static void flush(StringBuilder literal, StringBuilder regex) {
    if (literal.length() > 0) {
      regex.append(Pattern.quote(literal.toString()));
      literal.setLength(0);
    }
  }
}
