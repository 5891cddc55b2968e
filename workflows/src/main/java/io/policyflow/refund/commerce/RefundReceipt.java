package io.policyflow.refund.commerce;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The credit memo a refund produced (or had already produced, when {@code alreadyExisted}).
 *
 * @param amount the credit memo's grand total, from the store
 */
public record RefundReceipt(
    String creditMemoId,
    BigDecimal amount,
    String currency,
    Instant issuedAt,
    boolean alreadyExisted) {}
