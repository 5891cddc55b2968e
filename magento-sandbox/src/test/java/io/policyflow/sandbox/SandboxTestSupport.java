package io.policyflow.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/** One sandbox per test class on a random port, with a fixed clock; data reset before each test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SandboxTestSupport {

  static final Instant NOW = Instant.parse("2025-06-15T12:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  MagentoSandbox sandbox;
  SandboxClient client;

  SandboxConfig.Builder config() {
    return SandboxConfig.builder().port(0).clock(CLOCK);
  }

  @BeforeAll
  void startSandbox() {
    sandbox = MagentoSandbox.start(config().build());
    client = new SandboxClient(sandbox);
  }

  @BeforeEach
  void resetData() {
    sandbox.store().reset();
  }

  @AfterAll
  void stopSandbox() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  /** Encodes a searchCriteria key path: {@code sc("filter_groups", 0, "filters", 0, "field")}. */
  static String sc(Object... path) {
    StringBuilder out = new StringBuilder("searchCriteria");
    for (Object part : path) {
      out.append("%5B").append(part).append("%5D");
    }
    return out.toString();
  }

  /** A one-filter query string, brackets %-encoded, value used as given (already URL-encoded). */
  static String filter(String field, String encodedValue, String condition) {
    String q =
        sc("filter_groups", 0, "filters", 0, "field")
            + "="
            + field
            + "&"
            + sc("filter_groups", 0, "filters", 0, "value")
            + "="
            + encodedValue;
    if (condition != null) {
      q += "&" + sc("filter_groups", 0, "filters", 0, "condition_type") + "=" + condition;
    }
    return q;
  }
}
