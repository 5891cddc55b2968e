package io.policyflow.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the HTTP API ({@code policyflow.api.*}). The defaults live here, in code, so the API works when
 * another application imports {@link ApiConfiguration} without this module's {@code application.yml}.
 *
 * @param token the bearer token every {@code /v1} call must present; blank means: generate one at startup and
 *     print it once to stdout
 * @param turnTimeout how long a call waits for Temporal and the workflow: a customer turn that takes longer is
 *     answered with a holding reply; opening a conversation or reading it that takes longer answers 503
 * @param maxBodySize the largest request body of {@code /v1} and the playground (and of every other endpoint but
 *     the Kustomer webhook and {@code /codec}, which have their own): a larger one is answered 413 before it is
 *     read (default 64 KiB; env {@code POLICYFLOW_API_MAX_BODY_SIZE}, e.g. {@code 128KB})
 */
@ConfigurationProperties("policyflow.api")
public record ApiProperties(String token, Duration turnTimeout, DataSize maxBodySize) {

  public static final Duration DEFAULT_TURN_TIMEOUT = Duration.ofSeconds(5);
  public static final DataSize DEFAULT_MAX_BODY_SIZE = DataSize.ofKilobytes(64);

  @ConstructorBinding
  public ApiProperties {
    token = token == null ? "" : token.strip();
    if (turnTimeout == null) {
      turnTimeout = DEFAULT_TURN_TIMEOUT;
    }
    if (turnTimeout.isNegative() || turnTimeout.isZero()) {
      throw new IllegalArgumentException("policyflow.api.turn-timeout must be positive, got " + turnTimeout);
    }
    if (maxBodySize == null) {
      maxBodySize = DEFAULT_MAX_BODY_SIZE;
    }
    if (maxBodySize.toBytes() <= 0) {
      throw new IllegalArgumentException("policyflow.api.max-body-size must be positive, got " + maxBodySize);
    }
  }

  /** The default body size cap. */
  public ApiProperties(String token, Duration turnTimeout) {
    this(token, turnTimeout, null);
  }

  /** True when no token is configured and one must be generated. */
  public boolean tokenMissing() {
    return token.isEmpty();
  }

  /** Never shows the token. */
  @Override
  public String toString() {
    return "ApiProperties[token=" + (tokenMissing() ? "<generated>" : "<configured>")
        + ", turnTimeout=" + turnTimeout + ", maxBodySize=" + maxBodySize + "]";
  }
}
