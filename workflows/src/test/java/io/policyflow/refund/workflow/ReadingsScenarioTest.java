package io.policyflow.refund.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.policyflow.refund.conversation.Reading;
import org.junit.jupiter.api.Test;

/**
 * The {@code readings} query shows how the bot read each customer message, so that a CX manager
 * sees why it answered as it did. The demo customer's orders are listed newest first: #105, ...
 */
class ReadingsScenarioTest extends ScenarioTest {

  @Test
  void eachCustomerMessageIsShownAsTheBotReadIt() {
    janePicks("101");
    assertThat(chat.reply("I think so? not 100% sure")).contains("Sorry, I didn't get that.");
    chat.say("yes, never used");
    assertThat(chat.reply("yes")).contains("refunded");

    assertThat(chat.readings())
        .extracting(Reading::question, Reading::reading)
        .containsExactly(
            tuple("EMAIL", "intent: none; email: found"),
            tuple("ORDER", "intent: none; pick: order #000000101"),
            tuple("CONDITION", "intent: none; condition: unclear"),
            tuple("CONDITION", "intent: none; condition: unused"),
            tuple("CONFIRMATION", "intent: none; yes/no: yes"));
    assertThat(chat.readings())
        .extracting(Reading::seq)
        .allSatisfy(
            seq ->
                assertThat(chat.view().messages().get(seq - 1).author().name())
                    .isEqualTo("CUSTOMER"));
  }

  @Test
  void aPickByRecencyIsReadAsTheOrderItChose() {
    janePicks("the most recent one");

    assertThat(chat.readings())
        .last()
        .extracting(Reading::reading)
        .isEqualTo("intent: none; pick: order #000000105");
  }

  @Test
  void aPersonAskedForIsReadAsTheAgentIntentAndNothingAfterTheHandOff() {
    chat.open();
    chat.say("can I talk to a human please");
    chat.say("hello?");

    assertThat(chat.readings())
        .extracting(Reading::seq, Reading::question, Reading::reading)
        .containsExactly(tuple(2, "EMAIL", "intent: agent"));
  }
}
