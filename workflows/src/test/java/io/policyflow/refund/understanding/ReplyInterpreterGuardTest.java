package io.policyflow.refund.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No message fails a workflow task: only a bounded prefix is read, and a rule that fails reads as
 * not understood.
 */
class ReplyInterpreterGuardTest {

  private static final int CAP = ReplyInterpreter.MAX_READ_CHARS;
  private static final String SMILE = "\ud83d\ude00";

  @Test
  void onlyTheFirstCodePointsOfALongMessageAreRead() {
    String chatter = "The parcel came on Tuesday and the box was fine. ".repeat(CAP);

    assertThat(ReplyInterpreter.intent(chatter.substring(0, CAP - 6) + " agent"))
        .isEqualTo(Intent.AGENT);
    assertThat(ReplyInterpreter.intent(chatter.substring(0, CAP) + " agent"))
        .isEqualTo(Intent.NONE);
    assertThat(ReplyInterpreter.email(chatter.substring(0, CAP) + " jane@example.com")).isEmpty();
    assertThat(ReplyInterpreter.yesNo("yes. " + chatter + " actually no")).isEqualTo(YesNo.YES);
  }

  @Test
  void theCapCountsCodePointsAsTheApiDoesSoNoMessageItAdmitsIsCut() {
    String emoji = SMILE.repeat(CAP - 6) + " agent";

    assertThat(emoji.length()).isGreaterThan(CAP);
    assertThat(ReplyInterpreter.readable(emoji)).isEqualTo(emoji);
    assertThat(ReplyInterpreter.intent(emoji)).isEqualTo(Intent.AGENT);
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    String text = "a".repeat(CAP - 1) + SMILE + "b";

    assertThat(ReplyInterpreter.readable(text)).isEqualTo("a".repeat(CAP - 1) + SMILE);
    assertThat(ReplyInterpreter.readable(null)).isNull();
  }

  @Test
  void aRuleThatThrowsReadsAsNotUnderstood() {
    assertThat(
            ReplyInterpreter.read(
                "agent",
                t -> {
                  throw new IllegalStateException("a bug in a rule");
                },
                Intent.NONE))
        .isEqualTo(Intent.NONE);
    assertThat(
            ReplyInterpreter.read("yes", ReplyInterpreterGuardTest::recurseForever, YesNo.UNKNOWN))
        .isEqualTo(YesNo.UNKNOWN);
    assertThat(ReplyInterpreter.read("x".repeat(3 * CAP), String::length, -1)).isEqualTo(CAP);
  }

  @Test
  void optionListsTheRulesCannotReadAreNotUnderstood() {
    List<ItemOption> items =
        Arrays.asList(new ItemOption(11, "MT01", "Breathe-Easy Tank", 1), null);
    List<OrderOption> orders =
        Arrays.asList(new OrderOption(1, "000000123", List.of("Breathe-Easy Tank")), null);

    assertThat(ReplyInterpreter.itemPick("the tank", items)).isEqualTo(ItemPick.unknown());
    assertThat(ReplyInterpreter.orderPick("the first one", orders)).isEqualTo(OrderPick.unknown());
  }

  private static YesNo recurseForever(String text) {
    return recurseForever(text + "") == YesNo.YES ? YesNo.YES : YesNo.NO;
  }
}
