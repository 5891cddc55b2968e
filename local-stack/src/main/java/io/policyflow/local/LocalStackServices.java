package io.policyflow.local;

import io.policyflow.sandbox.MagentoSandbox;
import java.util.Optional;

/**
 * What the local stack started beside Spring: the embedded Temporal server and the sandbox, when it
 * did; and the clock of the Temporal server it uses (movable on Temporal's test server only).
 */
public record LocalStackServices(
    EmbeddedTemporal temporal, MagentoSandbox sandbox, TemporalClock clock) {

  public Optional<EmbeddedTemporal> embeddedTemporal() {
    return Optional.ofNullable(temporal);
  }

  public Optional<MagentoSandbox> magentoSandbox() {
    return Optional.ofNullable(sandbox);
  }
}
