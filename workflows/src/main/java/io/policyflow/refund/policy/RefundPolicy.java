package io.policyflow.refund.policy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * The refund policy as data. Resolved from configuration once, when a conversation starts, and
 * carried in the workflow input.
 *
 * @param returnWindowDays days a return is accepted, counted from the last shipment (or the order
 *     date when nothing shipped)
 * @param refundableStates order states a refund can be issued in
 * @param nonReturnableSkus SKU glob patterns ({@code *} any run, {@code ?} one character),
 *     case-insensitive
 * @param offlinePaymentMethods payment method codes refunded offline (through the order); others go
 *     online through the invoice
 * @param refundShipping whether the refund includes the remaining shipping
 * @param ordersListed how many recent orders the bot lists
 * @param minBusinessDays the earliest the money arrives, in business days
 * @param maxBusinessDays the latest the money arrives, in business days (the follow-up date)
 * @param holidays days that are not business days
 * @param timeZone the zone business days and dates are counted in
 * @param reminderAfter silence before the one reminder
 * @param abandonAfter silence before the conversation closes as abandoned
 * @param followUpReplyWindow after the follow-up, how long a reply is awaited before closing as
 *     refunded
 * @param slowTurnThreshold a turn whose work takes longer also pushes its replies through the
 *     channel
 * @param maxNotUnderstood replies not understood in a row before a handoff
 * @param limits how many customer messages and bytes of customer text a conversation takes; null (a
 *     policy recorded before there were limits) means {@link ConversationLimits#defaults()}
 */
public record RefundPolicy(
    int returnWindowDays,
    List<String> refundableStates,
    List<String> nonReturnableSkus,
    List<String> offlinePaymentMethods,
    boolean refundShipping,
    int ordersListed,
    int minBusinessDays,
    int maxBusinessDays,
    List<LocalDate> holidays,
    String timeZone,
    Duration reminderAfter,
    Duration abandonAfter,
    Duration followUpReplyWindow,
    Duration slowTurnThreshold,
    int maxNotUnderstood,
    ConversationLimits limits) {

  public RefundPolicy {
    refundableStates = List.copyOf(refundableStates);
    nonReturnableSkus = List.copyOf(nonReturnableSkus);
    offlinePaymentMethods = List.copyOf(offlinePaymentMethods);
    holidays = List.copyOf(holidays);
    limits = limits == null ? ConversationLimits.defaults() : limits;
  }

  /** A policy with the default {@link ConversationLimits}. */
  public RefundPolicy(
      int returnWindowDays,
      List<String> refundableStates,
      List<String> nonReturnableSkus,
      List<String> offlinePaymentMethods,
      boolean refundShipping,
      int ordersListed,
      int minBusinessDays,
      int maxBusinessDays,
      List<LocalDate> holidays,
      String timeZone,
      Duration reminderAfter,
      Duration abandonAfter,
      Duration followUpReplyWindow,
      Duration slowTurnThreshold,
      int maxNotUnderstood) {
    this(
        returnWindowDays,
        refundableStates,
        nonReturnableSkus,
        offlinePaymentMethods,
        refundShipping,
        ordersListed,
        minBusinessDays,
        maxBusinessDays,
        holidays,
        timeZone,
        reminderAfter,
        abandonAfter,
        followUpReplyWindow,
        slowTurnThreshold,
        maxNotUnderstood,
        ConversationLimits.defaults());
  }

  /** This policy with other conversation limits. */
  public RefundPolicy withLimits(ConversationLimits other) {
    return new RefundPolicy(
        returnWindowDays,
        refundableStates,
        nonReturnableSkus,
        offlinePaymentMethods,
        refundShipping,
        ordersListed,
        minBusinessDays,
        maxBusinessDays,
        holidays,
        timeZone,
        reminderAfter,
        abandonAfter,
        followUpReplyWindow,
        slowTurnThreshold,
        maxNotUnderstood,
        other);
  }

  /** The policy as shipped; every value can be overridden in configuration. */
  public static RefundPolicy defaults() {
    return new RefundPolicy(
        30,
        List.of("processing", "complete"),
        List.of("GIFTCARD-*", "*-FINAL"),
        List.of("checkmo", "banktransfer", "cashondelivery", "purchaseorder", "free"),
        false,
        5,
        3,
        5,
        List.of(),
        "UTC",
        Duration.ofHours(24),
        Duration.ofHours(48),
        Duration.ofDays(3),
        Duration.ofSeconds(5),
        2,
        ConversationLimits.defaults());
  }
}
