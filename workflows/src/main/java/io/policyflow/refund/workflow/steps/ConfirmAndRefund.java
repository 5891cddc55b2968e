package io.policyflow.refund.workflow.steps;

import io.policyflow.refund.commerce.CommerceActivities;
import io.policyflow.refund.commerce.CommerceFailures;
import io.policyflow.refund.commerce.OrderRecord;
import io.policyflow.refund.commerce.RefundCommand;
import io.policyflow.refund.commerce.RefundLine;
import io.policyflow.refund.commerce.RefundReceipt;
import io.policyflow.refund.conversation.Awaiting;
import io.policyflow.refund.conversation.Outcome;
import io.policyflow.refund.conversation.RefundView;
import io.policyflow.refund.policy.BusinessDays;
import io.policyflow.refund.policy.EligibilityRules;
import io.policyflow.refund.text.MoneyText;
import io.policyflow.refund.understanding.ReplyInterpreter;
import io.policyflow.refund.understanding.YesNo;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Steps 4 and 5, confirm the exact amount, then refund exactly once. Asks "Shall I go ahead?" with
 * the amount ({@link EligibilityRules#refundAmount}), the items and whether shipping is included
 * ({@link BotSays#confirm}); an amount of nothing is not eligible → {@link OfferAlternatives}.
 *
 * <p>Accepts yes or no ({@link ReplyInterpreter#yesNo}); anything else is never taken as a yes
 * ({@link NotUnderstood}). No → closed as {@code CANCELLED}. Yes → {@link
 * CommerceActivities#refund} with a marker that makes it exactly-once; refused or failed → {@link
 * HandOff}. Refunded → the date the money arrives by ({@link BusinessDays}), {@link
 * BotSays#refunded}, a comment on the order, and the conversation follows up ({@link FollowUp}).
 */
final class ConfirmAndRefund implements Step {

  /** Version marker of the "taking longer" message during a slow refund. */
  static final String TAKING_LONGER_CHANGE = "refund-taking-longer";

  static final Duration TAKING_LONGER_AFTER = Duration.ofSeconds(30);

  private final Conversation c;
  private final CommerceActivities refunds;
  private final BestEffort bestEffort;
  private final OfferAlternatives alternatives;
  private final HandOff handOff;
  private final NotUnderstood notUnderstood;

  ConfirmAndRefund(
      Conversation c,
      CommerceActivities refunds,
      BestEffort bestEffort,
      OfferAlternatives alternatives,
      HandOff handOff,
      NotUnderstood notUnderstood) {
    this.c = c;
    this.refunds = refunds;
    this.bestEffort = bestEffort;
    this.alternatives = alternatives;
    this.handOff = handOff;
    this.notUnderstood = notUnderstood;
  }

  /** Asks the customer to confirm the refund of the chosen lines. */
  void ask() {
    OrderRecord order = c.claim().order();
    BigDecimal amount = EligibilityRules.refundAmount(order, c.claim().chosenLines(), c.policy());
    if (amount.signum() <= 0) {
      alternatives.offer(CheckEligibility.nothingLeft());
      return;
    }
    c.claim().confirming(amount);
    c.say(
        BotSays.confirm(order, itemsText(), amount, c.policy().refundShipping()),
        BotSays.CONFIRM_OPTIONS);
    c.await(Awaiting.CONFIRMATION);
  }

  @Override
  public Awaiting asks() {
    return Awaiting.CONFIRMATION;
  }

  @Override
  public void answer(String text) {
    YesNo yesNo = c.reads().yesNo(text);
    c.read("yes/no: " + Conversation.word(yesNo));
    switch (yesNo) {
      case YES -> refund();
      case NO -> {
        c.say(BotSays.refundDeclined());
        c.close(Outcome.CANCELLED);
      }
      case UNKNOWN ->
          notUnderstood.rephrase(
              BotSays.confirmAgain(c.claim().confirmedAmount(), c.claim().order().currency()),
              BotSays.CONFIRM_OPTIONS);
    }
  }

  private void refund() {
    OrderRecord order = c.claim().order();
    c.await(Awaiting.NOTHING);
    RefundCommand command =
        new RefundCommand(
            order.orderId(),
            order.number(),
            order.invoiceId(),
            EligibilityRules.refundsOnline(order, c.policy()),
            c.claim().chosenLines(),
            c.policy().refundShipping(),
            c.workflowId() + "/order-" + order.number(),
            c.claim().confirmedAmount(),
            order.currency());
    RefundReceipt receipt;
    try {
      receipt = issue(command);
    } catch (ActivityFailure failure) {
      String why = Failures.message(failure);
      handOff.because(
          CommerceFailures.REFUND_REFUSED.equals(Failures.type(failure))
              ? "The store refused the refund: " + why
              : "The refund could not be completed: " + why);
      return;
    }
    LocalDate today = LocalDate.ofInstant(Conversation.now(), c.zone());
    LocalDate expectedBy =
        BusinessDays.add(today, c.policy().maxBusinessDays(), c.policy().holidays());
    String currency = receipt.currency() == null ? order.currency() : receipt.currency();
    RefundView refund =
        new RefundView(
            receipt.creditMemoId(),
            MoneyText.scaled(receipt.amount(), currency),
            currency,
            receipt.issuedAt() == null ? Conversation.now() : receipt.issuedAt(),
            expectedBy);
    c.refunded(refund);
    c.say(
        BotSays.refunded(
            refund,
            order.paymentTitle(),
            c.policy().minBusinessDays(),
            c.policy().maxBusinessDays()));
    bestEffort.comment(
        order.orderId(),
        "Refund of "
            + MoneyText.format(refund.amount(), currency)
            + " issued by Policyflow in conversation "
            + c.conversationId()
            + " (credit memo "
            + refund.creditMemoId()
            + ").");
  }

  /**
   * Issues the refund. From version 1 on, a refund still running after {@link #TAKING_LONGER_AFTER}
   * (the store is slow or down and Temporal is retrying) tells the customer through the channel
   * that it is taking longer; the outcome follows by itself when the store answers.
   */
  private RefundReceipt issue(RefundCommand command) {
    int version = Workflow.getVersion(TAKING_LONGER_CHANGE, Workflow.DEFAULT_VERSION, 1);
    if (version == Workflow.DEFAULT_VERSION) {
      return refunds.refund(command);
    }
    Promise<RefundReceipt> receipt = Async.function(refunds::refund, command);
    if (!Workflow.await(TAKING_LONGER_AFTER, receipt::isCompleted)) {
      bestEffort.push(c.announce(BotSays.takingLonger()));
    }
    return receipt.get();
  }

  /**
   * "1 × Affirm Water Bottle, 2 × Argus All-Weather Tank": the chosen lines, as the customer
   * confirms them.
   */
  private String itemsText() {
    List<String> parts = new ArrayList<>();
    for (RefundLine chosen : c.claim().chosenLines()) {
      c.claim().order().lines().stream()
          .filter(line -> line.itemId() == chosen.orderItemId())
          .findFirst()
          .ifPresent(
              line ->
                  parts.add(
                      chosen.qty().stripTrailingZeros().toPlainString() + " × " + line.name()));
    }
    return String.join(", ", parts);
  }
}
