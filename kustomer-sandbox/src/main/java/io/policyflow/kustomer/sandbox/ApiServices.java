package io.policyflow.kustomer.sandbox;

import java.util.regex.Pattern;

/** What the endpoint classes share, and the lookups and checks they all make. */
record ApiServices(KustomerSandboxConfig config, SandboxOrg org, RateLimiter limits, Webhooks webhooks,
    Events events) {

  private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{24}");

  /** The customer with this id (caller holds the org's lock): 400 when not an id, 404 when unknown. */
  SandboxOrg.Customer customer(String id) {
    checkId(id, "customer");
    SandboxOrg.Customer c = org.customers.get(id);
    if (c == null) {
      throw ApiError.notFound("Customer not found: " + id);
    }
    return c;
  }

  /** The conversation with this id (caller holds the org's lock): 400 when not an id, 404 when unknown. */
  SandboxOrg.Conversation conversation(String id) {
    checkId(id, "conversation");
    SandboxOrg.Conversation c = org.conversations.get(id);
    if (c == null) {
      throw ApiError.notFound("Conversation not found: " + id);
    }
    return c;
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

  private static void checkId(String id, String what) {
    if (id == null || !OBJECT_ID.matcher(id).matches()) {
      throw ApiError.badRequest("Invalid request body or parameters: " + what + " id must be 24 hex characters.");
    }
  }
}
