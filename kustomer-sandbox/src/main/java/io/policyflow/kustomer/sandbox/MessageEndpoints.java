package io.policyflow.kustomer.sandbox;

import static io.policyflow.kustomer.sandbox.Fields.optionalBoolean;
import static io.policyflow.kustomer.sandbox.Fields.optionalEnum;
import static io.policyflow.kustomer.sandbox.Fields.optionalString;
import static io.policyflow.kustomer.sandbox.Fields.requiredEnum;
import static io.policyflow.kustomer.sandbox.Fields.requiredString;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.kustomer.sandbox.KustomerSandboxConfig.Roles;
import java.util.Set;

/**
 * Messages on a conversation's timeline: a message record ({@code POST
 * /v1/conversations/{id}/messages}), a chat reply ({@code POST /v2.1/chat/outbound/messages}) and
 * the list. Each is a per-customer create.
 */
final class MessageEndpoints {

  static final Set<String> CHANNELS =
      Set.of(
          "email",
          "sms",
          "chat",
          "facebook",
          "twitter-dm",
          "twitter-tweet",
          "voice",
          "instagram",
          "whatsapp");
  private static final Set<String> RECORD_FIELDS =
      Set.of(
          "channel",
          "app",
          "direction",
          "preview",
          "subject",
          "status",
          "meta",
          "auto",
          "sentAt",
          "externalId",
          "reference",
          "attachments",
          "custom",
          "lang",
          "importedAt");
  private static final Set<String> CHAT_FIELDS =
      Set.of("customerId", "from", "session", "body", "attachments", "auto", "meta", "lang");

  private final ApiServices services;

  MessageEndpoints(ApiServices services) {
    this.services = services;
  }

  void register(Router router) {
    router.post("/v1/conversations/{id}/messages", Roles.MESSAGE_CREATE, this::record);
    router.get("/v1/conversations/{id}/messages", Roles.CONVERSATION_READ, this::list);
    router.post("/v2.1/chat/outbound/messages", Roles.MESSAGE_CREATE, this::chatOutbound);
  }

  private ApiResponse record(RequestContext ctx) {
    ObjectNode body = ctx.object(RECORD_FIELDS);
    String channel = requiredEnum(body, "channel", CHANNELS);
    String app = requiredString(body, "app");
    String direction = optionalEnum(body, "direction", Set.of("in", "out"));
    String status = optionalEnum(body, "status", Set.of("sent", "received", "error"));
    String preview = optionalString(body, "preview");
    boolean auto = optionalBoolean(body, "auto");
    if (body.has("custom")) {
      Fields.validateCustom(body.get("custom"));
    }
    SandboxOrg org = services.org();
    SandboxOrg.Message m;
    synchronized (org) {
      SandboxOrg.Conversation c = services.conversation(ctx.pathParam("id"));
      services.countCreate(c.customerId, ctx);
      m =
          org.addMessage(
              c,
              direction == null ? "out" : direction,
              channel,
              app,
              preview,
              auto,
              "message",
              null,
              status == null ? "sent" : status,
              ctx.now());
      m.externalId = optionalString(body, "externalId");
    }
    return created(m);
  }

  private ApiResponse list(RequestContext ctx) {
    synchronized (services.org()) {
      return ApiResponse.json(
          200,
          Resources.list(services.conversation(ctx.pathParam("id")).messages, Resources::message));
    }
  }

  /**
   * A chat reply: {@code from} must be a user, {@code session} a chat conversation of that
   * customer.
   */
  private ApiResponse chatOutbound(RequestContext ctx) {
    ObjectNode body = ctx.object(CHAT_FIELDS);
    String customerId = requiredString(body, "customerId");
    String from = requiredString(body, "from");
    String session = requiredString(body, "session");
    String text = optionalString(body, "body");
    if ((text == null || text.isBlank()) && !body.has("attachments")) {
      throw ApiError.invalidField("body", "Either body or attachments is required.");
    }
    boolean auto = optionalBoolean(body, "auto");
    SandboxOrg org = services.org();
    SandboxOrg.Message m;
    synchronized (org) {
      if (!org.users.containsKey(from)) {
        throw ApiError.invalidField("from", "from must be the id of a user of this org.");
      }
      SandboxOrg.Customer customer = services.customer(customerId);
      SandboxOrg.Conversation c = org.conversations.get(session);
      if (c == null) {
        throw ApiError.notFound("Chat session not found: " + session);
      }
      if (!c.customerId.equals(customer.id)) {
        throw ApiError.invalidField("session", "The session does not belong to this customer.");
      }
      if (!c.channels.contains("chat")) {
        throw ApiError.invalidField("session", "The conversation is not a chat session.");
      }
      services.countCreate(customer.id, ctx);
      m =
          org.addMessage(
              c, "out", "chat", "chat", text, auto, "chat-outbound", from, "sent", ctx.now());
    }
    return created(m);
  }

  /** Emits the outbound event, then answers 201 with the message. */
  private ApiResponse created(SandboxOrg.Message m) {
    services.emitOutbound(m);
    synchronized (services.org()) {
      return ApiResponse.json(201, Resources.document(Resources.message(m)));
    }
  }
}
