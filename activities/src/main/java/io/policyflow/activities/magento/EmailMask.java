package io.policyflow.activities.magento;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps customer emails out of logs and failure messages: {@code jane@example.com} becomes {@code
 * j***@example.com}, also when the {@code @} is percent-encoded ({@code j***%40example.com}).
 */
public final class EmailMask {

  private static final Pattern EMAIL =
      Pattern.compile(
          "([A-Za-z0-9._%+\\-!#$&'*/=?^`{|}~]+)(@|%40)([A-Za-z0-9.\\-]+\\.[A-Za-z]{2,})");

  private EmailMask() {}

  /** Masks one email address; null stays null. */
  public static String mask(String email) {
    if (email == null) {
      return null;
    }
    String masked = maskAll(email);
    return masked.equals(email) && !email.isEmpty() ? "***" : masked;
  }

  /** Masks every email address found in {@code text}. */
  public static String maskAll(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    Matcher m = EMAIL.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String local = m.group(1);
      // A query string puts "value=" right before the address; keep that, mask the local part.
      int cut = Math.max(local.lastIndexOf('='), local.lastIndexOf('&'));
      String keep = cut >= 0 ? local.substring(0, cut + 1) : "";
      String name = cut >= 0 ? local.substring(cut + 1) : local;
      String first = name.isEmpty() ? "" : name.substring(0, 1);
      m.appendReplacement(
          sb, Matcher.quoteReplacement(keep + first + "***" + m.group(2) + m.group(3)));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
