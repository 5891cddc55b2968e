package io.policyflow.refund.understanding;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the email address in a message: {@code local@domain.tld}, lower-cased, surrounding quotes
 * and trailing punctuation left out. Rejected: no top-level domain ({@code jane@localhost}), a
 * one-letter or numeric TLD, empty labels or labels that start or end with a hyphen, dots at either
 * end of the local part or doubled. Two or more different addresses are ambiguous: empty.
 */
final class EmailFinder {

  private static final Pattern CANDIDATE =
      Pattern.compile(
          "(?<![a-z0-9._%+'@-])([a-z0-9._%+'-]+)@([a-z0-9.-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern LOCAL = Pattern.compile("[a-z0-9_%+'-]+(\\.[a-z0-9_%+'-]+)*");
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");
  private static final Pattern TLD = Pattern.compile("[a-z]{2,63}");
  private static final Pattern LEADING_QUOTES = Pattern.compile("^'+");

  private EmailFinder() {}

  static Optional<String> find(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Set<String> found = new LinkedHashSet<>();
    Matcher m = CANDIDATE.matcher(text);
    while (m.find()) {
      String local = LEADING_QUOTES.matcher(m.group(1).toLowerCase(Locale.ROOT)).replaceFirst("");
      String domain = trimTrailing(m.group(2).toLowerCase(Locale.ROOT));
      boolean nextIsAt = m.end() < text.length() && text.charAt(m.end()) == '@';
      if (!nextIsAt && validLocal(local) && validDomain(domain)) {
        found.add(local + "@" + domain);
      }
    }
    return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
  }

  private static String trimTrailing(String domain) {
    int end = domain.length();
    while (end > 0 && (domain.charAt(end - 1) == '.' || domain.charAt(end - 1) == '-')) {
      end--;
    }
    return domain.substring(0, end);
  }

  private static boolean validLocal(String local) {
    return local.length() <= 64 && LOCAL.matcher(local).matches();
  }

  private static boolean validDomain(String domain) {
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2 || domain.length() > 253) {
      return false;
    }
    for (String label : labels) {
      if (label.length() > 63 || !LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return TLD.matcher(labels[labels.length - 1]).matches();
  }
}
