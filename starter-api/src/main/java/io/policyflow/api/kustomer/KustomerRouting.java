package io.policyflow.api.kustomer;

import tools.jackson.databind.JsonNode;

/**
 * Which Kustomer conversations are the refund bot's: those in the configured queue and/or carrying
 * the configured tag (both, when both are set); every conversation when neither is.
 */
class KustomerRouting {

  private final String queueId;
  private final String tag;
  private final KustomerConversationLookup lookup;

  KustomerRouting(String queueId, String tag, KustomerConversationLookup lookup) {
    this.queueId = queueId;
    this.tag = tag;
    this.lookup = lookup;
    if (!routesEverything() && lookup == null) {
      throw new IllegalStateException(
          "Routing Kustomer conversations by queue or tag needs the Kustomer API:"
              + " set policyflow.kustomer.base-url and policyflow.kustomer.api-key (KUSTOMER_BASE_URL,"
              + " KUSTOMER_API_KEY; the key needs org.permission.conversation.read)");
    }
  }

  boolean routesEverything() {
    return queueId == null && tag == null;
  }

  /** True when the conversation is the refund bot's (asks Kustomer unless everything is routed). */
  boolean routes(String conversationId) {
    if (routesEverything()) {
      return true;
    }
    return lookup.conversation(conversationId).map(this::matches).orElse(false);
  }

  boolean matches(JsonNode conversation) {
    if (queueId != null) {
      String queue =
          KustomerEvent.text(
              conversation.path("relationships").path("queue").path("data").path("id"));
      if (queue == null) {
        queue = KustomerEvent.text(conversation.path("attributes").path("queue").path("id"));
      }
      if (!queueId.equals(queue)) {
        return false;
      }
    }
    if (tag != null) {
      boolean tagged = false;
      for (JsonNode t : conversation.path("attributes").path("tags")) {
        String value = t.isObject() ? KustomerEvent.text(t.path("id")) : KustomerEvent.text(t);
        String name = t.isObject() ? KustomerEvent.text(t.path("name")) : null;
        tagged |= tag.equals(value) || tag.equals(name);
      }
      return tagged;
    }
    return true;
  }

  @Override
  public String toString() {
    return routesEverything()
        ? "every conversation"
        : (queueId == null ? "" : "queue " + queueId)
            + (queueId != null && tag != null ? " and " : "")
            + (tag == null ? "" : "tag " + tag);
  }
}
