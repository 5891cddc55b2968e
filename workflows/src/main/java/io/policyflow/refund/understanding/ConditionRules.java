package io.policyflow.refund.understanding;

/**
 * Reads the condition of shipped items. A negated cue flips ("not used at all" is unused, "not in
 * the original packaging" is used). Mixed answers ("opened but never used"), hedges ("like new",
 * "tried it on") and questions are UNKNOWN.
 */
final class ConditionRules {

  static final Lexicon<Condition> LEXICON =
      Lexicon.<Condition>builder()
          .value(
              Condition.UNUSED,
              "unused",
              "new",
              "brand new",
              "unopened",
              "sealed",
              "still sealed",
              "factory sealed",
              "in the box",
              "in its box",
              "in a box",
              "in the original box",
              "in its original box",
              "in original box",
              "original box",
              "in the original packaging",
              "in its original packaging",
              "in original packaging",
              "original packaging",
              "in the packaging",
              "in its packaging",
              "in the package",
              "in the original package",
              "original package",
              "packaging intact",
              "unworn",
              "unwashed",
              "tags still on",
              "tags on",
              "tags attached",
              "with tags",
              "with the tags",
              "with tags on",
              "with the tags on",
              "labels still on",
              "untouched",
              "mint",
              "mint condition",
              "pristine")
          .value(
              Condition.USED,
              "used",
              "use",
              "using",
              "worn",
              "wore",
              "wear",
              "wearing",
              "washed",
              "wash",
              "opened",
              "open",
              "assembled",
              "installed",
              "damaged",
              "broken",
              "scratched",
              "stained",
              "dirty",
              "played with",
              "second hand",
              "secondhand",
              "tags removed",
              "removed the tags",
              "cut the tags",
              "cut off the tags",
              "cut the tags off",
              "tags off",
              "tags are off",
              "took off the tags",
              "took the tags off",
              "no tags",
              "no box",
              "no packaging",
              "lost the box",
              "lost the packaging",
              "threw away the box",
              "threw the box away",
              "threw away the packaging",
              "box is gone",
              "packaging is gone",
              "thrown away",
              "out of the box",
              "taken out of the box")
          .hedge(
              "like new",
              "as new",
              "almost new",
              "nearly new",
              "good condition",
              "great condition",
              "perfect condition",
              "excellent condition",
              "tried it on",
              "tried them on",
              "tried on",
              "not really used",
              "maybe",
              "not sure",
              "i do not know",
              "do not know",
              "dunno",
              "i think so",
              "sort of",
              "kind of",
              "some of them",
              "one of them",
              "partially",
              "mostly",
              "depends")
          .negate(
              c ->
                  c == Condition.USED
                      ? Condition.UNUSED
                      : c == Condition.UNUSED ? Condition.USED : null)
          .build();

  private ConditionRules() {}

  static Condition read(String text) {
    return LEXICON.read(text).unanimous(Condition.UNKNOWN);
  }
}
