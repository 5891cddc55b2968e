package io.policyflow.refund.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.policyflow.refund.commerce.CommerceFailures;
import io.policyflow.refund.commerce.RefundLine;
import io.policyflow.refund.conversation.Awaiting;
import io.policyflow.refund.conversation.Outcome;
import io.policyflow.refund.conversation.Status;
import io.policyflow.refund.conversation.TurnAnswer;
import io.temporal.failure.ApplicationFailure;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Steps 4 and 5 of the policy: confirm the exact amount, refund exactly once, say when the money
 * arrives.
 */
class ConfirmAndRefundScenarioTest extends ScenarioTest {

  @Test
  void aConfirmedRefundIsIssuedOnceOfflineWithTheDateItArrives() {
    janePicks("101");
    String confirmation = chat.reply("unused, still in the box");

    assertThat(confirmation)
        .contains(
            "refund $10.00", "1 × Affirm Water Bottle", "order #000000101", "check / money order")
        .contains("Shipping isn't refunded", "Shall I go ahead?");
    assertThat(chat.view().awaiting()).isEqualTo(Awaiting.CONFIRMATION);
    assertThat(store.refunds).isEmpty();

    String done = chat.reply("yes please");

    assertThat(done).contains("refunded $10.00", "3–5 business days", "Thursday, December 3, 2026");
    assertThat(store.refunds)
        .singleElement()
        .satisfies(
            refund -> {
              assertThat(refund.online()).isFalse();
              assertThat(refund.refundShipping()).isFalse();
              assertThat(refund.lines()).containsExactly(new RefundLine(1011, BigDecimal.ONE));
              assertThat(refund.marker()).isEqualTo("refund-c-1/order-000000101");
            });
    var view = chat.view();
    assertThat(view.status()).isEqualTo(Status.FOLLOWING_UP);
    assertThat(view.outcome()).isEqualTo(Outcome.REFUNDED);
    assertThat(view.refund().amount()).hasToString("10.00");
    assertThat(view.refund().expectedBy()).isEqualTo(LocalDate.of(2026, 12, 3));
    assertThat(store.comments).anySatisfy(c -> assertThat(c).startsWith("101: Refund of $10.00"));
  }

  @Test
  void someItemsOfAMultiLineOrderAreRefundedOnlineThroughTheInvoice() {
    janePicks("102");
    chat.say("just the water bottle");
    assertThat(chat.reply("yes, unused"))
        .contains("refund $10.00", "1 × Affirm Water Bottle", "(card)");

    chat.say("go ahead");

    assertThat(store.refunds)
        .singleElement()
        .satisfies(
            refund -> {
              assertThat(refund.online()).isTrue();
              assertThat(refund.invoiceId()).isEqualTo(901L);
              assertThat(refund.lines())
                  .extracting(RefundLine::orderItemId, l -> l.qty().intValue())
                  .containsExactly(tuple(1023L, 1));
            });
  }

  @Test
  void everythingOnAMultiLineOrderRefundsItemsButNotShipping() {
    janePicks("102");
    chat.say("everything");

    assertThat(chat.reply("they are unused"))
        .contains("refund $54.00", "2 × Argus All-Weather Tank");
  }

  @Test
  void noMeansNothingIsRefunded() {
    janePicks("101");
    chat.say("never used");

    assertThat(chat.reply("no, not now")).contains("haven't refunded anything");

    assertThat(chat.view().outcome()).isEqualTo(Outcome.CANCELLED);
    assertThat(store.refunds).isEmpty();
  }

  @Test
  void anUnclearAnswerIsNeverTakenAsAYes() {
    janePicks("101");
    chat.say("never used");

    assertThat(chat.reply("hmm, how much was it again?"))
        .contains("reply \"yes\" to refund $10.00");
    chat.say("maybe");

    assertThat(store.refunds).isEmpty();
    assertThat(chat.view().status()).isEqualTo(Status.HANDED_OFF);
    assertThat(chat.view().handoff().reason()).contains("did not understand");
  }

  @Test
  void aRefusalFromTheStoreGoesToAnAgentWithTheStoresReason() {
    store.refundFailure =
        ApplicationFailure.newNonRetryableFailure(
            "Creditmemo Document Validation Error(s):\nThe most money available to refund is 5.",
            CommerceFailures.REFUND_REFUSED);
    janePicks("101");
    chat.say("unused");

    chat.say("yes");

    var view = chat.view();
    assertThat(view.status()).isEqualTo(Status.HANDED_OFF);
    assertThat(view.refund()).isNull();
    assertThat(view.handoff().reason())
        .contains("store refused", "The most money available to refund is 5.");
    assertThat(channel.handoffs()).hasSize(1);
  }

  @Test
  void aRepeatedMessageIdIsAnsweredFromTheTranscriptAndRefundsOnce() {
    janePicks("101");
    chat.say("unused");

    TurnAnswer first = chat.send("m-yes", "yes");
    TurnAnswer again = chat.send("m-yes", "yes");

    assertThat(again.replies()).isEqualTo(first.replies());
    assertThat(store.refunds).hasSize(1);
    long customerYes = chat.view().messages().stream().filter(m -> m.text().equals("yes")).count();
    assertThat(customerYes).isEqualTo(1);
  }

  @Test
  void aRefundSlowedByAStoreOutageTellsTheCustomerAndCompletesByItself() {
    store.refundOutages.set(6);
    janePicks("101");
    chat.say("unused");

    chat.signal("yes");
    wait(Duration.ofMinutes(3));

    Eventually.holds(() -> assertThat(channel.messages()).hasSize(2));
    assertThat(channel.messages().get(0)).contains("taking a little longer");
    assertThat(channel.messages().get(1)).contains("refunded $10.00");
    assertThat(store.refundAttempts).hasValue(7);
    assertThat(store.refunds).hasSize(1);
    assertThat(chat.view().messages())
        .anySatisfy(m -> assertThat(m.text()).contains("taking a little longer"));
  }
}
