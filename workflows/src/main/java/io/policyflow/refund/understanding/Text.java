package io.policyflow.refund.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text normalisation shared by the readers: lower case, straight quotes, contractions expanded
 * ("don't" becomes "do not", "it's" becomes "it is"), and tokens (words, numbers and the
 * punctuation marks . , ; : ! ? and #).
 */
final class Text {

  /** Punctuation tokens; each one ends a clause. */
  static final Set<String> PUNCTUATION = Set.of(".", ",", ";", ":", "!", "?");

  private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+|[.,;:!?#]");
  private static final Pattern NOT_CONTRACTION = Pattern.compile("\\b([a-z]+)n't\\b");
  private static final Pattern PRONOUN_IS =
      Pattern.compile(
          "\\b(it|that|what|where|there|here|he|she|who|how|when|everything|something|this)'s\\b");
  private static final Pattern POSSESSIVE = Pattern.compile("([a-z0-9])'s\\b");
  private static final Pattern BARE_NOT =
      Pattern.compile(
          "\\b(dont|doesnt|didnt|isnt|arent|wasnt|werent|havent|hasnt|hadnt|wouldnt|couldnt|shouldnt|cant|wont|aint)\\b");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Text() {}

  /** Lower-cased, quotes straightened, contractions expanded, whitespace collapsed; "" for null. */
  static String normalize(String text) {
    if (text == null) {
      return "";
    }
    String t =
        text.toLowerCase(Locale.ROOT)
            .replace('\u2019', '\'')
            .replace('\u2018', '\'')
            .replace('`', '\'')
            .replace('\u00b4', '\'')
            .replace('\u201c', '"')
            .replace('\u201d', '"')
            .replace("\u2026", ".")
            .replace("\u00d7", " x ")
            .replace("\ud83d\udc4d", " thumbsup ")
            .replace("\ud83d\udc4e", " thumbsdown ")
            .replace("&", " and ")
            .replace(" + ", " and ")
            .replace('\n', '.')
            .replace('\r', ' ');
    t =
        t.replaceAll("\\bwon't\\b", "will not")
            .replaceAll("\\bcan't\\b", "can not")
            .replaceAll("\\bcannot\\b", "can not")
            .replaceAll("\\bshan't\\b", "shall not")
            .replaceAll("\\bain't\\b", "is not");
    t = NOT_CONTRACTION.matcher(t).replaceAll("$1 not");
    t = expandBareNot(t);
    t = PRONOUN_IS.matcher(t).replaceAll("$1 is");
    t =
        t.replaceAll("\\blet's\\b", "let us")
            .replaceAll("'m\\b", " am")
            .replaceAll("'re\\b", " are")
            .replaceAll("'ve\\b", " have")
            .replaceAll("'ll\\b", " will")
            .replaceAll("'d\\b", " would")
            .replaceAll("\\bim\\b", "i am")
            .replaceAll("\\bive\\b", "i have");
    t = POSSESSIVE.matcher(t).replaceAll("$1");
    return SPACES.matcher(t).replaceAll(" ").trim();
  }

  /** The tokens of already normalized text. */
  static List<String> tokens(String normalized) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(normalized);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  static List<String> tokenize(String text) {
    return tokens(normalize(text));
  }

  static boolean isPunctuation(String token) {
    return PUNCTUATION.contains(token);
  }

  static boolean isNumber(String token) {
    if (token.isEmpty()) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isDigit(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A crude plural-tolerant stem: "bottles" and "bottle" give "bottle", "boxes" gives "box",
   * "batteries" "battery".
   */
  static String stem(String word) {
    int n = word.length();
    if (n > 4 && word.endsWith("ies")) {
      return word.substring(0, n - 3) + "y";
    }
    if (n > 4 && word.endsWith("es")) {
      String base = word.substring(0, n - 2);
      if (base.endsWith("s")
          || base.endsWith("x")
          || base.endsWith("z")
          || base.endsWith("ch")
          || base.endsWith("sh")) {
        return base;
      }
    }
    if (n > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
      return word.substring(0, n - 1);
    }
    return word;
  }

  /**
   * Whether two words are at most one edit (insert, delete, replace, or swap of neighbours) apart.
   */
  static boolean withinOneEdit(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    if (la == lb) {
      int first = -1;
      int diffs = 0;
      for (int i = 0; i < la; i++) {
        if (a.charAt(i) != b.charAt(i)) {
          if (diffs == 0) {
            first = i;
          }
          diffs++;
        }
      }
      if (diffs == 1) {
        return true;
      }
      return diffs == 2
          && first + 1 < la
          && a.charAt(first) == b.charAt(first + 1)
          && a.charAt(first + 1) == b.charAt(first)
          && a.substring(first + 2).equals(b.substring(first + 2));
    }
    String longer = la > lb ? a : b;
    String shorter = la > lb ? b : a;
    int i = 0;
    while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
      i++;
    }
    return shorter.substring(i).equals(longer.substring(i + 1));
  }

  private static String expandBareNot(String t) {
    Matcher m = BARE_NOT.matcher(t);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String word = m.group(1);
      String expanded;
      switch (word) {
        case "cant":
          expanded = "can not";
          break;
        case "wont":
          expanded = "will not";
          break;
        case "aint":
          expanded = "is not";
          break;
        default:
          expanded = word.substring(0, word.length() - 2) + " not";
      }
      m.appendReplacement(out, expanded);
    }
    m.appendTail(out);
    return out.toString();
  }
}
