package io.policyflow.sandbox.refund;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the sandbox knows about payment methods: which ones refund online through a gateway
 * (Braintree, PayPal Express, Stripe-like, ...) and which are offline (check/money order, bank
 * transfer, cash on delivery, ...), and their titles.
 */
public final class PaymentMethods {

  private static final Set<String> ONLINE =
      Set.of(
          "braintree",
          "braintree_paypal",
          "braintree_cc_vault",
          "braintree_paypal_vault",
          "paypal_express",
          "payflowpro",
          "payflow_advanced",
          "payflow_link",
          "paypal_billing_agreement",
          "authorizenet_acceptjs",
          "stripe",
          "stripe_payments",
          "adyen_cc",
          "checkoutcom_card_payment");

  private static final Map<String, String> TITLES =
      Map.of(
          "checkmo", "Check / Money order",
          "banktransfer", "Bank Transfer Payment",
          "cashondelivery", "Cash On Delivery",
          "purchaseorder", "Purchase Order",
          "free", "No Payment Information Required",
          "braintree", "Credit Card (Braintree)",
          "paypal_express", "PayPal Express Checkout",
          "stripe_payments", "Pay by Card (Stripe)");

  private PaymentMethods() {}

  /** True for gateway methods whose captures can be refunded online. */
  public static boolean refundsOnline(String method) {
    if (method == null) {
      return false;
    }
    String m = method.toLowerCase(Locale.ROOT);
    return ONLINE.contains(m)
        || m.startsWith("braintree")
        || m.startsWith("stripe")
        || m.startsWith("paypal_")
        || m.startsWith("adyen");
  }

  public static String title(String method) {
    return TITLES.getOrDefault(method, method);
  }
}
