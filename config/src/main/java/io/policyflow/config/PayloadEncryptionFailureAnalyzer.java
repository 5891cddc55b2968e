package io.policyflow.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns {@link PayloadEncryptionNotConfiguredException} into Spring Boot's "APPLICATION FAILED TO
 * START" report: its one-line message as the description, how to make a key as the action, instead
 * of a stack of bean-creation errors. Registered in {@code META-INF/spring.factories}.
 */
public final class PayloadEncryptionFailureAnalyzer
    extends AbstractFailureAnalyzer<PayloadEncryptionNotConfiguredException> {

  static final String ACTION =
      "Give the worker and the API the same key: POLICYFLOW_CODEC_KEYS=k1:<output of"
          + " openssl rand -base64 32> (docker compose: ./docker/generate-secrets.sh .env). Keep a copy: without it"
          + " the stored histories cannot be read. Only for tests or throwaway data: POLICYFLOW_CODEC_ALLOW_PLAINTEXT=true.";

  @Override
  protected FailureAnalysis analyze(
      Throwable rootFailure, PayloadEncryptionNotConfiguredException cause) {
    return new FailureAnalysis(cause.getMessage(), ACTION, cause);
  }
}
