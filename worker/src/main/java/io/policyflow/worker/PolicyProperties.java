package io.policyflow.worker;

import io.policyflow.refund.policy.ConversationLimits;
import io.policyflow.refund.policy.RefundPolicy;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The refund policy ({@code policyflow.policy.*}, e.g. {@code
 * POLICYFLOW_POLICY_RETURN_WINDOW_DAYS=45}). The defaults are {@link RefundPolicy#defaults()}
 * (PolicyPropertiesTest holds them equal). A conversation reads the policy once, when it starts.
 *
 * @param returnWindowDays Days a return is accepted, counted from the last shipment (or the order
 *     date when nothing shipped).
 * @param refundableStates Order states a refund can be issued in.
 * @param nonReturnableSkus SKU glob patterns (* any run, ? one character), case-insensitive.
 * @param offlinePaymentMethods Payment method codes refunded offline (through the order); others go
 *     online through the invoice.
 * @param refundShipping Whether the refund includes the remaining shipping.
 * @param ordersListed How many recent orders the bot lists.
 * @param minBusinessDays The earliest the money arrives, in business days.
 * @param maxBusinessDays The latest the money arrives, in business days (the follow-up date).
 * @param holidays Days that are not business days (yyyy-mm-dd).
 * @param timeZone The zone business days and dates are counted in.
 * @param reminderAfter Silence before the one reminder.
 * @param abandonAfter Silence before the conversation closes as abandoned.
 * @param followUpReplyWindow After the follow-up, how long a reply is awaited before closing as
 *     refunded.
 * @param slowTurnThreshold A turn whose work takes longer also pushes its replies through the
 *     channel.
 * @param maxNotUnderstood Replies not understood in a row before a handoff.
 * @param maxCustomerMessages Customer messages one conversation records at most (1 to 1,000); the
 *     next one hands the conversation off and later new messages are refused (409
 *     conversation-full).
 * @param maxCustomerTextBytes Bytes of customer text (UTF-8) one conversation records at most (1 to
 *     1 MiB; the default is 256 KiB).
 */
@ConfigurationProperties("policyflow.policy")
@Validated
public record PolicyProperties(
    @DefaultValue("30") @PositiveOrZero int returnWindowDays,
    @DefaultValue({"processing", "complete"}) List<String> refundableStates,
    @DefaultValue({"GIFTCARD-*", "*-FINAL"}) List<String> nonReturnableSkus,
    @DefaultValue({"checkmo", "banktransfer", "cashondelivery", "purchaseorder", "free"})
        List<String> offlinePaymentMethods,
    @DefaultValue("false") boolean refundShipping,
    @DefaultValue("5") @Positive int ordersListed,
    @DefaultValue("3") @PositiveOrZero int minBusinessDays,
    @DefaultValue("5") @PositiveOrZero int maxBusinessDays,
    @DefaultValue List<LocalDate> holidays,
    @DefaultValue("UTC") String timeZone,
    @DefaultValue("24h") @DurationMin(nanos = 1) Duration reminderAfter,
    @DefaultValue("48h") @DurationMin(nanos = 1) Duration abandonAfter,
    @DefaultValue("3d") @DurationMin(nanos = 1) Duration followUpReplyWindow,
    @DefaultValue("5s") @DurationMin(nanos = 1) Duration slowTurnThreshold,
    @DefaultValue("2") @Positive int maxNotUnderstood,
    @DefaultValue("200") @Min(1) @Max(ConversationLimits.MOST_MESSAGES) int maxCustomerMessages,
    @DefaultValue("262144") @Min(1) @Max(ConversationLimits.MOST_TEXT_BYTES)
        int maxCustomerTextBytes) {

  public RefundPolicy toPolicy() {
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
        new ConversationLimits(maxCustomerMessages, maxCustomerTextBytes));
  }

  @AssertTrue(message = "min-business-days must not exceed max-business-days")
  boolean isBusinessDaysOrdered() {
    return minBusinessDays <= maxBusinessDays;
  }

  @AssertTrue(message = "time-zone must be a zone id such as UTC or Europe/Berlin")
  boolean isTimeZoneKnown() {
    if (timeZone == null) {
      return false;
    }
    try {
      ZoneId.of(timeZone);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
