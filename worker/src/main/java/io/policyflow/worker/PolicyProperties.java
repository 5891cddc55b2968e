package io.policyflow.worker;

import io.policyflow.refund.policy.RefundPolicy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code policyflow.policy.*}: the refund policy. Defaults are {@link RefundPolicy#defaults()}. A conversation
 * reads it once when it starts.
 */
@ConfigurationProperties("policyflow.policy")
public class PolicyProperties {

  private static final RefundPolicy DEFAULTS = RefundPolicy.defaults();

  private int returnWindowDays = DEFAULTS.returnWindowDays();
  private List<String> refundableStates = new ArrayList<>(DEFAULTS.refundableStates());
  private List<String> nonReturnableSkus = new ArrayList<>(DEFAULTS.nonReturnableSkus());
  private List<String> offlinePaymentMethods = new ArrayList<>(DEFAULTS.offlinePaymentMethods());
  private boolean refundShipping = DEFAULTS.refundShipping();
  private int ordersListed = DEFAULTS.ordersListed();
  private int minBusinessDays = DEFAULTS.minBusinessDays();
  private int maxBusinessDays = DEFAULTS.maxBusinessDays();
  private List<LocalDate> holidays = new ArrayList<>(DEFAULTS.holidays());
  private String timeZone = DEFAULTS.timeZone();
  private Duration reminderAfter = DEFAULTS.reminderAfter();
  private Duration abandonAfter = DEFAULTS.abandonAfter();
  private Duration followUpReplyWindow = DEFAULTS.followUpReplyWindow();
  private Duration slowTurnThreshold = DEFAULTS.slowTurnThreshold();
  private int maxNotUnderstood = DEFAULTS.maxNotUnderstood();

  public RefundPolicy toPolicy() {
    if (minBusinessDays < 0 || maxBusinessDays < minBusinessDays) {
      throw new IllegalStateException("policyflow.policy: need 0 <= min-business-days <= max-business-days");
    }
    java.time.ZoneId.of(timeZone); // fails fast on an unknown zone
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
        maxNotUnderstood);
  }

  public int getReturnWindowDays() {
    return returnWindowDays;
  }

  public void setReturnWindowDays(int returnWindowDays) {
    this.returnWindowDays = returnWindowDays;
  }

  public List<String> getRefundableStates() {
    return refundableStates;
  }

  public void setRefundableStates(List<String> refundableStates) {
    this.refundableStates = refundableStates;
  }

  public List<String> getNonReturnableSkus() {
    return nonReturnableSkus;
  }

  public void setNonReturnableSkus(List<String> nonReturnableSkus) {
    this.nonReturnableSkus = nonReturnableSkus;
  }

  public List<String> getOfflinePaymentMethods() {
    return offlinePaymentMethods;
  }

  public void setOfflinePaymentMethods(List<String> offlinePaymentMethods) {
    this.offlinePaymentMethods = offlinePaymentMethods;
  }

  public boolean isRefundShipping() {
    return refundShipping;
  }

  public void setRefundShipping(boolean refundShipping) {
    this.refundShipping = refundShipping;
  }

  public int getOrdersListed() {
    return ordersListed;
  }

  public void setOrdersListed(int ordersListed) {
    this.ordersListed = ordersListed;
  }

  public int getMinBusinessDays() {
    return minBusinessDays;
  }

  public void setMinBusinessDays(int minBusinessDays) {
    this.minBusinessDays = minBusinessDays;
  }

  public int getMaxBusinessDays() {
    return maxBusinessDays;
  }

  public void setMaxBusinessDays(int maxBusinessDays) {
    this.maxBusinessDays = maxBusinessDays;
  }

  public List<LocalDate> getHolidays() {
    return holidays;
  }

  public void setHolidays(List<LocalDate> holidays) {
    this.holidays = holidays;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public Duration getReminderAfter() {
    return reminderAfter;
  }

  public void setReminderAfter(Duration reminderAfter) {
    this.reminderAfter = reminderAfter;
  }

  public Duration getAbandonAfter() {
    return abandonAfter;
  }

  public void setAbandonAfter(Duration abandonAfter) {
    this.abandonAfter = abandonAfter;
  }

  public Duration getFollowUpReplyWindow() {
    return followUpReplyWindow;
  }

  public void setFollowUpReplyWindow(Duration followUpReplyWindow) {
    this.followUpReplyWindow = followUpReplyWindow;
  }

  public Duration getSlowTurnThreshold() {
    return slowTurnThreshold;
  }

  public void setSlowTurnThreshold(Duration slowTurnThreshold) {
    this.slowTurnThreshold = slowTurnThreshold;
  }

  public int getMaxNotUnderstood() {
    return maxNotUnderstood;
  }

  public void setMaxNotUnderstood(int maxNotUnderstood) {
    this.maxNotUnderstood = maxNotUnderstood;
  }
}
