package io.policyflow.refund.understanding;

/**
 * Reads the answer to the follow-up "your refund should have arrived — has it?". Negations flip
 * ("haven't received it", "nothing arrived"), polite negatives do not ("no problem, it arrived");
 * partial or unsure answers and questions are UNKNOWN.
 */
final class ArrivalRules {

  static final Lexicon<Arrival> LEXICON =
      Lexicon.<Arrival>builder()
          .value(
              Arrival.ARRIVED,
              "yes",
              "yeah",
              "yea",
              "yep",
              "yup",
              "y",
              "arrived",
              "received",
              "got it",
              "got them",
              "got the money",
              "got my money",
              "got the refund",
              "got my refund",
              "got",
              "came",
              "come",
              "came through",
              "come through",
              "went through",
              "gone through",
              "is there",
              "is here",
              "in my account",
              "in my bank",
              "in my bank account",
              "on my card",
              "on my statement",
              "showed up",
              "show up",
              "shows up",
              "shown up",
              "turned up",
              "appeared",
              "delivered",
              "credited",
              "all good",
              "all set",
              "thumbsup",
              "see it",
              "have it",
              "landed",
              "been refunded",
              "was refunded",
              "got refunded",
              "it is back")
          .value(
              Arrival.NOT_ARRIVED,
              "no",
              "nope",
              "nah",
              "n",
              "nothing yet",
              "still nothing",
              "still waiting",
              "waiting",
              "missing",
              "do not think so",
              "thumbsdown",
              "never")
          .neutral(
              "no problem", "no worries", "no issue", "no issues", "not a problem", "no complaints")
          .hedge(
              "not sure",
              "unsure",
              "i do not know",
              "do not know",
              "dunno",
              "maybe",
              "partially",
              "part of it",
              "some of it",
              "half",
              "only part",
              "wrong amount",
              "less than",
              "i think so",
              "let me check",
              "will check",
              "have not checked",
              "not checked",
              "did not check")
          .negate(a -> a == Arrival.ARRIVED ? Arrival.NOT_ARRIVED : null)
          .dangling(Arrival.NOT_ARRIVED)
          .build();

  private ArrivalRules() {}

  static Arrival read(String text) {
    return LEXICON.read(text).unanimous(Arrival.UNKNOWN);
  }
}
