package io.policyflow.refund.commerce;

import java.math.BigDecimal;

/** One line of a refund: which order item, how many. */
public record RefundLine(long orderItemId, BigDecimal qty) {}
