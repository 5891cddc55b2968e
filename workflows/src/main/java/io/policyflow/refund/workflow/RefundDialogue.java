package io.policyflow.refund.workflow;

import io.policyflow.refund.channel.ChannelActivities;
import io.policyflow.refund.channel.ChannelEvent;
import io.policyflow.refund.commerce.CommerceActivities;
import io.policyflow.refund.commerce.CommerceFailures;
import io.policyflow.refund.commerce.CreditMemoStatus;
import io.policyflow.refund.commerce.CustomerRecord;
import io.policyflow.refund.commerce.OrderLine;
import io.policyflow.refund.commerce.OrderRecord;
import io.policyflow.refund.commerce.RefundCommand;
import io.policyflow.refund.commerce.RefundLine;
import io.policyflow.refund.commerce.RefundReceipt;
import io.policyflow.refund.conversation.AgentAction;
import io.policyflow.refund.conversation.Awaiting;
import io.policyflow.refund.conversation.HandoffView;
import io.policyflow.refund.conversation.Message;
import io.policyflow.refund.conversation.Outcome;
import io.policyflow.refund.conversation.RefundView;
import io.policyflow.refund.conversation.Status;
import io.policyflow.refund.policy.BusinessDays;
import io.policyflow.refund.policy.Eligibility;
import io.policyflow.refund.policy.EligibilityRules;
import io.policyflow.refund.text.Emails;
import io.policyflow.refund.text.MoneyText;
import io.policyflow.refund.understanding.Alternative;
import io.policyflow.refund.understanding.Arrival;
import io.policyflow.refund.understanding.Condition;
import io.policyflow.refund.understanding.Intent;
import io.policyflow.refund.understanding.ItemOption;
import io.policyflow.refund.understanding.ItemPick;
import io.policyflow.refund.understanding.OrderOption;
import io.policyflow.refund.understanding.OrderPick;
import io.policyflow.refund.understanding.ReplyInterpreter;
import io.policyflow.refund.understanding.YesNo;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;

/** The refund policy as a dialogue: what the bot does with each customer message and each deadline. */
final class RefundDialogue {

  private static final Logger log = Workflow.getLogger(RefundDialogue.class);
  private static final int IDENTIFY_ATTEMPTS = 2;
  private static final int ORDER_ATTEMPTS = 2;
  /** Version marker of the "taking longer" message during a slow refund. */
  static final String TAKING_LONGER_CHANGE = "refund-taking-longer";
  static final java.time.Duration TAKING_LONGER_AFTER = java.time.Duration.ofSeconds(30);

  private final Conversation c;
  private final CommerceActivities store;
  private final CommerceActivities refunds;
  private final ChannelActivities channel;
  private boolean misunderstoodThisTurn;

  RefundDialogue(Conversation c, CommerceActivities store, CommerceActivities refunds, ChannelActivities channel) {
    this.c = c;
    this.store = store;
    this.refunds = refunds;
    this.channel = channel;
  }

  // ---- start -------------------------------------------------------------------------------------------------

  void start() {
    String name = c.context.customerName();
    if (c.context.hasVerifiedEmail()) {
      c.say(BotSays.greetingKnownCustomer(name));
      identify(c.context.customerEmail().strip().toLowerCase(java.util.Locale.ROOT));
    } else {
      c.say(BotSays.greeting(name));
      c.await(Awaiting.EMAIL);
    }
  }

  // ---- customer turns ----------------------------------------------------------------------------------------

  void onMessage(String text) {
    if (c.status == Status.HANDED_OFF || c.status == Status.CLOSED) {
      return; // the transcript has it; an agent owns the conversation now
    }
    misunderstoodThisTurn = false;
    Intent intent = ReplyInterpreter.intent(text);
    if (intent == Intent.AGENT) {
      handOff("The customer asked for a person.");
    } else if (intent == Intent.CANCEL) {
      cancel();
    } else if (intent == Intent.REFUND_STATUS && c.awaiting == Awaiting.FOLLOW_UP) {
      refundNotArrived();
    } else if (intent == Intent.REFUND_STATUS) {
      refundStatus();
    } else {
      answer(text);
    }
    if (!misunderstoodThisTurn) {
      c.notUnderstoodInARow = 0;
    }
  }

  private void answer(String text) {
    switch (c.awaiting) {
      case EMAIL -> onEmail(text);
      case ORDER -> onOrder(text);
      case ITEMS -> onItems(text);
      case CONDITION -> onCondition(text);
      case ALTERNATIVE -> onAlternative(text);
      case CONFIRMATION -> onConfirmation(text);
      case FOLLOW_UP -> onFollowUpReply(text);
      case NOTHING -> onNothingAsked();
    }
  }

