package io.policyflow.refund.understanding;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the clause before a position of a normalized text ends in a negation reaching it ("no
 * human", "I do not need to talk to an agent"). Read back from the position, the first negator
 * ("no", "not", "never", "without", "nobody") negates, and the first word that is neither a negator
 * nor a bridge ("need", "to", "talk", "a", ...) ends the search. A clause starts after the last
 * punctuation mark or "but" of its line; a line break (U+0085, U+2028 or U+2029, the only ones
 * {@link Text#normalize} leaves) does not end the clause: the search goes on into the clause that
 * ends the line before.
 *
 * <p>One left-to-right pass over the text, however many positions are asked about: ask in
 * increasing order.
 */
final class AgentNegation {

  private static final Set<String> NEGATORS = Set.of("no", "not", "never", "without", "nobody");

  /**
   * Words allowed between a negation and the agent word it negates: "not need to talk to an agent".
   */
  static final Set<String> BRIDGE =
      Set.of(
          "need",
          "needed",
          "want",
          "require",
          "required",
          "necessary",
          "to",
          "talk",
          "speak",
          "chat",
          "with",
          "a",
          "an",
          "the",
          "any",
          "real",
          "live",
          "actual",
          "for",
          "have",
          "really",
          "yet",
          "just",
          "bother",
          "involve",
          "get");

  /**
   * What the pass reads: a clause end (a punctuation mark or "but"), a line break, or another word
   * or '#'.
   */
  private static final Pattern EVENT =
      Pattern.compile(
          "(?<end>[.,;:!?]|\\bbut\\b)|(?<line>[\\n\\r\\u0085\\u2028\\u2029])|[a-z0-9]+|#");

  private final Matcher events;

  /** Whether {@link #events} holds a match not read yet. */
  private boolean pending;

  /**
   * Whether {@link #events} found the last one (a failed find would start again from the
   * beginning).
   */
  private boolean done;

  /**
   * The verdict of the current line's clause so far: TRUE negated, FALSE not, null no word but
   * bridges yet.
   */
  private Boolean line;

  /** The verdict of the lines before, for a line whose clause holds no word but bridges. */
  private Boolean earlierLines;

  AgentNegation(String normalized) {
    this.events = EVENT.matcher(normalized);
  }

  /**
   * Whether a negation reaches {@code position}, the start of a word: not before a position asked
   * already.
   */
  boolean reaches(int position) {
    while (!done) {
      if (!pending) {
        pending = events.find();
        done = !pending;
      } else if (events.start() < position) {
        pending = false;
        read();
      } else {
        break;
      }
    }
    Boolean verdict = line != null ? line : earlierLines;
    return verdict != null && verdict;
  }

  private void read() {
    if (events.start("end") >= 0) {
      line = null;
    } else if (events.start("line") >= 0) {
      earlierLines = line != null ? line : earlierLines;
      line = null;
    } else if (NEGATORS.contains(events.group())) {
      line = true;
    } else if (!BRIDGE.contains(events.group())) {
      line = false;
    }
  }
}
