package io.policyflow.local.kustomer;

import io.policyflow.kustomer.sandbox.KustomerDemo;
import io.policyflow.kustomer.sandbox.KustomerSandbox;
import io.policyflow.kustomer.sandbox.KustomerSandboxConfig;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Kustomer simulator in the local stack: started when Kustomer is selected ({@code
 * POLICYFLOW_LOOKUPS_PLATFORM=kustomer} and/or {@code POLICYFLOW_CHANNEL_TYPE=kustomer}) and no
 * real org is named ({@code KUSTOMER_BASE_URL} unset). {@link #arguments()} point the worker and
 * the API at it (demo ids for the bot user, the refund bot's queue, the humans' queue and team);
 * once the API listens, {@link #connect(int)} subscribes {@code /v1/webhooks/kustomer} to its
 * events.
 *
 * <p>Environment: {@code KUSTOMER_SANDBOX_PORT} (default 8090), {@code KUSTOMER_API_KEY} and {@code
 * KUSTOMER_WEBHOOK_SECRET} (defaults: the sandbox's).
 */
public final class KustomerLocalSetup implements AutoCloseable {

  public static final int DEFAULT_PORT = 8090;

  private final KustomerSandbox sandbox;

  private KustomerLocalSetup(KustomerSandbox sandbox) {
    this.sandbox = sandbox;
  }

  /** True when the environment selects Kustomer for the lookups or the channel. */
  public static boolean selected(Map<String, String> env) {
    return "kustomer".equals(lower(env.get("POLICYFLOW_LOOKUPS_PLATFORM")))
        || "kustomer".equals(lower(env.get("POLICYFLOW_CHANNEL_TYPE")));
  }

  /**
   * Starts the simulator when Kustomer is selected and {@code KUSTOMER_BASE_URL} is unset; null
   * otherwise (Magento and the webhook only, or a real Kustomer org).
   */
  public static KustomerLocalSetup fromEnvironment(Map<String, String> env) {
    String realOrg = env.get("KUSTOMER_BASE_URL");
    if (!selected(env) || (realOrg != null && !realOrg.isBlank())) {
      return null;
    }
    return start(sandboxConfig(env));
  }

  /**
   * The simulator's settings from {@code KUSTOMER_SANDBOX_PORT}, {@code KUSTOMER_API_KEY}, {@code
   * KUSTOMER_WEBHOOK_SECRET}.
   */
  public static KustomerSandboxConfig sandboxConfig(Map<String, String> env) {
    return KustomerSandboxConfig.builder()
        .port(
            Integer.parseInt(
                env.getOrDefault("KUSTOMER_SANDBOX_PORT", Integer.toString(DEFAULT_PORT)).strip()))
        .apiKey(env.get("KUSTOMER_API_KEY"))
        .webhookSecret(env.get("KUSTOMER_WEBHOOK_SECRET"))
        .build();
  }

  public static KustomerLocalSetup start(KustomerSandboxConfig config) {
    return new KustomerLocalSetup(KustomerSandbox.start(config));
  }

  /** Spring arguments for the worker and the API (one context in the local stack). */
  public List<String> arguments() {
    KustomerSandboxConfig config = sandbox.config();
    return List.of(
        "--policyflow.kustomer.base-url=" + sandbox.baseUrl(),
        "--policyflow.kustomer.api-key=" + config.apiKey(),
        "--policyflow.kustomer.orders.klass=" + config.orderKlass(),
        "--policyflow.kustomer.outbound.sender-user-id=" + KustomerDemo.BOT_USER_ID,
        "--policyflow.kustomer.handoff.queue-id=" + KustomerDemo.REFUNDS_HUMAN_QUEUE_ID,
        "--policyflow.kustomer.handoff.team-ids=" + KustomerDemo.TIER2_TEAM_ID,
        "--policyflow.kustomer.handoff.state-attribute=refundBotStateStr",
        "--policyflow.kustomer.webhook.secret=" + config.webhookSecret(),
        "--policyflow.kustomer.webhook.routing.queue-id=" + KustomerDemo.REFUND_BOT_QUEUE_ID);
  }

  /** Subscribes the API's webhook (on this port of 127.0.0.1) and prints where everything is. */
  public void connect(int apiPort) {
    String webhook = "http://127.0.0.1:" + apiPort + "/v1/webhooks/kustomer";
    sandbox.subscribe(webhook);
    String control = sandbox.baseUrl() + "/sandbox";
    System.out.println(
        "  Kustomer   " + sandbox.baseUrl() + " (sandbox; webhooks to " + webhook + ")");
    System.out.println(
        "             start a chat:  curl -s -X POST "
            + control
            + "/chats -H 'Content-Type: application/json'"
            + " -d '{\"email\":\""
            + KustomerDemo.JANE_EMAIL
            + "\",\"text\":\"Hi, my email is "
            + KustomerDemo.JANE_EMAIL
            + "\"}'");
    System.out.println(
        "             read it:       curl -s "
            + control
            + "/conversations/<conversationId>/transcript");
  }

  public KustomerSandbox sandbox() {
    return sandbox;
  }

  @Override
  public void close() {
    sandbox.close();
  }

  private static String lower(String value) {
    return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
  }
}