  private void onEmail(String text) {
    Optional<String> email = ReplyInterpreter.email(text);
    if (email.isEmpty()) {
      notUnderstood(BotSays.askEmailAgain(), List.of());
      return;
    }
    identify(email.get());
  }

  private void identify(String email) {
    Optional<CustomerRecord> found = lookup("Looking up the customer", () -> store.findCustomer(email));
    if (c.status != Status.ACTIVE) {
      return;
    }
    if (found.isEmpty()) {
      c.emailAttempts++;
      if (c.emailAttempts >= IDENTIFY_ATTEMPTS) {
        handOff("No customer account or orders were found for the email addresses the customer gave.");
      } else {
        c.say(BotSays.customerNotFound(Emails.mask(email)));
        c.await(Awaiting.EMAIL);
      }
      return;
    }
    c.customer = found.get();
    listOrders();
  }

  private void listOrders() {
    Optional<List<OrderRecord>> orders =
        lookup("Listing the customer's orders", () -> store.recentOrders(c.customer, c.policy.ordersListed()));
    if (orders.isEmpty()) {
      return;
    }
    if (orders.get().isEmpty()) {
      handOff("The customer has no orders in the store.");
      return;
    }
    c.listedOrders = orders.get();
    c.say(BotSays.orderList(c.listedOrders, c.zone), BotSays.orderOptions(c.listedOrders));
    c.await(Awaiting.ORDER);
  }

  private void onOrder(String text) {
    List<OrderOption> options = new ArrayList<>();
    for (int i = 0; i < c.listedOrders.size(); i++) {
      OrderRecord order = c.listedOrders.get(i);
      options.add(new OrderOption(i + 1, order.number(), order.lines().stream().map(OrderLine::name).toList()));
    }
    OrderPick pick = ReplyInterpreter.orderPick(text, options);
    switch (pick.kind()) {
      case PICKED -> chooseOrder(c.listedOrders.get(pick.position() - 1));
      case NOT_FOUND -> {
        c.orderAttempts++;
        if (c.orderAttempts >= ORDER_ATTEMPTS) {
          handOff("The order the customer asked about is not among their recent orders.");
        } else {
          c.say(BotSays.orderNotFound(c.listedOrders), BotSays.orderOptions(c.listedOrders));
        }
      }
      case UNKNOWN -> notUnderstood(BotSays.whichOrder(), BotSays.orderOptions(c.listedOrders));
    }
  }

  private void chooseOrder(OrderRecord listed) {
    Optional<OrderRecord> details = lookup("Reading the order", () -> store.orderDetails(listed.orderId()));
    if (details.isEmpty()) {
      return;
    }
    OrderRecord order = details.get();
    c.order = order;
    Eligibility eligibility = EligibilityRules.checkOrder(order, c.policy, Conversation.now());
    if (!eligibility.eligible()) {
      notEligible(eligibility);
      return;
    }
    List<OrderLine> open = order.lines().stream().filter(line -> line.refundableQty().signum() > 0).toList();
    List<OrderLine> returnable = EligibilityRules.refundableLines(order, c.policy);
    if (returnable.isEmpty()) {
      Eligibility lines = EligibilityRules.checkLines(open, c.policy);
      notEligible(lines.eligible() ? nothingLeft() : lines);
      return;
    }
    if (open.size() > 1) {
      c.offeredLines = open;
      c.say(BotSays.askItems(order, open), BotSays.itemOptions(open));
      c.await(Awaiting.ITEMS);
      return;
    }
    chooseLines(allOf(returnable));
  }

  private void onItems(String text) {
    List<ItemOption> options =
        c.offeredLines.stream()
            .map(line -> new ItemOption(line.itemId(), line.sku(), line.name(), line.refundableQty().intValue()))
            .toList();
    ItemPick pick = ReplyInterpreter.itemPick(text, options);
    switch (pick.kind()) {
      case ALL -> {
        List<OrderLine> returnable = EligibilityRules.refundableLines(c.order, c.policy);
        List<OrderLine> excluded = c.offeredLines.stream().filter(line -> !returnable.contains(line)).toList();
        if (!excluded.isEmpty()) {
          c.say(EligibilityRules.checkLines(excluded, c.policy).explanation() + ", so I've left it out.");
        }
        chooseLines(allOf(returnable));
      }
      case SOME -> {
        List<OrderLine> chosen = new ArrayList<>();
        List<RefundLine> lines = new ArrayList<>();
        for (ItemPick.Choice choice : pick.choices()) {
          c.offeredLines.stream()
              .filter(line -> line.itemId() == choice.itemId())
              .findFirst()
              .ifPresent(chosen::add);
          lines.add(new RefundLine(choice.itemId(), BigDecimal.valueOf(choice.qty())));
        }
        Eligibility eligibility = EligibilityRules.checkLines(chosen, c.policy);
        if (!eligibility.eligible()) {
          notEligible(eligibility);
          return;
        }
        chooseLines(lines);
      }
      case UNKNOWN -> notUnderstood(BotSays.whichItems(), BotSays.itemOptions(c.offeredLines));
    }
  }

