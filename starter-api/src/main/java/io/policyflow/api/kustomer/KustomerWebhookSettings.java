package io.policyflow.api.kustomer;

import java.time.Clock;
import org.springframework.core.env.Environment;

/**
 * The webhook receiver as configured: {@link KustomerApiProperties} with blank values taken from the environment
 * variables {@code KUSTOMER_WEBHOOK_SECRET}, {@code KUSTOMER_BASE_URL}, {@code KUSTOMER_API_KEY}, {@code
 * KUSTOMER_ROUTING_QUEUE_ID} and {@code KUSTOMER_ROUTING_TAG}. Without a secret the endpoint is off.
 */
public final class KustomerWebhookSettings {

  private final KustomerApiProperties.Webhook webhook;
  private final KustomerSignatureVerifier verifier;
  private final KustomerRouting routing;
  private final ReplayGuard replays;

  KustomerWebhookSettings(KustomerApiProperties properties, Environment environment, Clock clock) {
    this.webhook = properties.webhook();
    String secret = setting(webhook.secret(), environment, "KUSTOMER_WEBHOOK_SECRET");
    if (secret == null) {
      verifier = null;
      routing = null;
      replays = null;
      return;
    }
    this.verifier = new KustomerSignatureVerifier(
        secret, webhook.signatureEncoding(), webhook.maxAge(), webhook.requireTimestamp(), clock);
    String queueId = setting(webhook.routing().queueId(), environment, "KUSTOMER_ROUTING_QUEUE_ID");
    String tag = setting(webhook.routing().tag(), environment, "KUSTOMER_ROUTING_TAG");
    String baseUrl = setting(properties.baseUrl(), environment, "KUSTOMER_BASE_URL");
    String apiKey = setting(properties.apiKey(), environment, "KUSTOMER_API_KEY");
    KustomerConversationLookup lookup = baseUrl == null || apiKey == null ? null
        : new KustomerConversationLookup(baseUrl, apiKey, webhook.lookupTimeout());
    this.routing = new KustomerRouting(queueId, tag, lookup);
    this.replays = new ReplayGuard(webhook.maxAge(), clock);
  }

  boolean enabled() {
    return verifier != null;
  }

  KustomerApiProperties.Webhook webhook() {
    return webhook;
  }

  KustomerSignatureVerifier verifier() {
    return verifier;
  }

  KustomerRouting routing() {
    return routing;
  }

  ReplayGuard replays() {
    return replays;
  }

  private static String setting(String value, Environment environment, String variable) {
    if (value != null && !value.isBlank()) {
      return value.strip();
    }
    String fallback = environment.getProperty(variable);
    return fallback == null || fallback.isBlank() ? null : fallback.strip();
  }

  @Override
  public String toString() {
    return enabled() ? "Kustomer webhook on (" + webhook + ", routing " + routing + ")" : "Kustomer webhook off";
  }
}
