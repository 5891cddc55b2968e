package io.policyflow.refund.understanding;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a message asks for whatever the question was. In order of precedence:
 *
 * <ol>
 *   <li>AGENT: a person is asked for ("agent", "human", "talk to someone", "a real person"), unless
 *       negated just before ("no human needed", "I don't need to talk to an agent"). "Are you a
 *       human?" is not a request.
 *   <li>CANCEL: the conversation is called off. Either explicitly ("cancel the refund", "I don't
 *       want a refund anymore", "stop messaging me") or by a message that is nothing but a short
 *       command ("cancel", "stop", "never mind", "forget it", "ok never mind then"). "Cancel" about
 *       the order ("my order was cancelled", "I want to cancel my order and get a refund") and
 *       "never mind" followed by an answer ("never mind, it's the second order") are not.
 *   <li>REFUND_STATUS: the refund's progress is asked about ("where is my refund?", "has my refund
 *       been sent", "when will I get my money back", "refund status").
 * </ol>
 */
final class IntentRules {

  private static final Pattern ARE_YOU_HUMAN =
      Pattern.compile(
          "\\b(are you|is this|am i (talking|speaking|chatting) (to|with)) (a |an |the )?(real )?"
              + "(human|person|bot|robot|agent|machine|ai)\\b");
  private static final Pattern AGENT =
      Pattern.compile(
          "\\b(agents?|humans?|human beings?|representatives?|reps?|operators?|supervisors?|managers?"
              + "|support staff|support team|staff member|customer (service|support|care)|live chat|help ?desk"
              + "|(real|live|actual|human) (person|people|being)|(someone|somebody) real"
              + "|(talk|speak|chat) (to|with) (someone|somebody|anyone|anybody|a person|person|people)"
              + "|(connect|transfer|put) me (through )?(to|with) (someone|somebody|a person)"
              + "|(need|want|get|from) (a|an|some|another) person)\\b");
  private static final Pattern NEEDED_AFTER =
      Pattern.compile("^ ?(is |are )?(not needed|not necessary|unnecessary|not required)");

  private static final Pattern CANCEL_EXPLICIT =
      Pattern.compile(
          "\\b(cancel|stop|end|abort|forget|forget about|never ?mind|drop) (the |this |my |that )?"
              + "(refund( request)?|request|conversation|chat|process|return|claim)\\b"
              + "|\\bstop (messaging|texting|emailing|contacting|writing to) me\\b"
              + "|\\b(do not|no longer|not|never) (want|need) (a|the|my|this|any|that) refund\\b"
              + "|\\b(do not|no longer) want to (continue|proceed|go ahead|go on|do this)\\b"
              + "|\\bnot interested anymore\\b"
              + "|\\b(want|like|wish|need) to (cancel|stop|quit)( this| it| that| everything| the whole thing)?"
              + "( please| now)?[.!]*$");
  private static final Pattern NEGATED_CANCEL =
      Pattern.compile("\\b(do not|not|never|no need to) (cancel|stop)\\b");
  private static final List<List<String>> COMMANDS =
      List.of(
          List.of("cancel"),
          List.of("stop"),
          List.of("never", "mind"),
          List.of("nevermind"),
          List.of("nvm"),
          List.of("forget"),
          List.of("quit"),
          List.of("exit"),
          List.of("abort"),
          List.of("end"),
          List.of("i", "am", "done"),
          List.of("keep"),
          List.of("i", "will", "keep"),
          List.of("not", "interested"),
          List.of("forget", "about"),
          List.of("give", "up"));
  private static final Set<String> COMMAND_FILLER =
      Set.of(
          "ok",
          "okay",
          "oh",
          "ah",
          "um",
          "uh",
          "hmm",
          "please",
          "pls",
          "thanks",
          "thank",
          "you",
          "then",
          "just",
          "actually",
          "i",
          "guess",
          "all",
          "sorry",
          "well",
          "so",
          "really",
          "the",
          "this",
          "that",
          "it",
          "them",
          "everything",
          "anyway",
          "anyways",
          "lol",
          "now",
          "no",
          "whole",
          "thing",
          "item",
          "items",
          "stuff",
          "order");

  private static final Pattern STATUS =
      Pattern.compile(
          "\\bwhere is (my|the) (refund|money)\\b"
              + "|\\b(refund|money) status\\b|\\bstatus (of|on) (my|the) (refund|money)\\b"
              + "|\\bupdates? (on|about) (my|the) (refund|money)\\b"
              + "|\\b(has|have|was|is|did) (my |the )?(refund|money) (been |gone |go |come )?"
              + "(sent|processed|issued|paid|approved|completed|done|through|arrived|transferred|credited|out"
              + "|on (its|the) way)\\b"
              + "|\\b(have|did) you (sent|send|processed|process|issued|issue|transferred|transfer|paid|pay) "
              + "(my|the|me my|me the) (refund|money)\\b"
              + "|\\bhave you refunded me\\b"
              + "|\\bwhen\\b.{0,30}\\b(my|the) (refund|money|funds)\\b"
              + "|\\bwhen\\b.{0,30}\\bmoney back\\b"
              + "|\\bhow long\\b.{0,40}\\b(refund|money|funds)\\b"
              + "|\\b(have not|did not|not|never|still not)( yet)? (received|got|gotten|seen|get)"
              + "( my| the| a| any)? (refund|money)\\b"
              + "|\\b(refund|money)( still)? (has not|did not|is not|not|never)( yet)? (arrived|come|shown up"
              + "|showed up|appeared|arrive|been)\\b"
              + "|\\bis (my|the) (refund|money) (coming|on (its|the) way|done|processed|sent|through)\\b"
              + "|\\btrack (my|the) refund\\b");

  private IntentRules() {}

  static Intent read(String text) {
    String t = Text.normalize(text);
    if (asksForAPerson(t)) {
      return Intent.AGENT;
    }
    if (cancels(t)) {
      return Intent.CANCEL;
    }
    if (STATUS.matcher(t).find()) {
      return Intent.REFUND_STATUS;
    }
    return Intent.NONE;
  }

  /**
   * An agent word that no negation reaches ({@link AgentNegation}) and that is not followed by "not
   * needed".
   */
  private static boolean asksForAPerson(String t) {
    String text = ARE_YOU_HUMAN.matcher(t).replaceAll(" ");
    AgentNegation negation = new AgentNegation(text);
    Matcher neededAfter = NEEDED_AFTER.matcher(text);
    Matcher m = AGENT.matcher(text);
    while (m.find()) {
      if (!negation.reaches(m.start()) && !neededAfter.region(m.end(), text.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  private static boolean cancels(String t) {
    if (NEGATED_CANCEL.matcher(t).find()) {
      return false;
    }
    return CANCEL_EXPLICIT.matcher(t).find() || onlyCommands(Text.tokens(t));
  }

  /** Whether the message is nothing but cancel commands and filler ("ok, never mind then!"). */
  private static boolean onlyCommands(List<String> tokens) {
    boolean command = false;
    int i = 0;
    while (i < tokens.size()) {
      String token = tokens.get(i);
      List<String> matched = commandAt(tokens, i);
      if (matched != null) {
        command = true;
        i += matched.size();
      } else if (Text.isPunctuation(token) || COMMAND_FILLER.contains(token)) {
        i++;
      } else {
        return false;
      }
    }
    return command;
  }

  private static List<String> commandAt(List<String> tokens, int start) {
    List<String> best = null;
    for (List<String> command : COMMANDS) {
      int end = start + command.size();
      if (end <= tokens.size()
          && tokens.subList(start, end).equals(command)
          && (best == null || command.size() > best.size())) {
        best = command;
      }
    }
    return best;
  }
}
