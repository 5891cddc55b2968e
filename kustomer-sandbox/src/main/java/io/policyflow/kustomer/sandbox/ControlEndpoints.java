package io.policyflow.kustomer.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The control routes under {@code /sandbox} (no auth): a person plays the customer and the agent,
 * and looks.
 */
final class ControlEndpoints {

  private final KustomerSandbox sandbox;

  ControlEndpoints(KustomerSandbox sandbox) {
    this.sandbox = sandbox;
  }

  void register(Router router) {
    router.get("/sandbox", null, this::info);
    router.post("/sandbox/chats", null, this::startChat);
    router.post("/sandbox/conversations/{id}/customer-messages", null, this::customerWrites);
    router.post("/sandbox/conversations/{id}/close", null, this::close);
    router.get(
        "/sandbox/conversations",
        null,
        ctx -> ApiResponse.json(200, Json.MAPPER.valueToTree(sandbox.conversations())));
    router.get(
        "/sandbox/conversations/{id}/transcript",
        null,
        ctx -> ApiResponse.text(200, sandbox.transcript(ctx.pathParam("id"))));
    router.get(
        "/sandbox/conversations/{id}",
        null,
        ctx ->
            ApiResponse.json(
                200, Json.MAPPER.valueToTree(sandbox.conversation(ctx.pathParam("id")))));
    router.get(
        "/sandbox/deliveries",
        null,
        ctx -> ApiResponse.json(200, Json.MAPPER.valueToTree(sandbox.deliveries())));
    router.post(
        "/sandbox/deliveries/{id}/redeliver",
        null,
        ctx ->
            ApiResponse.json(200, Json.MAPPER.valueToTree(sandbox.redeliver(ctx.pathParam("id")))));
  }

  private ApiResponse info(RequestContext ctx) {
    ObjectNode info = Json.object();
    info.put("apiBaseUrl", sandbox.baseUrl());
    info.put("webhookUrl", sandbox.webhookUrl());
    ObjectNode demo = info.putObject("demo");
    demo.put("customer", KustomerDemo.JANE_EMAIL);
    demo.put("refundBotQueueId", KustomerDemo.REFUND_BOT_QUEUE_ID);
    demo.put("humanQueueId", KustomerDemo.REFUNDS_HUMAN_QUEUE_ID);
    demo.put("teamId", KustomerDemo.TIER2_TEAM_ID);
    demo.put("botUserId", KustomerDemo.BOT_USER_ID);
    demo.put("orderKlass", sandbox.config().orderKlass());
    ArrayNode routes = info.putArray("routes");
    routes.add(
        "POST /sandbox/chats {\"email\", \"text\"}: a customer starts a chat (webhook emitted)");
    routes.add(
        "POST /sandbox/conversations/{id}/customer-messages {\"text\"}: the customer writes");
    routes.add("POST /sandbox/conversations/{id}/close: an agent closes the conversation");
    routes.add(
        "GET /sandbox/conversations[/{id}]: timelines, notes, tags, assignment, status (JSON)");
    routes.add("GET /sandbox/conversations/{id}/transcript: the same as plain text");
    routes.add("GET /sandbox/deliveries, POST /sandbox/deliveries/{id}/redeliver");
    return ApiResponse.json(200, info);
  }

  private ApiResponse startChat(RequestContext ctx) {
    JsonNode body = ctx.json();
    String email = Fields.requiredString(body, "email");
    String text = Fields.requiredString(body, "text");
    KustomerSandbox.ChatStart started = sandbox.startChat(email, text);
    return ApiResponse.json(
        201, said(started.conversationId(), started.messageId(), started.deliveries()));
  }

  private ApiResponse customerWrites(RequestContext ctx) {
    String text = Fields.requiredString(ctx.json(), "text");
    KustomerSandbox.ChatStart written = sandbox.customerWrites(ctx.pathParam("id"), text);
    return ApiResponse.json(
        201, said(written.conversationId(), written.messageId(), written.deliveries()));
  }

  private ApiResponse close(RequestContext ctx) {
    String id = ctx.pathParam("id");
    List<Delivery> deliveries = sandbox.agentCloses(id);
    ObjectNode out = said(id, null, deliveries);
    out.put("status", "done");
    return ApiResponse.json(200, out);
  }

  /**
   * {@code {conversationId, messageId, webhooks: [{id, event, status}]}}: what a control route did.
   */
  private static ObjectNode said(
      String conversationId, String messageId, List<Delivery> deliveries) {
    ObjectNode out = Json.object();
    out.put("conversationId", conversationId);
    if (messageId != null) {
      out.put("messageId", messageId);
    }
    ArrayNode sent = out.putArray("webhooks");
    deliveries.forEach(
        d ->
            sent.addObject()
                .put("id", d.id())
                .put("event", d.event())
                .put("status", d.lastStatus()));
    return out;
  }
}
