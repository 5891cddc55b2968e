package io.policyflow.refund.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyflow.refund.conversation.Awaiting;
import io.policyflow.refund.conversation.Outcome;
import io.policyflow.refund.conversation.Status;
import org.junit.jupiter.api.Test;

/**
 * Replies read by change {@code understanding-2} in whole conversations: a negated pick, a hedge
 * asked again, a recency pick, "keep it" closing, a polite yes refunding. The demo customer's
 * orders are listed newest first: #105 (2 days ago), #104, #101, #102, #103.
 */
class UnderstandingScenarioTest extends ScenarioTest {

  @Test
  void aNegatedPickChoosesTheOtherOrder() {
    janePicks("not the radiant tee order, the one with the tank");

    assertThat(chat.view().order().number()).isEqualTo("000000102");
    assertThat(chat.view().awaiting()).isEqualTo(Awaiting.ITEMS);
  }

  @Test
  void aHedgeAtTheConditionQuestionIsAskedAgain() {
    janePicks("101");

    assertThat(chat.reply("I think so? not 100% sure"))
        .contains("Sorry, I didn't get that. Are the items unused");
    assertThat(chat.view().status()).isEqualTo(Status.ACTIVE);
    assertThat(chat.view().awaiting()).isEqualTo(Awaiting.CONDITION);

    assertThat(chat.reply("yes, never used")).contains("refund $10.00", "Shall I go ahead?");
  }

  @Test
  void theMostRecentOneIsTheNewestOrderListed() {
    janePicks("the most recent one");

    assertThat(chat.view().order().number()).isEqualTo("000000105");
  }

  @Test
  void keepItAtTheEmailQuestionClosesAsCancelled() {
    chat.open();

    assertThat(chat.reply("nah, I'll just keep it")).contains("nothing has been refunded");
    assertThat(chat.view().status()).isEqualTo(Status.CLOSED);
    assertThat(chat.view().outcome()).isEqualTo(Outcome.CANCELLED);
  }

  @Test
  void forgetItAtTheConditionQuestionClosesAsCancelled() {
    janePicks("101");

    assertThat(chat.reply("ugh forget it, I'd rather keep it"))
        .contains("nothing has been refunded");
    assertThat(chat.view().status()).isEqualTo(Status.CLOSED);
    assertThat(chat.view().outcome()).isEqualTo(Outcome.CANCELLED);
    assertThat(store.refunds).isEmpty();
  }

  @Test
  void thatWouldBeGreatAtTheConfirmationRefunds() {
    janePicks("101");
    chat.say("unused");

    assertThat(chat.reply("that would be great, thanks!")).contains("refunded $10.00");
    assertThat(store.refunds).hasSize(1);
    assertThat(chat.view().outcome()).isEqualTo(Outcome.REFUNDED);
  }
}