  private void chooseLines(List<RefundLine> lines) {
    c.chosenLines = lines;
    boolean anyShipped =
        lines.stream().anyMatch(chosen -> c.order.lines().stream()
            .anyMatch(line -> line.itemId() == chosen.orderItemId() && line.shipped()));
    if (anyShipped) {
      c.say(BotSays.askCondition(), BotSays.CONDITION_OPTIONS);
      c.await(Awaiting.CONDITION);
    } else {
      askConfirmation();
    }
  }

  private void onCondition(String text) {
    Condition condition = ReplyInterpreter.condition(text);
    if (condition == Condition.UNKNOWN) {
      YesNo yesNo = ReplyInterpreter.yesNo(text);
      condition = yesNo == YesNo.YES ? Condition.UNUSED : yesNo == YesNo.NO ? Condition.USED : Condition.UNKNOWN;
    }
    switch (condition) {
      case UNUSED -> askConfirmation();
      case USED -> notEligible(Eligibility.no(Eligibility.Rule.ITEM_CONDITION,
          "items that have been used or aren't in their original packaging can't be refunded"));
      case UNKNOWN -> notUnderstood(BotSays.conditionAgain(), BotSays.CONDITION_OPTIONS);
    }
  }

  private void askConfirmation() {
    BigDecimal amount = EligibilityRules.refundAmount(c.order, c.chosenLines, c.policy);
    if (amount.signum() <= 0) {
      notEligible(nothingLeft());
      return;
    }
    c.confirmedAmount = amount;
    c.say(BotSays.confirm(c.order, itemsText(), amount, c.policy.refundShipping()), BotSays.CONFIRM_OPTIONS);
    c.await(Awaiting.CONFIRMATION);
  }

  private void onConfirmation(String text) {
    switch (ReplyInterpreter.yesNo(text)) {
      case YES -> issueRefund();
      case NO -> {
        c.say(BotSays.refundDeclined());
        c.close(Outcome.CANCELLED);
      }
      case UNKNOWN -> notUnderstood(
          BotSays.confirmAgain(c.confirmedAmount, c.order.currency()), BotSays.CONFIRM_OPTIONS);
    }
  }

  private void issueRefund() {
    OrderRecord order = c.order;
    c.await(Awaiting.NOTHING);
    RefundCommand command =
        new RefundCommand(
            order.orderId(),
            order.number(),
            order.invoiceId(),
            EligibilityRules.refundsOnline(order, c.policy),
            c.chosenLines,
            c.policy.refundShipping(),
            c.workflowId + "/order-" + order.number(),
            c.confirmedAmount,
            order.currency());
    RefundReceipt receipt;
    try {
      receipt = refund(command);
    } catch (ActivityFailure failure) {
      String why = failureMessage(failure);
      handOff(CommerceFailures.REFUND_REFUSED.equals(failureType(failure))
          ? "The store refused the refund: " + why
          : "The refund could not be completed: " + why);
      return;
    }
    LocalDate today = LocalDate.ofInstant(Conversation.now(), c.zone);
    LocalDate expectedBy = BusinessDays.add(today, c.policy.maxBusinessDays(), c.policy.holidays());
    String currency = receipt.currency() == null ? order.currency() : receipt.currency();
    c.refund =
        new RefundView(
            receipt.creditMemoId(),
            MoneyText.scaled(receipt.amount(), currency),
            currency,
            receipt.issuedAt() == null ? Conversation.now() : receipt.issuedAt(),
            expectedBy);
    c.status = Status.FOLLOWING_UP;
    c.outcome = Outcome.REFUNDED;
    c.say(BotSays.refunded(c.refund, order.paymentTitle(), c.policy.minBusinessDays(), c.policy.maxBusinessDays()));
    comment(
        "Refund of "
            + MoneyText.format(c.refund.amount(), currency)
            + " issued by Policyflow in conversation "
            + c.conversationId
            + " (credit memo "
            + c.refund.creditMemoId()
            + ").");
  }

