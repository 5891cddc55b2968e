package io.policyflow.activities.magento.sandbox;

import io.policyflow.activities.magento.BearerTokenAuth;
import io.policyflow.activities.magento.MagentoClient;
import io.policyflow.activities.magento.MagentoClients;
import io.policyflow.activities.magento.MagentoCommerceActivities;
import io.policyflow.activities.magento.MagentoConfig;
import io.policyflow.activities.magento.MagentoResilience;
import io.policyflow.sandbox.MagentoSandbox;
import io.policyflow.sandbox.SandboxConfig;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A real {@link MagentoSandbox} (demo data, fixed clock) and the real Magento adapter pointed at it
 * over HTTP.
 */
final class RealSandbox {

  static final Instant NOW = Instant.parse("2025-06-15T12:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final String TOKEN = SandboxConfig.DEFAULT_ACCESS_TOKEN;

  private RealSandbox() {}

  static MagentoSandbox start() {
    return MagentoSandbox.start(SandboxConfig.builder().port(0).clock(CLOCK).build());
  }

  static MagentoConfig config(MagentoSandbox sandbox) {
    // baseUrl() is http://127.0.0.1:<port>/rest/default: the adapter appends /V1/...
    return new MagentoConfig(
        sandbox.baseUrl(), TOKEN, Duration.ofSeconds(1), Duration.ofSeconds(5), null);
  }

  static MagentoClient client(MagentoSandbox sandbox, String token) {
    return MagentoClients.create(config(sandbox), new BearerTokenAuth(token), CLOCK);
  }

  static MagentoCommerceActivities activities(MagentoSandbox sandbox) {
    return new MagentoCommerceActivities(client(sandbox, TOKEN), CLOCK);
  }

  static MagentoCommerceActivities activities(
      MagentoSandbox sandbox, MagentoResilience resilience) {
    return new MagentoCommerceActivities(
        MagentoClients.create(config(sandbox), resilience, CLOCK), CLOCK);
  }

  static Instant daysAgo(int days) {
    return NOW.minus(Duration.ofDays(days));
  }

  static List<Map<String, Object>> creditMemos(MagentoSandbox sandbox, String incrementId) {
    return sandbox.store().creditMemosForOrder(incrementId);
  }

  static BigDecimal decimal(Object value) {
    return value == null ? null : new BigDecimal(value.toString());
  }

  @SuppressWarnings("unchecked")
  static List<String> commentsOf(Map<String, Object> creditMemo) {
    Object comments = creditMemo.get("comments");
    if (!(comments instanceof List<?> list)) {
      return List.of();
    }
    return list.stream()
        .map(c -> String.valueOf(((Map<String, Object>) c).get("comment")))
        .toList();
  }
}
