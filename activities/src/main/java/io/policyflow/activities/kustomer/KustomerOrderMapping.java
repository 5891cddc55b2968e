package io.policyflow.activities.kustomer;

/**
 * Where the refund bot finds an order (and the customer's store id) in Kustomer: the commerce Klass
 * and dotted paths into a resource's {@code attributes} (e.g. {@code custom.orderNumberStr}, {@code
 * data.items}, {@code externalId}). The Magento app's Klass and attribute names are unconfirmed and
 * differ per org: every one is configuration ({@code policyflow.kustomer.orders.*}).
 *
 * @param klass the Klass name in {@code /v1/customers/{id}/klasses/{klass}}
 * @param number the order number the customer sees (Magento {@code increment_id}): how the order is
 *     matched in Magento
 * @param placedAt when the order was placed (ISO-8601, or {@code yyyy-MM-dd HH:mm:ss} UTC)
 * @param state the order's state or status, shown in the list
 * @param total the order's grand total (a number or a decimal string)
 * @param currency the currency code; {@code defaultCurrency} when absent
 * @param items the array of order lines; each line's {@code itemName} names it in the list
 * @param magentoOrderId optional: the Magento {@code entity_id}; blank means "look it up in Magento
 *     by number" (the safe choice when the KObject's externalId may be an increment id)
 * @param customerMagentoId the customer's Magento id on the Kustomer customer (numeric; blank or
 *     absent: shown as a guest in the handoff summary)
 * @param maxPages pages of 100 KObjects read at most per customer
 */
public record KustomerOrderMapping(
    String klass,
    String number,
    String placedAt,
    String state,
    String total,
    String currency,
    String defaultCurrency,
    String items,
    String itemName,
    String magentoOrderId,
    String customerMagentoId,
    int maxPages) {

  public static final String DEFAULT_KLASS = "ecomm-order";

  public KustomerOrderMapping {
    klass = or(klass, DEFAULT_KLASS);
    number = or(number, "custom.orderNumberStr");
    placedAt = or(placedAt, "custom.orderCreatedAt");
    state = or(state, "custom.orderStatusStr");
    total = or(total, "custom.totalPriceNum");
    currency = or(currency, "custom.currencyStr");
    defaultCurrency = or(defaultCurrency, "USD");
    items = or(items, "data.items");
    itemName = or(itemName, "name");
    magentoOrderId =
        magentoOrderId == null || magentoOrderId.isBlank() ? null : magentoOrderId.strip();
    customerMagentoId =
        customerMagentoId == null || customerMagentoId.isBlank() ? null : customerMagentoId.strip();
    maxPages = maxPages < 1 ? 5 : maxPages;
  }

  /** The defaults, as the Kustomer sandbox's demo org stores orders. */
  public static KustomerOrderMapping defaults() {
    return new KustomerOrderMapping(
        null, null, null, null, null, null, null, null, null, null, "externalId", 0);
  }

  private static String or(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.strip();
  }
}