  /**
   * Issues the refund. From version 1 on, a refund still running after {@link #TAKING_LONGER_AFTER} (the store is
   * slow or down and Temporal is retrying) tells the customer through the channel that it is taking longer; the
   * outcome follows by itself when the store answers.
   */
  private RefundReceipt refund(RefundCommand command) {
    int version = Workflow.getVersion(TAKING_LONGER_CHANGE, Workflow.DEFAULT_VERSION, 1);
    if (version == Workflow.DEFAULT_VERSION) {
      return refunds.refund(command);
    }
    Promise<RefundReceipt> receipt = Async.function(refunds::refund, command);
    if (!Workflow.await(TAKING_LONGER_AFTER, receipt::isCompleted)) {
      push(c.announce(BotSays.takingLonger()));
    }
    return receipt.get();
  }

  private void onAlternative(String text) {
    Alternative alternative = ReplyInterpreter.alternative(text);
    switch (alternative) {
      case STORE_CREDIT -> handOff("The order is not eligible for a refund (" + c.notEligibleReason
          + "); the customer asks for store credit instead.");
      case EXCHANGE -> handOff("The order is not eligible for a refund (" + c.notEligibleReason
          + "); the customer asks for an exchange instead.");
      case DECLINED -> {
        c.say(BotSays.declinedAlternative());
        c.close(Outcome.NOT_ELIGIBLE);
      }
      case UNKNOWN -> {
        if (ReplyInterpreter.yesNo(text) == YesNo.NO) {
          c.say(BotSays.declinedAlternative());
          c.close(Outcome.NOT_ELIGIBLE);
        } else {
          notUnderstood(BotSays.alternativeAgain(), BotSays.ALTERNATIVE_OPTIONS);
        }
      }
    }
  }

  private void onFollowUpReply(String text) {
    switch (ReplyInterpreter.arrival(text)) {
      case NOT_ARRIVED -> refundNotArrived();
      case ARRIVED -> {
        c.say(BotSays.arrived());
        c.close(Outcome.REFUNDED);
      }
      case UNKNOWN -> notUnderstood(BotSays.arrivalAgain(), BotSays.ARRIVAL_OPTIONS);
    }
  }

  private void onNothingAsked() {
    if (c.refund != null) {
      c.say(BotSays.stillOnItsWay(c.refund, c.zone));
    } else {
      notUnderstood(BotSays.noRefundYet(), List.of());
    }
  }

  private void refundNotArrived() {
    handOff("The customer says the refund has not arrived; it was expected by " + c.refund.expectedBy() + ".");
  }

  private void refundStatus() {
    if (c.refund != null) {
      c.say(BotSays.refundStatus(c.refund, c.zone));
      return;
    }
    c.say(BotSays.noRefundYet());
    repeatLastQuestion();
  }

  private void cancel() {
    if (c.refund != null) {
      c.say(BotSays.closedAfterRefund(c.refund, c.zone));
      c.close(Outcome.REFUNDED);
    } else {
      c.say(BotSays.cancelled());
      c.close(Outcome.CANCELLED);
    }
  }

  // ---- agents ------------------------------------------------------------------------------------------------

  /** An agent acted in the helpdesk: the transcript records it; a close ends the conversation. */
  void onAgent(AgentAction action) {
    String who = action.agent() == null || action.agent().isBlank() ? "An agent" : action.agent();
    String note = action.note() == null || action.note().isBlank() ? "" : ": " + action.note();
    switch (action.kind()) {
      case CLOSED -> {
        c.agentSaid(who + " closed the conversation" + note);
        c.close(c.outcome == null ? Outcome.HANDED_OFF : c.outcome);
      }
    }
  }

  // ---- deadlines ---------------------------------------------------------------------------------------------

  /** The customer has been silent for the reminder delay: one reminder, pushed through the channel. */
  void remind() {
    Message last = c.lastBotMessage();
    c.say(BotSays.reminder(last == null ? "" : last.text()), last == null ? List.of() : last.options());
    c.reminded = true;
  }

  void abandon() {
    c.say(BotSays.abandoned());
    c.close(Outcome.ABANDONED);
  }

