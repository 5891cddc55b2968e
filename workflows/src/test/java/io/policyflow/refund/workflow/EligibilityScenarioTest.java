package io.policyflow.refund.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyflow.refund.conversation.Awaiting;
import io.policyflow.refund.conversation.Outcome;
import io.policyflow.refund.conversation.Status;
import org.junit.jupiter.api.Test;

/** Step 3 of the policy: not eligible → say exactly why, and offer store credit or an exchange. */
class EligibilityScenarioTest extends ScenarioTest {

  @Test
  void outsideTheReturnWindowSaysByHowMuchAndOffersAlternatives() {
    String reply = janePicks("000000103");

    assertThat(reply).contains("41 days ago", "30 days", "store credit or an exchange");
    assertThat(chat.view().awaiting()).isEqualTo(Awaiting.ALTERNATIVE);
    assertThat(chat.view().messages().get(chat.view().messages().size() - 1).options())
        .containsExactly("Store credit", "Exchange", "No, thanks");

    chat.say("store credit please");

    var view = chat.view();
    assertThat(view.status()).isEqualTo(Status.HANDED_OFF);
    assertThat(view.handoff().summary()).contains("store credit", "#000000103", "41 days ago");
    assertThat(store.refunds).isEmpty();
  }

  @Test
  void aCancelledOrderIsNotRefundedAndDecliningTheAlternativesCloses() {
    assertThat(janePicks("the second one")).contains("this order was cancelled");

    assertThat(chat.reply("no thanks")).contains("Nothing has been changed");

    assertThat(chat.view().status()).isEqualTo(Status.CLOSED);
    assertThat(chat.view().outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    assertThat(store.refunds).isEmpty();
  }

  @Test
  void aNonReturnableItemIsNamedAndAnExchangeGoesToAnAgent() {
    assertThat(janePicks("105")).contains("Gift Card $50 can't be returned");

    chat.say("can I exchange it instead?");

    assertThat(chat.view().handoff().summary()).contains("exchange");
    assertThat(store.refunds).isEmpty();
  }

  @Test
  void usedItemsAreNotEligible() {
    janePicks("101");

    assertThat(chat.reply("I wore it twice")).contains("used", "store credit or an exchange");
    assertThat(chat.view().outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    assertThat(store.refunds).isEmpty();
  }
}
