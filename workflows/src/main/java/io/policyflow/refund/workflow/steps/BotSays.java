package io.policyflow.refund.workflow.steps;

import io.policyflow.refund.commerce.OrderLine;
import io.policyflow.refund.commerce.OrderRecord;
import io.policyflow.refund.conversation.RefundView;
import io.policyflow.refund.text.DateText;
import io.policyflow.refund.text.MoneyText;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

/** What the bot says. Every amount and date comes from data. */
final class BotSays {

  static final List<String> CONDITION_OPTIONS = List.of("Yes, unused", "No, they've been used");
  static final List<String> ALTERNATIVE_OPTIONS = List.of("Store credit", "Exchange", "No, thanks");
  static final List<String> CONFIRM_OPTIONS = List.of("Yes, refund it", "No");
  static final List<String> ARRIVAL_OPTIONS = List.of("It arrived", "It hasn't arrived");

  private BotSays() {}

  static String greeting(String name) {
    String hello = name == null || name.isBlank() ? "Hi!" : "Hi " + name.strip() + "!";
    return hello
        + " I can help you with a refund. What's the email address you used for your order?";
  }

  static String greetingKnownCustomer(String name) {
    return name == null || name.isBlank()
        ? "Hi! I can help you with a refund."
        : "Hi " + name.strip() + "! I can help you with a refund.";
  }

  static String askEmailAgain() {
    return "I couldn't find an email address in that. Could you type the email you used for your order "
        + "(for example name@example.com)?";
  }

  static String customerNotFound(String maskedEmail) {
    return "I couldn't find an account or any orders for "
        + maskedEmail
        + ". Could you check the address, "
        + "or give me the email you used for the order?";
  }

  static String orderList(List<OrderRecord> orders, ZoneId zone) {
    StringBuilder text =
        new StringBuilder(
            "Here are your most recent orders. Which one would you like a refund for?");
    int position = 1;
    for (OrderRecord order : orders) {
      text.append('\n')
          .append(position++)
          .append(". #")
          .append(order.number())
          .append(" — ")
          .append(DateText.day(order.placedAt(), zone))
          .append(" — ")
          .append(MoneyText.format(order.grandTotal(), order.currency()))
          .append(" — ")
          .append(String.join(", ", order.lines().stream().map(OrderLine::name).toList()))
          .append(" (")
          .append(order.state())
          .append(')');
    }
    return text.toString();
  }

  static List<String> orderOptions(List<OrderRecord> orders) {
    return orders.stream().map(order -> "#" + order.number()).toList();
  }

  static String orderNotFound(List<OrderRecord> orders) {
    return "I can't find that order among your recent orders. Please pick one of these: "
        + String.join(", ", orderOptions(orders))
        + ".";
  }

  static String whichOrder() {
    return "Which order do you mean? You can reply with the order number (like #000000102), its place in the "
        + "list (like \"the second one\") or an item in it.";
  }

  static String askItems(OrderRecord order, List<OrderLine> lines) {
    StringBuilder text =
        new StringBuilder("Order #")
            .append(order.number())
            .append(
                " has several items. Would you like to refund everything, or which items (and how many)?");
    for (OrderLine line : lines) {
      text.append("\n- ")
          .append(line.name())
          .append(" × ")
          .append(line.refundableQty().stripTrailingZeros().toPlainString())
          .append(" (")
          .append(MoneyText.format(line.unitRefund(), order.currency()))
          .append(" each)");
    }
    return text.toString();
  }

  static List<String> itemOptions(List<OrderLine> lines) {
    List<String> options = new java.util.ArrayList<>();
    options.add("Everything");
    lines.forEach(line -> options.add(line.name()));
    return options;
  }

  static String whichItems() {
    return "Sorry, I didn't get which items. Reply \"everything\", or name the items and how many "
        + "(like \"1 water bottle\").";
  }

  static String askCondition() {
    return "Are the items unused and in their original packaging?";
  }

