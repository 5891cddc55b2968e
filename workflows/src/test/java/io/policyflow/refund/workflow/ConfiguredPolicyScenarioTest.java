package io.policyflow.refund.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyflow.refund.conversation.Awaiting;
import io.policyflow.refund.policy.RefundPolicy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The policy is configuration: a store with a 60-day window, shipping refunds and slow turns
 * pushed.
 */
class ConfiguredPolicyScenarioTest extends ScenarioTest {

  @Override
  protected RefundPolicy policy() {
    RefundPolicy d = RefundPolicy.defaults();
    return new RefundPolicy(
        60,
        d.refundableStates(),
        d.nonReturnableSkus(),
        d.offlinePaymentMethods(),
        true,
        d.ordersListed(),
        d.minBusinessDays(),
        d.maxBusinessDays(),
        d.holidays(),
        d.timeZone(),
        d.reminderAfter(),
        d.abandonAfter(),
        d.followUpReplyWindow(),
        Duration.ofMillis(300),
        d.maxNotUnderstood());
  }

  @Test
  void aLongerReturnWindowMakesAnOlderOrderEligible() {
    janePicks("103");

    assertThat(chat.view().awaiting()).isEqualTo(Awaiting.CONDITION);
  }

  @Test
  void shippingIsRefundedWhenThePolicySaysSo() {
    janePicks("101");

    assertThat(chat.reply("unused")).contains("refund $15.00", "This includes shipping");
  }

  @Test
  void aSlowTurnAlsoPushesItsRepliesThroughTheChannel() {
    store.refundDelay = Duration.ofMillis(800);
    janePicks("101");
    chat.say("unused");

    List<String> replies = chat.say("yes");

    assertThat(replies).singleElement().asString().contains("refunded $15.00");
    Eventually.holds(() -> assertThat(channel.messages()).containsExactlyElementsOf(replies));
  }
}
