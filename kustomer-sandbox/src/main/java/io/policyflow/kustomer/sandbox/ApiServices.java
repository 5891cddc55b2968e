package io.policyflow.kustomer.sandbox;

import java.util.Map;
import java.util.regex.Pattern;

/** What the endpoint classes share, and the lookups and checks they all make. */
record ApiServices(
    KustomerSandboxConfig config,
    SandboxOrg org,
    RateLimiter limits,
    Webhooks webhooks,
    Events events) {

  private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{24}");

  /**
   * The customer with this id (caller holds the org's lock): 400 when not an id, 404 when unknown.
   */
  SandboxOrg.Customer customer(String id) {
    return find(org.customers, id, "customer", "Customer");
  }

  /**
   * The conversation with this id (caller holds the org's lock): 400 when not an id, 404 when
   * unknown.
   */
  SandboxOrg.Conversation conversation(String id) {
    return find(org.conversations, id, "conversation", "Conversation");
  }

  /** Counts a create against the customer's per-minute limit (429 over it). */
  void countCreate(String customerId, RequestContext ctx) {
    limits.checkCreate(customerId, ctx.now(), ctx.responseHeaders());
  }

  /** Emits {@code kustomer.message.create} for an outbound message, when configured to. */
  void emitOutbound(SandboxOrg.Message m) {
    if (config.emitOutboundEvents()) {
      events.messageCreated(m, false);
    }
  }

  private static <T> T find(Map<String, T> entities, String id, String what, String label) {
    if (id == null || !OBJECT_ID.matcher(id).matches()) {
      throw ApiError.badRequest(
          "Invalid request body or parameters: " + what + " id must be 24 hex characters.");
    }
    T entity = entities.get(id);
    if (entity == null) {
      throw ApiError.notFound(label + " not found: " + id);
    }
    return entity;
  }
}
