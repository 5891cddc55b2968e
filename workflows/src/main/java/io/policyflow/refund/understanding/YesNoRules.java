package io.policyflow.refund.understanding;

import java.util.List;

/**
 * Reads a yes or a no. Negative words that mean yes ("no problem, go ahead", "I don't mind", "why
 * not") and yes words that are taken back ("yes... actually no wait") are read as meant. YES only
 * when every decisive cue says yes and nothing follows it that puts it in doubt: a "but", a "wait",
 * a hedge, or a question ("yes? what amount?"). Anything else unclear is UNKNOWN.
 */
final class YesNoRules {

  static final Lexicon<YesNo> LEXICON = base().build();

  /**
   * The readings of change {@code understanding-2} ({@link ReadingRules}): the common polite,
   * indirect and French/Spanish yeses, and negated praise ("not great") as a hedge.
   */
  static final Lexicon<YesNo> LEXICON_2 =
      base()
          .value(YesNo.YES, ReadingRules.POLITE_YES.toArray(String[]::new))
          .hedge(ReadingRules.NEGATED_PRAISE.toArray(String[]::new))
          .build();

  private static Lexicon.Builder<YesNo> base() {
    return Lexicon.<YesNo>builder()
        .value(
            YesNo.YES,
            "yes",
            "yeah",
            "yea",
            "ya",
            "yah",
            "yep",
            "yup",
            "yes please",
            "y",
            "sure",
            "sure thing",
            "of course",
            "ok",
            "okay",
            "okey",
            "k",
            "kk",
            "alright",
            "all right",
            "fine",
            "that is fine",
            "fine by me",
            "go ahead",
            "go for it",
            "go on",
            "please do",
            "do it",
            "do that",
            "proceed",
            "confirm",
            "confirmed",
            "i confirm",
            "absolutely",
            "definitely",
            "certainly",
            "correct",
            "that is correct",
            "that is right",
            "exactly",
            "affirmative",
            "agreed",
            "agree",
            "i agree",
            "deal",
            "sounds good",
            "looks good",
            "that is good",
            "good to go",
            "all good",
            "perfect",
            "approved",
            "will do",
            "accept",
            "i accept",
            "let us do it",
            "thumbsup",
            "no problem",
            "not a problem",
            "no worries",
            "no objection",
            "no objections",
            "not mind",
            "do not mind",
            "i do not mind",
            "i do")
        .questionSafe(YesNo.YES, "why not")
        .value(
            YesNo.NO,
            "no",
            "nope",
            "nah",
            "nay",
            "n",
            "never",
            "no way",
            "not now",
            "not yet",
            "not really",
            "not today",
            "not right now",
            "not at the moment",
            "no thanks",
            "no thank you",
            "no thx",
            "do not think so",
            "changed my mind",
            "change my mind",
            "changing my mind",
            "rather not",
            "i will pass",
            "pass",
            "negative",
            "thumbsdown",
            "absolutely not",
            "definitely not",
            "certainly not",
            "of course not",
            "hell no",
            "keep it",
            "never mind",
            "nevermind",
            "hold off",
            "wrong",
            "incorrect",
            "cancel",
            "stop")
        .hedge(
            "maybe",
            "perhaps",
            "not sure",
            "unsure",
            "i do not know",
            "do not know",
            "dunno",
            "idk",
            "i guess",
            "probably",
            "possibly",
            "let me think",
            "think about it",
            "i think so",
            "not certain",
            "no yes",
            "no yeah",
            "yeah no",
            "yes no",
            "depends",
            "it depends",
            "kind of",
            "sort of",
            "i suppose",
            "later",
            "maybe later")
        .negator("please do not", "please never", "i do not")
        .negate(v -> v == YesNo.YES ? YesNo.NO : null)
        .dangling(YesNo.NO)
        .questionsAreNeverAnswers();
  }

  private YesNoRules() {}

  static YesNo read(String text) {
    return read(LEXICON, text);
  }

  static YesNo read(Lexicon<YesNo> lexicon, String text) {
    Reading<YesNo> reading = lexicon.read(text);
    YesNo answer = reading.unanimous(YesNo.UNKNOWN);
    if (answer == YesNo.YES) {
      List<Reading.Hit<YesNo>> decisive = reading.decisive();
      int lastYes = decisive.get(decisive.size() - 1).index();
      if (reading.pauseOrQuestionAfter(lastYes)) {
        return YesNo.UNKNOWN;
      }
    }
    return answer;
  }
}
