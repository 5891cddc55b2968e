package io.policyflow.refund.commerce;

import java.math.BigDecimal;
import java.time.Instant;

/** A credit memo as the store reports it now. */
public record CreditMemoStatus(
    String creditMemoId, State state, BigDecimal amount, String currency, Instant createdAt) {

  /** Magento's credit memo states: 1 open, 2 refunded, 3 canceled. */
  public enum State {
    OPEN,
    REFUNDED,
    CANCELED
  }
}
