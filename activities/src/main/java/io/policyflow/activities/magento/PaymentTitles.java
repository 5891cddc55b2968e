package io.policyflow.activities.magento;

import com.fasterxml.jackson.databind.JsonNode;
import io.policyflow.activities.magento.dto.MagentoOrder;
import io.policyflow.activities.magento.dto.MagentoPayment;
import java.util.Locale;

/**
 * How to name a payment method to the customer ("your check / money order"): a known name for
 * common method codes; else the store's own title (from {@code
 * payment_additional_info.method_title} or a title-like first entry of {@code
 * payment.additional_information}); else the code itself.
 */
public final class PaymentTitles {

  private PaymentTitles() {}

  public static String title(MagentoOrder order) {
    MagentoPayment payment = order.payment();
    String code = payment == null ? null : payment.method();
    String known = known(code);
    if (known != null) {
      return known;
    }
    String stored = storeTitle(order);
    if (stored != null) {
      return stored;
    }
    return code;
  }

  /** The human name of a common method code, or null. */
  public static String known(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String c = code.toLowerCase(Locale.ROOT);
    if (c.equals("checkmo")) {
      return "check / money order";
    }
    if (c.equals("banktransfer")) {
      return "bank transfer";
    }
    if (c.equals("cashondelivery")) {
      return "cash on delivery";
    }
    if (c.equals("purchaseorder")) {
      return "purchase order";
    }
    if (c.equals("free")) {
      return "no payment required";
    }
    if (c.startsWith("paypal") || c.startsWith("braintree_paypal")) {
      return "PayPal";
    }
    if (c.startsWith("braintree")
        || c.startsWith("stripe")
        || c.startsWith("authorizenet")
        || c.startsWith("adyen_cc")
        || c.equals("ccsave")
        || c.contains("_cc")
        || c.startsWith("cybersource")) {
      return "card";
    }
    return null;
  }

  private static String storeTitle(MagentoOrder order) {
    if (order.extensionAttributes() != null) {
      for (MagentoOrder.KeyValue kv : order.extensionAttributes().paymentAdditionalInfo()) {
        if ("method_title".equals(kv.key()) && kv.value() != null && !kv.value().isBlank()) {
          return kv.value().strip();
        }
      }
    }
    MagentoPayment payment = order.payment();
    if (payment != null && payment.additionalInformation() != null) {
      JsonNode info = payment.additionalInformation();
      JsonNode first = info.isArray() && !info.isEmpty() ? info.get(0) : null;
      if (info.isObject()) {
        first = info.get("method_title");
      }
      if (first != null && first.isTextual() && looksLikeTitle(first.asText(), payment.method())) {
        return first.asText().strip();
      }
    }
    return null;
  }

  private static boolean looksLikeTitle(String text, String code) {
    String t = text.strip();
    return !t.isEmpty()
        && t.length() <= 64
        && !t.equalsIgnoreCase(code)
        && t.chars().anyMatch(Character::isLetter)
        && t.chars().noneMatch(ch -> ch == '{' || ch == '[' || ch == '=' || ch == '@')
        && (t.contains(" ") || Character.isUpperCase(t.charAt(0)));
  }
}
