package io.policyflow.refund.workflow;

import io.temporal.common.SearchAttributeKey;
import java.util.List;

/** Keyword search attributes that make conversations findable in Temporal UI. Never personal data. */
public final class RefundSearchAttributes {
  public static final SearchAttributeKey<String> STAGE = SearchAttributeKey.forKeyword("RefundStage");
  public static final SearchAttributeKey<String> OUTCOME = SearchAttributeKey.forKeyword("RefundOutcome");
  public static final SearchAttributeKey<String> ORDER_NUMBER = SearchAttributeKey.forKeyword("OrderNumber");

  public static final List<SearchAttributeKey<String>> ALL = List.of(STAGE, OUTCOME, ORDER_NUMBER);

  private RefundSearchAttributes() {}
}