  /** The expected date has come: check the credit memo, then ask whether the money arrived. */
  void followUp() {
    Optional<CreditMemoStatus> memo =
        lookup("Checking the refund's credit memo", () -> store.creditMemoStatus(c.refund.creditMemoId()));
    if (memo.isEmpty()) {
      return;
    }
    if (memo.get().state() != CreditMemoStatus.State.REFUNDED) {
      handOff("At the follow-up date, credit memo " + c.refund.creditMemoId() + " is "
          + memo.get().state() + ", not refunded.");
      return;
    }
    c.say(BotSays.followUp(c.refund, c.zone), BotSays.ARRIVAL_OPTIONS);
    c.await(Awaiting.FOLLOW_UP);
    c.followUpSentAt = Conversation.now();
  }

  /** No answer to the follow-up within the window: the refund is taken as received. */
  void followUpWindowOver() {
    c.close(Outcome.REFUNDED);
  }

  // ---- shared steps ------------------------------------------------------------------------------------------

  void handOff(String reason) {
    c.handoff = new HandoffView(reason, HandoffSummary.of(c, reason), Conversation.now());
    c.status = Status.HANDED_OFF;
    c.outcome = Outcome.HANDED_OFF;
    c.awaiting = Awaiting.NOTHING;
    c.say(BotSays.handedOff());
    if (c.order != null) {
      comment("Policyflow handed conversation " + c.conversationId + " to an agent: " + reason);
    }
    deliver(ChannelEvent.handoff(c.conversationId, c.handoff));
  }

  /** Pushes a bot message through the channel (the transcript has it whatever happens). */
  void push(Message message) {
    deliver(ChannelEvent.message(c.conversationId, message));
  }

  private void deliver(ChannelEvent event) {
    try {
      channel.deliver(event);
    } catch (ActivityFailure failure) {
      log.warn("Channel delivery failed for conversation {}: {}", c.conversationId, failureMessage(failure));
    }
  }

  private void notEligible(Eligibility eligibility) {
    c.notEligibleReason = eligibility.explanation();
    c.outcome = Outcome.NOT_ELIGIBLE;
    c.say(BotSays.notEligible(eligibility.explanation()), BotSays.ALTERNATIVE_OPTIONS);
    c.await(Awaiting.ALTERNATIVE);
  }

  private void notUnderstood(String rephrase, List<String> options) {
    misunderstoodThisTurn = true;
    c.notUnderstoodInARow++;
    if (c.notUnderstoodInARow >= c.policy.maxNotUnderstood()) {
      handOff("The bot did not understand the customer " + c.notUnderstoodInARow + " times in a row.");
      return;
    }
    c.say(rephrase, options);
  }

  private void repeatLastQuestion() {
    Message last = c.lastQuestion();
    if (last != null && c.awaiting != Awaiting.NOTHING) {
      c.say(last.text(), last.options());
    }
  }

  private void comment(String text) {
    try {
      store.addOrderComment(c.order.orderId(), text);
    } catch (ActivityFailure failure) {
      log.warn("Order comment failed for conversation {}: {}", c.conversationId, failureMessage(failure));
    }
  }

  /** Runs a store lookup; on failure tells the customer and hands off, returning empty. */
  private <T> Optional<T> lookup(String what, Supplier<T> call) {
    try {
      return Optional.ofNullable(call.get());
    } catch (ActivityFailure failure) {
      c.say(BotSays.storeUnavailable());
      handOff(what + " failed: " + failureMessage(failure));
      return Optional.empty();
    }
  }

  private String itemsText() {
    List<String> parts = new ArrayList<>();
    for (RefundLine chosen : c.chosenLines) {
      c.order.lines().stream()
          .filter(line -> line.itemId() == chosen.orderItemId())
          .findFirst()
          .ifPresent(line -> parts.add(chosen.qty().stripTrailingZeros().toPlainString() + " × " + line.name()));
    }
    return String.join(", ", parts);
  }

  private static List<RefundLine> allOf(List<OrderLine> lines) {
    return lines.stream().map(line -> new RefundLine(line.itemId(), line.refundableQty())).toList();
  }

  private static Eligibility nothingLeft() {
    return Eligibility.no(Eligibility.Rule.NOTHING_LEFT_TO_REFUND, "there is nothing left to refund on this order");
  }

  private static String failureType(ActivityFailure failure) {
    return failure.getCause() instanceof ApplicationFailure app ? app.getType() : null;
  }

  private static String failureMessage(ActivityFailure failure) {
    Throwable cause = failure.getCause();
    if (cause instanceof ApplicationFailure app) {
      return app.getOriginalMessage();
    }
    return cause == null ? failure.getMessage() : cause.getMessage();
  }
}
