package io.policyflow.refund.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyflow.refund.conversation.Awaiting;
import io.policyflow.refund.conversation.Status;
import org.junit.jupiter.api.Test;

/** Step 2 of the policy: the customer picks one of the listed orders. */
class ChooseOrderScenarioTest extends ScenarioTest {

  @Test
  void byOrderNumberWithoutLeadingZeros() {
    String reply = janePicks("102");

    assertThat(reply)
        .contains(
            "Order #000000102 has several items", "Argus All-Weather Tank × 2", "$22.00 each");
    assertThat(chat.view().awaiting()).isEqualTo(Awaiting.ITEMS);
    assertThat(chat.view().order().number()).isEqualTo("000000102");
    assertThat(chat.view().order().total()).hasToString("59.00");
  }

  @Test
  void byPositionInTheList() {
    String reply = janePicks("the third one");

    assertThat(chat.view().order().number()).isEqualTo("000000101");
    assertThat(reply).contains("unused and in their original packaging");
    assertThat(chat.view().awaiting()).isEqualTo(Awaiting.CONDITION);
  }

  @Test
  void byAnItemInTheOrder() {
    janePicks("the one with the radiant tee");

    assertThat(chat.view().order().number()).isEqualTo("000000103");
  }

  @Test
  void anotherCustomersOrderIsNotFoundAndTwiceGoesToAnAgent() {
    String first = janePicks("#000000999");
    assertThat(first).contains("can't find that order", "#000000101");
    assertThat(chat.view().order()).isNull();

    chat.say("order 555");

    assertThat(chat.view().status()).isEqualTo(Status.HANDED_OFF);
    assertThat(chat.view().handoff().reason()).contains("not among their recent orders");
  }
}