  static String conditionAgain() {
    return "Sorry, I didn't get that. Are the items unused and in their original packaging? Please answer yes or no.";
  }

  static String notEligible(String explanation) {
    return "I'm sorry, I can't refund this: "
        + explanation
        + ". I can offer you store credit or an exchange instead. Which would you prefer?";
  }

  static String alternativeAgain() {
    return "Would you like store credit, an exchange, or neither?";
  }

  static String declinedAlternative() {
    return "Understood. Nothing has been changed on your order. Thanks for contacting us!";
  }

  static String confirm(
      OrderRecord order, String itemsText, BigDecimal amount, boolean shippingIncluded) {
    return "I can refund "
        + MoneyText.format(amount, order.currency())
        + " for "
        + itemsText
        + " from order #"
        + order.number()
        + " to your original payment method ("
        + order.paymentTitle()
        + ")."
        + (shippingIncluded ? " This includes shipping." : " Shipping isn't refunded.")
        + " Shall I go ahead?";
  }

  static String confirmAgain(BigDecimal amount, String currency) {
    return "Please reply \"yes\" to refund "
        + MoneyText.format(amount, currency)
        + ", or \"no\" to leave your order as it is.";
  }

  static String refundDeclined() {
    return "Okay, I haven't refunded anything. If you need help with something else, ask for an agent "
        + "or start a new chat any time.";
  }

  static String refunded(RefundView refund, String paymentTitle, int minDays, int maxDays) {
    return "Done! I've refunded "
        + MoneyText.format(refund.amount(), refund.currency())
        + " to your original payment method ("
        + paymentTitle
        + "). It will arrive in "
        + minDays
        + "–"
        + maxDays
        + " business days, by "
        + DateText.weekday(refund.expectedBy())
        + " at the latest. Our store is emailing you the confirmation too.";
  }

  static String takingLonger() {
    return "Your refund is taking a little longer than usual because our store system is slow to answer. "
        + "There's nothing you need to do: I'll message you here as soon as it's through.";
  }

  static String refundStatus(RefundView refund, ZoneId zone) {
    return "Your refund of "
        + MoneyText.format(refund.amount(), refund.currency())
        + " was issued on "
        + DateText.day(refund.issuedAt(), zone)
        + "; it should reach your original payment method by "
        + DateText.weekday(refund.expectedBy())
        + ".";
  }

  static String noRefundYet() {
    return "I haven't issued a refund in this conversation yet.";
  }

  static String followUp(RefundView refund, ZoneId zone) {
    return "Your refund of "
        + MoneyText.format(refund.amount(), refund.currency())
        + " was issued on "
        + DateText.day(refund.issuedAt(), zone)
        + "; it should have arrived by now. Reply if it has not.";
  }

  static String arrived() {
    return "Great, I'm glad it arrived. Thanks for shopping with us!";
  }

  static String arrivalAgain() {
    return "Has your refund arrived? Please answer yes or no.";
  }

  static String stillOnItsWay(RefundView refund, ZoneId zone) {
    return refundStatus(refund, zone) + " If you need anything else, you can ask for an agent.";
  }

  static String handedOff() {
    return "I'm passing you to a member of our support team. They can see this whole conversation and "
        + "will reply here.";
  }

  static String conversationFull() {
    return "This conversation has reached its length limit, so I've passed it to a member of our support team, "
        + "who can see everything so far and will reply here.";
  }

  static String cancelled() {
    return "All right, I've stopped here and nothing has been refunded. Have a good day!";
  }

  static String closedAfterRefund(RefundView refund, ZoneId zone) {
    return "All right. " + refundStatus(refund, zone) + " Have a good day!";
  }

  static String reminder(String lastQuestion) {
    return "Are you still there? " + lastQuestion;
  }

  static String abandoned() {
    return "I haven't heard back, so I'm closing this conversation. Nothing has been refunded; you can start "
        + "a new chat any time.";
  }

  static String storeUnavailable() {
    return "I'm having trouble reaching our store system right now.";
  }
}
