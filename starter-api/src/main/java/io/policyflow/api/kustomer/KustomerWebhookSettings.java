package io.policyflow.api.kustomer;

import java.time.Clock;

/**
 * The webhook receiver as configured by {@link KustomerApiProperties}. Without a secret the
 * endpoint is off.
 */
public final class KustomerWebhookSettings {

  private final KustomerApiProperties.Webhook webhook;
  private final KustomerSignatureVerifier verifier;
  private final KustomerRouting routing;
  private final ReplayGuard replays;

  KustomerWebhookSettings(KustomerApiProperties properties, Clock clock) {
    this.webhook = properties.webhook();
    if (webhook.secret() == null) {
      verifier = null;
      routing = null;
      replays = null;
      return;
    }
    this.verifier =
        new KustomerSignatureVerifier(
            webhook.secret(),
            webhook.signatureEncoding(),
            webhook.maxAge(),
            webhook.requireTimestamp(),
            clock);
    KustomerConversationLookup lookup =
        properties.baseUrl() == null || properties.apiKey() == null
            ? null
            : new KustomerConversationLookup(
                properties.baseUrl(), properties.apiKey(), webhook.lookupTimeout());
    this.routing =
        new KustomerRouting(webhook.routing().queueId(), webhook.routing().tag(), lookup);
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

  @Override
  public String toString() {
    return enabled()
        ? "Kustomer webhook on (" + webhook + ", routing " + routing + ")"
        : "Kustomer webhook off";
  }
}
