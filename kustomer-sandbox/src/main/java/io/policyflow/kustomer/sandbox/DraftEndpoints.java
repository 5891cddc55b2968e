package io.policyflow.kustomer.sandbox;

import static io.policyflow.kustomer.sandbox.Fields.optionalBoolean;
import static io.policyflow.kustomer.sandbox.Fields.optionalString;
import static io.policyflow.kustomer.sandbox.Fields.requiredEnum;
import static io.policyflow.kustomer.sandbox.Fields.requiredString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.kustomer.sandbox.KustomerSandboxConfig.Roles;
import java.time.Instant;
import java.util.Set;

/**
 * A customer's drafts ({@code POST /v1/customers/{id}/drafts}, a per-customer create). A draft with
 * {@code sendAt} on a conversation counts as sent: it shows on the timeline right away.
 */
final class DraftEndpoints {

  private static final Set<String> FIELDS =
      Set.of(
          "channel",
          "conversation",
          "app",
          "to",
          "from",
          "subject",
          "body",
          "cc",
          "bcc",
          "replyTo",
          "headers",
          "template",
          "auto",
          "sendAt",
          "attachments",
          "lang");

  private final ApiServices services;

  DraftEndpoints(ApiServices services) {
    this.services = services;
  }

  void register(Router router) {
    router.post("/v1/customers/{id}/drafts", Roles.MESSAGE_CREATE, this::create);
  }

  private ApiResponse create(RequestContext ctx) {
    ObjectNode body = ctx.object(FIELDS);
    String channel = requiredEnum(body, "channel", MessageEndpoints.CHANNELS);
    String text = requiredString(body, "body");
    String app = optionalString(body, "app");
    Instant sendAt = null;
    if (body.has("sendAt") && !body.get("sendAt").isNull()) {
      sendAt = Fields.instant(body, "sendAt");
    }
    String to =
        channel.equals("email")
            ? emailRecipient(body, app)
            : body.path("to").isTextual() ? body.get("to").asText() : null;
    SandboxOrg org = services.org();
    SandboxOrg.Message m = null;
    ObjectNode resource;
    synchronized (org) {
      SandboxOrg.Customer customer = services.customer(ctx.pathParam("id"));
      String conversationId = optionalString(body, "conversation");
      SandboxOrg.Conversation c = null;
      if (conversationId != null) {
        c = org.conversations.get(conversationId);
        if (c == null || !c.customerId.equals(customer.id)) {
          throw ApiError.invalidField("conversation", "Conversation not found for this customer.");
        }
      }
      services.countCreate(customer.id, ctx);
      SandboxOrg.Draft d = new SandboxOrg.Draft();
      d.id = org.newId("6632ff00");
      d.conversationId = conversationId;
      d.customerId = customer.id;
      d.channel = channel;
      d.app = app;
      d.subject = optionalString(body, "subject");
      d.body = text;
      d.to = to;
      d.auto = optionalBoolean(body, "auto");
      d.sendAt = sendAt;
      d.createdAt = ctx.now();
      if (c != null) {
        c.drafts.add(d);
        if (sendAt != null) {
          m =
              org.addMessage(
                  c, "out", channel, app, text, d.auto, "draft", null, "sent", ctx.now());
        }
      }
      resource = Resources.draft(d);
    }
    if (m != null) {
      services.emitOutbound(m);
    }
    return ApiResponse.json(200, Resources.document(resource));
  }

  /**
   * An email draft needs app gmail or postmark, {@code to: [{email, name}]} and {@code from:
   * {email, name}}.
   */
  private static String emailRecipient(JsonNode body, String app) {
    if (app == null || !Set.of("gmail", "postmark").contains(app)) {
      throw ApiError.invalidField("app", "An email draft needs app gmail or postmark.");
    }
    JsonNode recipients = body.get("to");
    if (recipients == null || !recipients.isArray() || recipients.isEmpty()) {
      throw ApiError.invalidField("to", "An email draft needs to: [{email, name}].");
    }
    for (JsonNode recipient : recipients) {
      if (!recipient.path("email").isTextual() || !recipient.get("email").asText().contains("@")) {
        throw ApiError.invalidField("to", "Each recipient needs an email.");
      }
    }
    JsonNode fromNode = body.get("from");
    if (fromNode == null || !fromNode.path("email").isTextual()) {
      throw ApiError.invalidField("from", "An email draft needs from: {email, name}.");
    }
    return recipients.get(0).get("email").asText();
  }
}
