package io.policyflow.config;

/**
 * The worker or the API was started without payload keys and without the explicit opt-out: it would
 * write customer e-mails, messages and order data into Temporal's history in clear. Reported at
 * startup by {@link PayloadEncryptionFailureAnalyzer}.
 */
public final class PayloadEncryptionNotConfiguredException extends IllegalStateException {

  /** One line: the setting to set, where its format is described, and the opt-out. */
  public static final String MESSAGE =
      "payload encryption is not configured: set POLICYFLOW_CODEC_KEYS"
          + " (policyflow.codec.keys; key format in docs/production.md, \"Rotate the payload key\") or, to store"
          + " customer data in clear in Temporal's history, POLICYFLOW_CODEC_ALLOW_PLAINTEXT=true"
          + " (policyflow.codec.allow-plaintext=true)";

  public PayloadEncryptionNotConfiguredException() {
    super(MESSAGE);
  }
}
