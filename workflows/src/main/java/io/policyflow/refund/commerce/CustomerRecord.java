package io.policyflow.refund.commerce;

/**
 * A customer found in the store. {@code customerId} is null for a guest (known only from orders'
 * {@code customer_email}).
 */
public record CustomerRecord(
    Long customerId, String email, String firstName, String lastName, boolean guest) {}
