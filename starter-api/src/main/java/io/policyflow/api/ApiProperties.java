package io.policyflow.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the HTTP API ({@code policyflow.api.*}). The defaults live here, in code, so the API works when
 * another application imports {@link ApiConfiguration} without this module's {@code application.yml}.
 *
 * @param token the bearer token every {@code /v1} call must present; blank means: generate one at startup and
 *     print it once to stdout
 * @param turnTimeout how long a call waits for Temporal and the workflow: a customer turn that takes longer is
 *     answered with a holding reply; opening a conversation or reading it that takes longer answers 503
 */
@ConfigurationProperties("policyflow.api")
public record ApiProperties(String token, Duration turnTimeout) {

  public static final Duration DEFAULT_TURN_TIMEOUT = Duration.ofSeconds(5);

  public ApiProperties {
    token = token == null ? "" : token.strip();
    if (turnTimeout == null) {
      turnTimeout = DEFAULT_TURN_TIMEOUT;
    }
    if (turnTimeout.isNegative() || turnTimeout.isZero()) {
      throw new IllegalArgumentException("policyflow.api.turn-timeout must be positive, got " + turnTimeout);
    }
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
