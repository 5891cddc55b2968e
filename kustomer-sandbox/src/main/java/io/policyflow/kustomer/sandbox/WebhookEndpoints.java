package io.policyflow.kustomer.sandbox;

import static io.policyflow.kustomer.sandbox.Fields.requiredString;
import static io.policyflow.kustomer.sandbox.Fields.stringArray;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.kustomer.sandbox.KustomerSandboxConfig.Roles;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Outbound webhook subscriptions: create (the answer carries the signing token; at most 5) and
 * list.
 */
final class WebhookEndpoints {

  private static final Set<String> FIELDS =
      Set.of("name", "url", "events", "headers", "description");
  private static final Set<String> EVENTS =
      Set.of(
          "kustomer.customer.create",
          "kustomer.customer.update",
          "kustomer.conversation.create",
          "kustomer.conversation.update",
          "kustomer.message.create",
          "kustomer.message.update",
          "kustomer.user.create",
          "kustomer.user.update",
          "kustomer.team.create",
          "kustomer.team.update",
          "kustomer.tag.create",
          "kustomer.tag.update");

  private final ApiServices services;

  WebhookEndpoints(ApiServices services) {
    this.services = services;
  }

  void register(Router router) {
    router.post("/v1/outbound-webhooks", Roles.OUTBOUND_WEBHOOK, this::subscribe);
    router.get("/v1/outbound-webhooks", Roles.OUTBOUND_WEBHOOK, this::list);
  }

  private ApiResponse subscribe(RequestContext ctx) {
    ObjectNode body = ctx.object(FIELDS);
    String name = requiredString(body, "name");
    String url = requiredString(body, "url");
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      throw ApiError.invalidField("url", "url must be an http(s) URL.");
    }
    List<String> events = stringArray(body.get("events"), "events");
    if (events.isEmpty()) {
      throw ApiError.invalidField("events", "events is required.");
    }
    for (String event : events) {
      if (!EVENTS.contains(event)) {
        throw ApiError.invalidField("events", "Unknown event: " + event);
      }
    }
    Map<String, String> extra = new LinkedHashMap<>();
    if (body.has("headers")) {
      for (JsonNode h : body.get("headers")) {
        if (!h.path("name").isTextual() || !h.path("value").isTextual()) {
          throw ApiError.invalidField("headers", "headers must be [{name, value}].");
        }
        extra.put(h.get("name").asText(), h.get("value").asText());
      }
    }
    Webhooks webhooks = services.webhooks();
    if (webhooks.subscriptions().size() >= 5) {
      throw ApiError.badRequest("An org can have at most 5 outbound webhooks.");
    }
    Webhooks.Subscription s = webhooks.subscribe(name, url, new LinkedHashSet<>(events), extra);
    return ApiResponse.json(201, Resources.document(resource(s, true)));
  }

  private ApiResponse list(RequestContext ctx) {
    return ApiResponse.json(
        200, Resources.list(services.webhooks().subscriptions(), s -> resource(s, false)));
  }

  private static ObjectNode resource(Webhooks.Subscription s, boolean withToken) {
    ObjectNode r = Json.object();
    r.put("type", "outbound_webhook");
    r.put("id", s.id);
    ObjectNode a = r.putObject("attributes");
    a.put("name", s.name);
    a.put("url", s.url);
    ArrayNode events = a.putArray("events");
    s.events.forEach(events::add);
    a.put("enabled", s.enabled);
    if (withToken) {
      a.put("token", s.token);
    }
    return r;
  }
}
