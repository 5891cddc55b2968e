package io.policyflow.api;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the HTTP API ({@code policyflow.api.*}, env {@code POLICYFLOW_API_TOKEN}, {@code
 * POLICYFLOW_API_TURN_TIMEOUT}). The defaults live here, in code, so the API works when another application
 * imports {@link ApiConfiguration} without this module's {@code application.yml}.
 *
 * @param token The bearer token every /v1 call must present. Blank: one is generated at startup and printed once
 *     to stdout.
 * @param turnTimeout How long a call waits for Temporal and the workflow: a customer turn that takes longer is
 *     answered with a holding reply; opening or reading a conversation that takes longer answers 503.
 */
@ConfigurationProperties("policyflow.api")
@Validated
public record ApiProperties(String token, @DefaultValue("5s") @DurationMin(nanos = 1) Duration turnTimeout) {

  public ApiProperties {
    token = token == null ? "" : token.strip();
  }

  /** True when no token is configured and one must be generated. */
  public boolean tokenMissing() {
    return token.isEmpty();
  }

  /** Never shows the token. */
  @Override
  public String toString() {
    return "ApiProperties[token=" + (tokenMissing() ? "<generated>" : "<configured>")
        + ", turnTimeout=" + turnTimeout + "]";
  }
}
