package io.policyflow.refund.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link AgentNegation} reads in one pass what {@code IntentRules} used to read with two regular
 * expressions per agent word (cubic in the text): it must read every text the same way, the agent
 * decisions replayed from workflow histories depend on it.
 */
class AgentNegationTest {

  /**
   * Pieces of text around negations: bridges, clause ends, line breaks, and words \b and tokens see
   * apart.
   */
  private static final String[] PIECES = {
    "no ",
    "not ",
    "never ",
    "without ",
    "nobody ",
    "to ",
    "a ",
    "need ",
    "talk ",
    "live ",
    "chat ",
    "agent ",
    "agent",
    "human ",
    "but ",
    "but",
    "butter ",
    "abut ",
    "\u00e9but ",
    "but\u00e9 ",
    "_but ",
    "but_ ",
    "\u0301but ",
    "but\u0301 ",
    "x\u0301 ",
    ", ",
    ",",
    ".",
    "!",
    "? ",
    ";",
    ":",
    "#",
    "\u2028",
    "\u2029",
    "\u0085",
    "\n",
    "\r",
    "\u00e9",
    "_",
    "1",
    "no1 ",
    " ",
    "  ",
    "nobody's ",
    "'",
    "-"
  };

  private static final int TEXTS = 20_000;

  @ParameterizedTest(name = "[{index}] \"{0}\" at \"{1}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          no human                                  | human | true
          i do not need to talk to an agent         | agent | true
          not really a real live agent              | agent | true
          i am not happy, get me an agent           | agent | false
          no, agent                                 | agent | false
          no but agent                              | agent | false
          no abut agent                             | agent | false
          nobody's agent                            | agent | false
          never the agent                           | agent | true
          i want an agent                           | agent | false
          """)
  void readsTheNegationBeforeAWord(String text, String word, boolean negated) {
    assertThat(new AgentNegation(text).reaches(text.indexOf(word))).isEqualTo(negated);
    assertThat(negatedBefore(text.substring(0, text.indexOf(word)))).isEqualTo(negated);
  }

  /**
   * "." in the old expressions stops at a line separator: each line lost only its own words before
   * a cut.
   */
  @Test
  void aLineSeparatorLeavesTheClauseEndingTheLineBeforeInReach() {
    assertThat(new AgentNegation("no\u2028agent").reaches(3)).isTrue();
    assertThat(new AgentNegation("no\u2028a, agent").reaches(6)).isTrue();
    assertThat(new AgentNegation("no, \u2028agent").reaches(5)).isFalse();
  }

  @Test
  void readsRandomTextsAsTheRegularExpressionsDid() {
    Random random = new Random(7);
    Pattern wordStart = Pattern.compile("\\b[a-z]");
    for (int n = 0; n < TEXTS; n++) {
      StringBuilder piece = new StringBuilder();
      for (int k = random.nextInt(16); k >= 0; k--) {
        piece.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = piece.toString();
      AgentNegation negation = new AgentNegation(text);
      Matcher word = wordStart.matcher(text);
      while (word.find()) {
        int at = word.start();
        assertThat(negation.reaches(at))
            .as("\"%s\" at %d", text, at)
            .isEqualTo(negatedBefore(text.substring(0, at)));
      }
    }
  }

  /** The reading AgentNegation replaces, as IntentRules had it: the oracle. */
  private static boolean negatedBefore(String before) {
    String clause = before.replaceAll(".*[.,;:!?]", "").replaceAll(".*\\bbut\\b", "");
    List<String> words = Text.tokens(clause);
    for (int i = words.size() - 1; i >= 0; i--) {
      String word = words.get(i);
      if (NEGATOR.matcher(word).matches()) {
        return true;
      }
      if (!NEGATION_BRIDGE.contains(word)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The same words the new pass allows: the oracle differs in how it scans, not in what it allows.
   */
  private static final Set<String> NEGATION_BRIDGE = AgentNegation.BRIDGE;

  private static final Pattern NEGATOR = Pattern.compile("\\b(no|not|never|without|nobody)\\b");
}
