package io.policyflow.refund.understanding;

/** One refundable line as offered to the customer; {@code maxQty} is its refundable quantity. */
public record ItemOption(long itemId, String sku, String name, int maxQty) {}
