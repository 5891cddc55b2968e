package io.policyflow.refund.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyflow.refund.commerce.CreditMemoStatus;
import io.policyflow.refund.conversation.Awaiting;
import io.policyflow.refund.conversation.Outcome;
import io.policyflow.refund.conversation.Status;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Step 6 of the policy: a durable timer wakes at the expected date and follows up. */
class FollowUpScenarioTest extends ScenarioTest {

  private void refundOrder101() {
    janePicks("101");
    chat.say("unused");
    chat.say("yes");
  }

  @Test
  void followsUpOnTheExpectedDateAndClosesAsRefundedWithoutAReply() {
    refundOrder101();
    assertThat(channel.messages()).isEmpty();

    wait(Duration.ofDays(8));

    assertThat(channel.messages())
        .singleElement()
        .asString()
        .contains("$10.00 was issued on November 26, 2026; it should have arrived by now");
    assertThat(chat.view().awaiting()).isEqualTo(Awaiting.FOLLOW_UP);

    wait(Duration.ofDays(4));

    assertThat(chat.view().status()).isEqualTo(Status.CLOSED);
    assertThat(chat.view().outcome()).isEqualTo(Outcome.REFUNDED);
  }

  @Test
  void aRefundThatHasNotArrivedGoesToAnAgent() {
    refundOrder101();
    wait(Duration.ofDays(8));

    chat.say("no, nothing has arrived yet");

    assertThat(chat.view().status()).isEqualTo(Status.HANDED_OFF);
    assertThat(chat.view().handoff().reason()).contains("has not arrived", "2026-12-03");
  }

  @Test
  void aRefundThatArrivedClosesTheConversation() {
    refundOrder101();
    wait(Duration.ofDays(8));

    assertThat(chat.reply("yes I got it, thanks")).contains("glad it arrived");
    assertThat(chat.view().status()).isEqualTo(Status.CLOSED);
  }

  @Test
  void whereIsMyRefundIsAnsweredAtAnyTime() {
    refundOrder101();
    wait(Duration.ofDays(2));

    assertThat(chat.reply("where is my refund?"))
        .contains("$10.00", "issued on November 26, 2026", "Thursday, December 3, 2026");
    assertThat(chat.view().status()).isEqualTo(Status.FOLLOWING_UP);
  }

  @Test
  void aCreditMemoThatIsNotRefundedAtTheFollowUpGoesToAnAgent() {
    refundOrder101();
    store.memoState = CreditMemoStatus.State.CANCELED;

    wait(Duration.ofDays(8));

    assertThat(chat.view().status()).isEqualTo(Status.HANDED_OFF);
    assertThat(chat.view().handoff().reason()).contains("CANCELED");
  }
}
