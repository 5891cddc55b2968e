package io.policyflow.refund.understanding;

import java.util.EnumSet;
import java.util.Set;

/**
 * Reads the answer to "would you like store credit or an exchange instead?". One option named
 * (another may be refused: "not credit, an exchange") picks it; both named, a hedge ("either"), or
 * an option named next to a refusal ("no thanks, store credit") is UNKNOWN; refusals only ("no
 * thanks", "I don't want credit") are DECLINED.
 */
final class AlternativeRules {

  private enum Cue {
    CREDIT,
    EXCHANGE,
    DECLINED,
    NOT_CREDIT,
    NOT_EXCHANGE
  }

  static final Lexicon<Cue> LEXICON =
      Lexicon.<Cue>builder()
          .value(
              Cue.CREDIT,
              "store credit",
              "credit",
              "credits",
              "voucher",
              "vouchers",
              "gift card",
              "giftcard",
              "gift voucher",
              "gift certificate",
              "coupon",
              "credit to my account",
              "account credit",
              "credit on my account",
              "credit note",
              "store balance",
              "account balance",
              "balance",
              "points",
              "reward points",
              "as store credit",
              "as credit",
              "in store credit")
          .value(
              Cue.EXCHANGE,
              "exchange",
              "exchanged",
              "exchange it",
              "swap",
              "swapped",
              "swap it",
              "switch",
              "replace",
              "replaced",
              "replace it",
              "replacement",
              "different size",
              "another size",
              "different colour",
              "different color",
              "another colour",
              "another color",
              "bigger size",
              "smaller size",
              "larger size",
              "size up",
              "size down",
              "new one",
              "another one",
              "trade")
          .value(
              Cue.DECLINED,
              "no",
              "nope",
              "nah",
              "no thanks",
              "no thank you",
              "neither",
              "neither of them",
              "neither thanks",
              "none",
              "none of them",
              "none of those",
              "pass",
              "i will pass",
              "not interested",
              "refund",
              "just the refund",
              "just a refund",
              "just refund",
              "refund only",
              "only the refund",
              "money",
              "money back",
              "my money back",
              "cash",
              "cash back",
              "original payment",
              "original payment method",
              "to my card",
              "back to my card",
              "credit card",
              "debit card",
              "my card",
              "bank account",
              "paypal")
          .neutral(
              "refund as",
              "refund it as",
              "refund in",
              "refund it in",
              "refunded as",
              "refunded in")
          .hedge(
              "maybe",
              "not sure",
              "i do not know",
              "do not know",
              "dunno",
              "either",
              "either one",
              "either is fine",
              "whichever",
              "depends",
              "what is the difference",
              "let me think",
              "both")
          .negate(AlternativeRules::negate)
          .dangling(Cue.DECLINED)
          .build();

  private AlternativeRules() {}

  static Alternative read(String text) {
    Set<Cue> cues = EnumSet.noneOf(Cue.class);
    for (Reading.Hit<Cue> hit : LEXICON.read(text).decisive()) {
      if (hit.hedge()) {
        return Alternative.UNKNOWN;
      }
      cues.add(hit.value());
    }
    boolean credit = cues.contains(Cue.CREDIT) && !cues.contains(Cue.NOT_CREDIT);
    boolean exchange = cues.contains(Cue.EXCHANGE) && !cues.contains(Cue.NOT_EXCHANGE);
    boolean contradicted =
        cues.contains(Cue.CREDIT) && cues.contains(Cue.NOT_CREDIT)
            || cues.contains(Cue.EXCHANGE) && cues.contains(Cue.NOT_EXCHANGE);
    if (contradicted || credit && exchange || (credit || exchange) && cues.contains(Cue.DECLINED)) {
      return Alternative.UNKNOWN;
    }
    if (credit) {
      return Alternative.STORE_CREDIT;
    }
    if (exchange) {
      return Alternative.EXCHANGE;
    }
    return cues.isEmpty() ? Alternative.UNKNOWN : Alternative.DECLINED;
  }

  private static Cue negate(Cue cue) {
    switch (cue) {
      case CREDIT:
        return Cue.NOT_CREDIT;
      case EXCHANGE:
        return Cue.NOT_EXCHANGE;
      default:
        return null;
    }
  }
}
