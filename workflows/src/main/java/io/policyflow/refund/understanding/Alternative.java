package io.policyflow.refund.understanding;

/** The customer's answer to "would you like store credit or an exchange instead?". */
public enum Alternative {
  STORE_CREDIT,
  EXCHANGE,
  /** Neither, thanks. */
  DECLINED,
  UNKNOWN
}
