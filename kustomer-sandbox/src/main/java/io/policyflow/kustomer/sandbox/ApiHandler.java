package io.policyflow.kustomer.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.policyflow.kustomer.sandbox.KustomerSandboxConfig.Roles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The HTTP side of the simulator: Kustomer's REST routes under {@code /v1} and {@code /v2.1} (bearer API key,
 * roles, org and per-customer rate limits, strict bodies, JSON:API answers) and the control routes under
 * {@code /sandbox} (a simulated customer and agent; no auth).
 */
final class ApiHandler implements HttpHandler {

  private static final Logger log = Logger.getLogger(ApiHandler.class.getName());
  private static final int MAX_BODY_BYTES = 400 * 1024;
  private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{24}");
  private static final Pattern CUSTOM_KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*(Str|Txt|Num|At|Bool|Url)");
  private static final Set<String> CHANNELS = Set.of("email", "sms", "chat", "facebook", "twitter-dm",
      "twitter-tweet", "voice", "instagram", "whatsapp");
  private static final Set<String> EVENTS = Set.of("kustomer.customer.create", "kustomer.customer.update",
      "kustomer.conversation.create", "kustomer.conversation.update", "kustomer.message.create",
      "kustomer.message.update", "kustomer.user.create", "kustomer.user.update", "kustomer.team.create",
      "kustomer.team.update", "kustomer.tag.create", "kustomer.tag.update");

  private final KustomerSandbox sandbox;
  private final KustomerSandboxConfig config;
  private final SandboxOrg org;
  private final RateLimiter limits;
  private final Webhooks webhooks;

  ApiHandler(KustomerSandbox sandbox, KustomerSandboxConfig config, SandboxOrg org, RateLimiter limits,
      Webhooks webhooks) {
    this.sandbox = sandbox;
    this.config = config;
    this.org = org;
    this.limits = limits;
    this.webhooks = webhooks;
  }

  record Request(String method, String path, List<String> segments, Map<String, String> query, Headers headers,
      byte[] body) {

    String segment(int i) {
      return i < segments.size() ? segments.get(i) : null;
    }

    boolean is(String method, String... pattern) {
      if (!this.method.equals(method) || segments.size() != pattern.length) {
        return false;
      }
      for (int i = 0; i < pattern.length; i++) {
        if (!pattern[i].equals("*") && !pattern[i].equals(segments.get(i))) {
          return false;
        }
      }
      return true;
    }
  }

  /** A JSON answer, or plain text when {@code text} is set. */
  record Response(int status, JsonNode body, String text) {
    Response(int status, JsonNode body) {
      this(status, body, null);
    }
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Instant now = config.clock().instant();
      String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
      String rawPath = exchange.getRequestURI().getRawPath();
      Map<String, String> extraHeaders = new LinkedHashMap<>();
      Response response;
      byte[] body = null;
      try {
        body = read(exchange.getRequestBody());
        Request request = new Request(method, rawPath, segments(rawPath), query(exchange.getRequestURI().getRawQuery()),
            exchange.getRequestHeaders(), body);
        if (rawPath.equals("/sandbox") || rawPath.startsWith("/sandbox/")) {
          response = control(request);
        } else if (rawPath.startsWith("/v1/") || rawPath.startsWith("/v2.1/")) {
          response = api(request, now, extraHeaders);
        } else {
          throw ApiError.notFound("Route not found: " + method + " " + rawPath);
        }
      } catch (ApiError e) {
        response = new Response(e.status, e.body());
      } catch (RuntimeException e) {
        log.log(Level.WARNING, "sandbox error on " + method + " " + rawPath, e);
        response = new Response(500, new ApiError(500, "internal_error", "Internal server error.", null).body());
      }
      if (!rawPath.startsWith("/sandbox")) {
        sandbox.record(new RecordedRequest(method, rawPath, response.status(),
            body == null ? "" : new String(body, StandardCharsets.UTF_8), now));
      }
      byte[] bytes = response.text() != null ? response.text().getBytes(StandardCharsets.UTF_8)
          : response.body() == null ? new byte[0] : Json.bytes(response.body());
      extraHeaders.forEach(exchange.getResponseHeaders()::set);
      exchange.getResponseHeaders().set("Content-Type",
          response.text() != null ? "text/plain; charset=utf-8" : "application/json; charset=utf-8");
      exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }

  // ---- the Kustomer API ----------------------------------------------------------------------------------------

  private Response api(Request r, Instant now, Map<String, String> headers) {
    authenticate(r.headers());
    RateLimiter.Decision decision = limits.orgCall(now);
    rateHeaders(decision, now, headers);
    if (decision.throttled()) {
      throw tooMany(decision, now, headers);
    }
    Response injected = sandbox.takeInjectedFault();
    if (injected != null) {
      return injected;
    }
    boolean v1 = "v1".equals(r.segment(0));
    if (!v1 && r.is("POST", "v2.1", "chat", "outbound", "messages")) {
      require(Roles.MESSAGE_CREATE);
      return chatOutbound(r, now, headers);
    }
    if (!v1) {
      throw ApiError.notFound("Route not found: " + r.method() + " " + r.path());
    }
    if (r.is("GET", "v1", "auth", "tokens", "current")) {
      return new Response(200, token(now));
    }
    if (r.segments().size() == 3 && r.segment(1).equals("customers") && r.segment(2).startsWith("email=")
        && r.method().equals("GET")) {
      require(Roles.CUSTOMER_READ);
      String email = r.segment(2).substring("email=".length());
      synchronized (org) {
        SandboxOrg.Customer c = org.customerByEmail(email)
            .orElseThrow(() -> ApiError.notFound("Customer not found."));
        return new Response(200, Resources.document(Resources.customer(org, c, config.orderKlass())));
      }
    }
    if (r.is("GET", "v1", "customers", "*")) {
      require(Roles.CUSTOMER_READ);
      synchronized (org) {
        return new Response(200, Resources.document(Resources.customer(org, customer(r.segment(2)), config.orderKlass())));
      }
    }
    if (r.is("GET", "v1", "customers", "*", "klasses", "*")) {
      require(Roles.CUSTOMER_READ);
      return kobjects(r);
    }
    if (r.is("POST", "v1", "customers", "*", "drafts")) {
      require(Roles.MESSAGE_CREATE);
      return draft(r, now, headers);
    }
    if (r.is("GET", "v1", "klasses")) {
      require(Roles.KLASS_READ);
      ObjectNode list = Json.object();
      ArrayNode data = list.putArray("data");
      synchronized (org) {
        org.klasses.forEach((name, id) -> {
          ObjectNode k = data.addObject().put("type", "klass").put("id", id);
          k.putObject("attributes").put("name", name).put("displayName", "Orders").put("icon", "cart")
              .put("status", "enabled");
        });
      }
      return new Response(200, list);
    }
    if (r.segments().size() >= 3 && r.segment(1).equals("conversations")) {
      try {
        return conversationRoutes(r, now, headers);
      } catch (ApiError e) {
        throw e.asJsonApi();
      }
    }
    if (r.is("POST", "v1", "outbound-webhooks")) {
      require(Roles.OUTBOUND_WEBHOOK);
      return subscribe(r);
    }
    if (r.is("GET", "v1", "outbound-webhooks")) {
      require(Roles.OUTBOUND_WEBHOOK);
      ObjectNode list = Json.object();
      ArrayNode data = list.putArray("data");
      for (Webhooks.Subscription s : webhooks.subscriptions()) {
        data.add(webhookResource(s, false));
      }
      return new Response(200, list);
    }
    throw ApiError.notFound("Route not found: " + r.method() + " " + r.path());
  }

  private Response conversationRoutes(Request r, Instant now, Map<String, String> headers) {
    if (r.is("GET", "v1", "conversations", "*")) {
      require(Roles.CONVERSATION_READ);
      synchronized (org) {
        return new Response(200, Resources.document(Resources.conversation(conversation(r.segment(2)))));
      }
    }
    if (r.is("PATCH", "v1", "conversations", "*") || r.is("PUT", "v1", "conversations", "*")) {
      require(Roles.CONVERSATION_UPDATE);
      if ("true".equals(r.query().get("replace"))) {
        throw ApiError.badRequest("replace=true is not supported by the sandbox.");
      }
      return updateConversation(r, now);
    }
    if (r.is("POST", "v1", "conversations", "*", "tags") || r.is("DELETE", "v1", "conversations", "*", "tags")) {
      require(Roles.CONVERSATION_UPDATE);
      return tags(r, now);
    }
    if (r.is("POST", "v1", "conversations", "*", "notes")) {
      require(Roles.NOTE_CREATE);
      return note(r, now, headers);
    }
    if (r.is("GET", "v1", "conversations", "*", "notes")) {
      require(Roles.CONVERSATION_READ);
      synchronized (org) {
        ObjectNode list = Json.object();
        ArrayNode data = list.putArray("data");
        conversation(r.segment(2)).notes.forEach(n -> data.add(Resources.note(n)));
        return new Response(200, list);
      }
    }
    if (r.is("POST", "v1", "conversations", "*", "messages")) {
      require(Roles.MESSAGE_CREATE);
      return messageRecord(r, now, headers);
    }
    if (r.is("GET", "v1", "conversations", "*", "messages")) {
      require(Roles.CONVERSATION_READ);
      synchronized (org) {
        ObjectNode list = Json.object();
        ArrayNode data = list.putArray("data");
        conversation(r.segment(2)).messages.forEach(m -> data.add(Resources.message(m)));
        return new Response(200, list);
      }
    }
    throw ApiError.notFound("Route not found: " + r.method() + " " + r.path());
  }

  private Response kobjects(Request r) {
    int page = intParam(r.query(), "page", 1, 1, Integer.MAX_VALUE);
    int pageSize = intParam(r.query(), "pageSize", 100, 1, 100);
    String klass = r.segment(4);
    synchronized (org) {
      SandboxOrg.Customer c = customer(r.segment(2));
      if (!org.klasses.containsKey(klass)) {
        throw ApiError.notFound("Klass not found: " + klass);
      }
      List<SandboxOrg.KObject> all = org.kobjects.values().stream()
          .filter(k -> k.customerId.equals(c.id) && k.klass.equals(klass))
          .sorted((a, b) -> b.createdAt.compareTo(a.createdAt))
          .toList();
      int from = Math.min(all.size(), (page - 1) * pageSize);
      int to = Math.min(all.size(), from + pageSize);
      ObjectNode list = Json.object();
      list.putObject("meta").put("page", page).put("pageSize", pageSize);
      String base = "/v1/customers/" + c.id + "/klasses/" + klass + "?pageSize=" + pageSize + "&page=";
      ObjectNode links = list.putObject("links");
      links.put("self", base + page);
      links.put("first", base + 1);
      if (page > 1) {
        links.put("prev", base + (page - 1));
      } else {
        links.putNull("prev");
      }
      if (to < all.size()) {
        links.put("next", base + (page + 1));
      } else {
        links.putNull("next");
      }
      ArrayNode data = list.putArray("data");
      all.subList(from, to).forEach(k -> data.add(Resources.kobject(org, k)));
      return new Response(200, list);
    }
  }

  private Response updateConversation(Request r, Instant now) {
    ObjectNode body = objectBody(r, Set.of("name", "status", "priority", "queue", "assignedUsers", "assignedTeams",
        "custom", "tags", "direction", "replyChannel", "externalId", "defaultLang", "locked", "rev", "snooze",
        "subStatus"));
    ObjectNode changes = Json.object();
    ObjectNode resource;
    synchronized (org) {
      SandboxOrg.Conversation c = conversation(r.segment(2));
      // validate everything before changing anything
      String status = optionalEnum(body, "status", Set.of("open", "snoozed", "done"));
      Integer priority = body.has("priority") ? intField(body, "priority", 1, 5) : null;
      String queueId = null;
      if (body.has("queue")) {
        JsonNode queue = body.get("queue");
        if (!queue.isObject() || !queue.path("id").isTextual() || queue.size() != 1) {
          throw ApiError.invalidField("queue", "queue must be an object {\"id\": \"<queue id>\"}.");
        }
        queueId = queue.get("id").asText();
        if (!org.queues.containsKey(queueId)) {
          throw ApiError.invalidField("queue.id", "Queue not found: " + queueId);
        }
      }
      List<String> teams = body.has("assignedTeams") ? idList(body, "assignedTeams", org.teams.keySet(), "team") : null;
      List<String> users = body.has("assignedUsers") ? idList(body, "assignedUsers", org.users.keySet(), "user") : null;
      if (body.has("custom")) {
        validateCustom(body.get("custom"));
      }
      List<String> tagNames = body.has("tags") ? stringArray(body.get("tags"), "tags") : null;
      String name = optionalString(body, "name");
      if (status != null && !status.equals(c.status)) {
        change(changes, "status", c.status, status);
        c.status = status;
        c.endedBy = status.equals("done") ? null : c.endedBy;
      }
      if (priority != null) {
        change(changes, "priority", c.priority, priority);
        c.priority = priority;
      }
      if (queueId != null) {
        c.queueId = queueId;
      }
      if (teams != null) {
        c.assignedTeams = new ArrayList<>(teams);
      }
      if (users != null) {
        c.assignedUsers = new ArrayList<>(users);
      }
      if (body.has("custom")) {
        body.get("custom").properties().forEach(e -> c.custom.set(e.getKey(), e.getValue()));
      }
      if (tagNames != null) {
        c.tagIds = new ArrayList<>(tagNames.stream().map(org::tagId).distinct().toList()); // replaces the list
      }
      if (name != null) {
        c.name = name;
      }
      c.updatedAt = now;
      resource = Resources.conversation(c);
    }
    sandbox.emitConversationUpdate(resource, changes, null);
    return new Response(200, Resources.document(resource));
  }

  private Response tags(Request r, Instant now) {
    JsonNode body = jsonBody(r);
    List<String> names = stringArray(body, "tags");
    if (names.isEmpty()) {
      throw ApiError.badRequest("Invalid request body or parameters: the body must be a non-empty array of tag names or ids.");
    }
    synchronized (org) {
      SandboxOrg.Conversation c = conversation(r.segment(2));
      for (String name : names) {
        if (r.method().equals("POST")) {
          String id = org.tagId(name);
          if (!c.tagIds.contains(id)) {
            c.tagIds.add(id);
          }
        } else {
          c.tagIds.removeIf(id -> id.equals(name) || name.equals(org.tagNames.get(id)));
        }
      }
      c.updatedAt = now;
      return new Response(200, Resources.document(Resources.conversation(c)));
    }
  }

  private Response note(Request r, Instant now, Map<String, String> headers) {
    ObjectNode body = objectBody(r, Set.of("body", "userMentions", "attachments", "externalId", "lang", "importedAt"));
    String text = requiredString(body, "body");
    ObjectNode resource;
    synchronized (org) {
      SandboxOrg.Conversation c = conversation(r.segment(2));
      createLimit(c.customerId, now, headers);
      SandboxOrg.Note n = new SandboxOrg.Note();
      n.id = org.newId("6632ee00");
      n.conversationId = c.id;
      n.body = text;
      n.externalId = optionalString(body, "externalId");
      n.createdAt = now;
      c.notes.add(n);
      c.updatedAt = now;
      resource = Resources.note(n);
    }
    return new Response(201, Resources.document(resource));
  }

  private Response messageRecord(Request r, Instant now, Map<String, String> headers) {
    ObjectNode body = objectBody(r, Set.of("channel", "app", "direction", "preview", "subject", "status", "meta",
        "auto", "sentAt", "externalId", "reference", "attachments", "custom", "lang", "importedAt"));
    String channel = requiredEnum(body, "channel", CHANNELS);
    String app = requiredString(body, "app");
    String direction = optionalEnum(body, "direction", Set.of("in", "out"));
    String status = optionalEnum(body, "status", Set.of("sent", "received", "error"));
    String preview = optionalString(body, "preview");
    boolean auto = optionalBoolean(body, "auto");
    if (body.has("custom")) {
      validateCustom(body.get("custom"));
    }
    SandboxOrg.Message m;
    synchronized (org) {
      SandboxOrg.Conversation c = conversation(r.segment(2));
      createLimit(c.customerId, now, headers);
      m = addMessage(c, direction == null ? "out" : direction, channel, app, preview, auto, "message", null,
          status == null ? "sent" : status, now);
      m.externalId = optionalString(body, "externalId");
    }
    emitMessage(m, false);
    synchronized (org) {
      return new Response(201, Resources.document(Resources.message(m)));
    }
  }

  private Response chatOutbound(Request r, Instant now, Map<String, String> headers) {
    ObjectNode body = objectBody(r, Set.of("customerId", "from", "session", "body", "attachments", "auto", "meta",
        "lang"));
    String customerId = requiredString(body, "customerId");
    String from = requiredString(body, "from");
    String session = requiredString(body, "session");
    String text = optionalString(body, "body");
    if ((text == null || text.isBlank()) && !body.has("attachments")) {
      throw ApiError.invalidField("body", "Either body or attachments is required.");
    }
    boolean auto = optionalBoolean(body, "auto");
    SandboxOrg.Message m;
    synchronized (org) {
      if (!org.users.containsKey(from)) {
        throw ApiError.invalidField("from", "from must be the id of a user of this org.");
      }
      SandboxOrg.Customer customer = customer(customerId);
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
      createLimit(customer.id, now, headers);
      m = addMessage(c, "out", "chat", "chat", text, auto, "chat-outbound", from, "sent", now);
    }
    emitMessage(m, false);
    synchronized (org) {
      return new Response(201, Resources.document(Resources.message(m)));
    }
  }

  private Response draft(Request r, Instant now, Map<String, String> headers) {
    ObjectNode body = objectBody(r, Set.of("channel", "conversation", "app", "to", "from", "subject", "body", "cc",
        "bcc", "replyTo", "headers", "template", "auto", "sendAt", "attachments", "lang"));
    String channel = requiredEnum(body, "channel", CHANNELS);
    String text = requiredString(body, "body");
    String app = optionalString(body, "app");
    Instant sendAt = null;
    if (body.has("sendAt") && !body.get("sendAt").isNull()) {
      sendAt = instant(body, "sendAt");
    }
    String to;
    if (channel.equals("email")) {
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
      to = recipients.get(0).get("email").asText();
      JsonNode fromNode = body.get("from");
      if (fromNode == null || !fromNode.path("email").isTextual()) {
        throw ApiError.invalidField("from", "An email draft needs from: {email, name}.");
      }
    } else {
      to = body.path("to").isTextual() ? body.get("to").asText() : null;
    }
    SandboxOrg.Message m;
    ObjectNode resource;
    synchronized (org) {
      SandboxOrg.Customer customer = customer(r.segment(2));
      String conversationId = optionalString(body, "conversation");
      SandboxOrg.Conversation c = null;
      if (conversationId != null) {
        c = org.conversations.get(conversationId);
        if (c == null || !c.customerId.equals(customer.id)) {
          throw ApiError.invalidField("conversation", "Conversation not found for this customer.");
        }
      }
      createLimit(customer.id, now, headers);
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
      d.createdAt = now;
      m = null;
      if (c != null) {
        c.drafts.add(d);
        if (sendAt != null) {
          // scheduled: the simulator treats it as sent (it shows on the timeline right away)
          m = addMessage(c, "out", channel, app, text, d.auto, "draft", null, "sent", now);
        }
      }
      resource = Resources.draft(d);
    }
    if (m != null) {
      emitMessage(m, false);
    }
    return new Response(200, Resources.document(resource));
  }

  private Response subscribe(Request r) {
    ObjectNode body = objectBody(r, Set.of("name", "url", "events", "headers", "description"));
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
    if (webhooks.subscriptions().size() >= 5) {
      throw ApiError.badRequest("An org can have at most 5 outbound webhooks.");
    }
    Webhooks.Subscription s = webhooks.subscribe(name, url, new LinkedHashSet<>(events), extra);
    return new Response(201, Resources.document(webhookResource(s, true)));
  }

  // ---- control routes: a simulated customer and agent ------------------------------------------------------

  private Response control(Request r) {
    if (r.is("GET", "sandbox")) {
      ObjectNode info = Json.object();
      info.put("apiBaseUrl", sandbox.baseUrl());
      info.put("webhookUrl", sandbox.webhookUrl());
      ObjectNode demo = info.putObject("demo");
      demo.put("customer", KustomerDemo.JANE_EMAIL);
      demo.put("refundBotQueueId", KustomerDemo.REFUND_BOT_QUEUE_ID);
      demo.put("humanQueueId", KustomerDemo.REFUNDS_HUMAN_QUEUE_ID);
      demo.put("teamId", KustomerDemo.TIER2_TEAM_ID);
      demo.put("botUserId", KustomerDemo.BOT_USER_ID);
      demo.put("orderKlass", config.orderKlass());
      ArrayNode routes = info.putArray("routes");
      routes.add("POST /sandbox/chats {\"email\", \"text\"}: a customer starts a chat (webhook emitted)");
      routes.add("POST /sandbox/conversations/{id}/customer-messages {\"text\"}: the customer writes");
      routes.add("POST /sandbox/conversations/{id}/close: an agent closes the conversation");
      routes.add("GET /sandbox/conversations[/{id}]: timelines, notes, tags, assignment, status (JSON)");
      routes.add("GET /sandbox/conversations/{id}/transcript: the same as plain text");
      routes.add("GET /sandbox/deliveries, POST /sandbox/deliveries/{id}/redeliver");
      return new Response(200, info);
    }
    if (r.is("POST", "sandbox", "chats")) {
      JsonNode body = jsonBody(r);
      String email = requiredString(body, "email");
      String text = requiredString(body, "text");
      KustomerSandbox.ChatStart started = sandbox.startChat(email, text);
      return new Response(201, said(started.conversationId(), started.messageId(), started.deliveries()));
    }
    if (r.is("POST", "sandbox", "conversations", "*", "customer-messages")) {
      String text = requiredString(jsonBody(r), "text");
      KustomerSandbox.ChatStart written = sandbox.customerWrites(r.segment(2), text);
      return new Response(201, said(written.conversationId(), written.messageId(), written.deliveries()));
    }
    if (r.is("POST", "sandbox", "conversations", "*", "close")) {
      List<Delivery> deliveries = sandbox.agentCloses(r.segment(2));
      ObjectNode out = said(r.segment(2), null, deliveries);
      out.put("status", "done");
      return new Response(200, out);
    }
    if (r.is("GET", "sandbox", "conversations")) {
      return new Response(200, Json.MAPPER.valueToTree(sandbox.conversations()));
    }
    if (r.is("GET", "sandbox", "conversations", "*", "transcript")) {
      return new Response(200, null, sandbox.transcript(r.segment(2)));
    }
    if (r.is("GET", "sandbox", "conversations", "*")) {
      return new Response(200, Json.MAPPER.valueToTree(sandbox.conversation(r.segment(2))));
    }
    if (r.is("GET", "sandbox", "deliveries")) {
      return new Response(200, Json.MAPPER.valueToTree(sandbox.deliveries()));
    }
    if (r.is("POST", "sandbox", "deliveries", "*", "redeliver")) {
      return new Response(200, Json.MAPPER.valueToTree(sandbox.redeliver(r.segment(2))));
    }
    throw ApiError.notFound("Route not found: " + r.method() + " " + r.path());
  }

  /** {@code {conversationId, messageId, webhooks: [{id, event, status}]}}: what a control route did. */
  private static ObjectNode said(String conversationId, String messageId, List<Delivery> deliveries) {
    ObjectNode out = Json.object();
    out.put("conversationId", conversationId);
    if (messageId != null) {
      out.put("messageId", messageId);
    }
    ArrayNode sent = out.putArray("webhooks");
    deliveries.forEach(d -> sent.addObject().put("id", d.id()).put("event", d.event()).put("status", d.lastStatus()));
    return out;
  }

  // ---- shared --------------------------------------------------------------------------------------------------

  /** Adds a message to the conversation (caller holds the lock). */
  SandboxOrg.Message addMessage(SandboxOrg.Conversation c, String direction, String channel, String app,
      String text, boolean auto, String via, String createdBy, String status, Instant now) {
    SandboxOrg.Message m = new SandboxOrg.Message();
    m.id = org.newId("6632dd00");
    m.conversationId = c.id;
    m.customerId = c.customerId;
    m.direction = direction;
    m.channel = channel;
    m.app = app;
    m.preview = text;
    m.auto = auto;
    m.via = via;
    m.createdBy = createdBy;
    m.status = status;
    m.createdAt = now;
    c.messages.add(m);
    c.updatedAt = now;
    if (!c.channels.contains(channel)) {
      c.channels.add(channel);
    }
    return m;
  }

  private void emitMessage(SandboxOrg.Message m, boolean wait) {
    if (config.emitOutboundEvents()) {
      sandbox.emitMessageCreate(m, wait);
    }
  }

  private void authenticate(Headers headers) {
    List<String> values = headers.get("Authorization");
    if (values == null || values.isEmpty()) {
      throw ApiError.unauthorized("Unauthorized: send 'Authorization: Bearer <API key>'.");
    }
    String value = values.get(0);
    if (values.size() != 1 || !value.startsWith("Bearer ") || !value.substring(7).equals(config.apiKey())) {
      throw ApiError.unauthorized("Unauthorized: the API key is invalid or expired.");
    }
  }

  private void require(String role) {
    if (!config.apiKeyRoles().contains(role)) {
      throw ApiError.forbidden("Forbidden: the API key lacks the role " + role + ".");
    }
  }

  private void rateHeaders(RateLimiter.Decision d, Instant now, Map<String, String> headers) {
    headers.put("x-ratelimit-limit", Integer.toString(d.limit()));
    headers.put("x-ratelimit-remaining", Integer.toString(d.remaining()));
    headers.put("x-ratelimit-reset", limits.resetHeader(d, now));
  }

  private ApiError tooMany(RateLimiter.Decision d, Instant now, Map<String, String> headers) {
    rateHeaders(d, now, headers);
    if (config.sendRetryAfter()) {
      headers.put("Retry-After", Long.toString(RateLimiter.secondsUntil(d.resetAt(), now)));
    }
    return new ApiError(429, "too_many_requests", d.reason(), null);
  }

  private void createLimit(String customerId, Instant now, Map<String, String> headers) {
    RateLimiter.Decision d = limits.create(customerId, now);
    if (d != null) {
      throw tooMany(d, now, headers);
    }
  }

  private SandboxOrg.Customer customer(String id) {
    checkId(id, "customer");
    SandboxOrg.Customer c = org.customers.get(id);
    if (c == null) {
      throw ApiError.notFound("Customer not found: " + id);
    }
    return c;
  }

  private SandboxOrg.Conversation conversation(String id) {
    checkId(id, "conversation");
    SandboxOrg.Conversation c = org.conversations.get(id);
    if (c == null) {
      throw ApiError.notFound("Conversation not found: " + id);
    }
    return c;
  }

  private static void checkId(String id, String what) {
    if (id == null || !OBJECT_ID.matcher(id).matches()) {
      throw ApiError.badRequest("Invalid request body or parameters: " + what + " id must be 24 hex characters.");
    }
  }

  private ObjectNode token(Instant now) {
    ObjectNode r = Json.object();
    r.put("type", "token");
    r.put("id", "6600cccc0000000000000001");
    ObjectNode a = r.putObject("attributes");
    a.put("name", "policyflow sandbox key");
    ArrayNode roles = a.putArray("roles");
    config.apiKeyRoles().stream().sorted().forEach(roles::add);
    String key = config.apiKey();
    a.put("lastTokenChars", key.substring(Math.max(0, key.length() - 4)));
    a.put("createdAt", Json.date(now.minus(Duration.ofDays(30))));
    a.put("lastAccessedAt", Json.date(now));
    r.putObject("relationships").set("org", Resources.relationship("org", SandboxOrg.ORG_ID, null));
    return Resources.document(r);
  }

  private ObjectNode webhookResource(Webhooks.Subscription s, boolean withToken) {
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

  // ---- strict body parsing -------------------------------------------------------------------------------

  private static JsonNode jsonBody(Request r) {
    if (r.body().length == 0) {
      throw ApiError.badRequest("Invalid request body or parameters: a JSON body is required.");
    }
    String type = r.headers().getFirst("Content-Type");
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new ApiError(415, "unsupported_media_type", "Content-Type must be application/json.", null);
    }
    return Json.parse(r.body());
  }

  private static ObjectNode objectBody(Request r, Set<String> allowed) {
    JsonNode node = jsonBody(r);
    if (!node.isObject()) {
      throw ApiError.badRequest("Invalid request body or parameters: the body must be a JSON object.");
    }
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      String name = property.getKey();
      if (!allowed.contains(name)) {
        throw ApiError.invalidField(name, "Invalid request body or parameters: unknown attribute '" + name + "'.");
      }
    }
    return (ObjectNode) node;
  }

  private static String requiredString(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      throw ApiError.invalidField(field, "Invalid request body or parameters: '" + field + "' is required.");
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      throw ApiError.invalidField(field, "Invalid request body or parameters: '" + field + "' must be a non-empty string.");
    }
    return v.asText();
  }

  private static String optionalString(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw ApiError.invalidField(field, "Invalid request body or parameters: '" + field + "' must be a string.");
    }
    return v.asText();
  }

  private static boolean optionalBoolean(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return false;
    }
    if (!v.isBoolean()) {
      throw ApiError.invalidField(field, "Invalid request body or parameters: '" + field + "' must be a boolean.");
    }
    return v.asBoolean();
  }

  private static String requiredEnum(JsonNode body, String field, Set<String> values) {
    String v = requiredString(body, field);
    if (!values.contains(v)) {
      throw ApiError.invalidField(field, "Invalid request body or parameters: '" + field + "' must be one of "
          + values.stream().sorted().toList() + ".");
    }
    return v;
  }

  private static String optionalEnum(JsonNode body, String field, Set<String> values) {
    String v = optionalString(body, field);
    if (v != null && !values.contains(v)) {
      throw ApiError.invalidField(field, "Invalid request body or parameters: '" + field + "' must be one of "
          + values.stream().sorted().toList() + ".");
    }
    return v;
  }

  private static int intField(JsonNode body, String field, int min, int max) {
    JsonNode v = body.get(field);
    if (!v.isInt() || v.asInt() < min || v.asInt() > max) {
      throw ApiError.invalidField(field, "Invalid request body or parameters: '" + field + "' must be an integer "
          + min + ".." + max + ".");
    }
    return v.asInt();
  }

  private static Instant instant(JsonNode body, String field) {
    String v = optionalString(body, field);
    try {
      return Instant.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiError.invalidField(field, "Invalid request body or parameters: '" + field
          + "' must be an ISO-8601 date-time.");
    }
  }

  private static List<String> stringArray(JsonNode node, String field) {
    if (node == null || !node.isArray()) {
      throw ApiError.invalidField(field, "Invalid request body or parameters: '" + field + "' must be an array of strings.");
    }
    List<String> values = new ArrayList<>();
    for (JsonNode v : node) {
      if (!v.isTextual() || v.asText().isBlank()) {
        throw ApiError.invalidField(field, "Invalid request body or parameters: '" + field
            + "' must be an array of non-empty strings.");
      }
      values.add(v.asText());
    }
    return values;
  }

  private static List<String> idList(JsonNode body, String field, Set<String> known, String what) {
    List<String> ids = stringArray(body.get(field), field);
    if (ids.size() > 10) {
      throw ApiError.invalidField(field, "Invalid request body or parameters: at most 10 " + field + ".");
    }
    for (String id : ids) {
      if (!known.contains(id)) {
        throw ApiError.invalidField(field, "Invalid request body or parameters: unknown " + what + " " + id + ".");
      }
    }
    return ids;
  }

  private static void validateCustom(JsonNode custom) {
    if (!custom.isObject()) {
      throw ApiError.invalidField("custom", "Invalid request body or parameters: 'custom' must be an object.");
    }
    custom.properties().forEach(e -> {
      String key = e.getKey();
      JsonNode v = e.getValue();
      var m = CUSTOM_KEY.matcher(key);
      if (!m.matches()) {
        throw ApiError.invalidField("custom." + key, "Invalid custom attribute '" + key
            + "': the name must end in Str, Txt, Num, At, Bool or Url.");
      }
      if (v.isNull()) {
        return;
      }
      boolean ok = switch (m.group(1)) {
        case "Str", "Txt", "Url" -> v.isTextual() && v.asText().length() <= 1024;
        case "Num" -> v.isNumber();
        case "Bool" -> v.isBoolean();
        case "At" -> v.isTextual() && parses(v.asText());
        default -> false;
      };
      if (!ok) {
        throw ApiError.invalidField("custom." + key, "Invalid custom attribute '" + key + "': wrong type for its suffix.");
      }
    });
  }

  private static boolean parses(String instant) {
    try {
      Instant.parse(instant);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static void change(ObjectNode changes, String attribute, Object before, Object after) {
    ObjectNode attributes = changes.has("attributes") ? (ObjectNode) changes.get("attributes")
        : changes.putObject("attributes");
    ObjectNode c = attributes.putObject(attribute);
    c.put("op", "replace");
    c.set("before", Json.MAPPER.valueToTree(before));
    c.set("after", Json.MAPPER.valueToTree(after));
  }

  private static int intParam(Map<String, String> query, String name, int fallback, int min, int max) {
    String v = query.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw ApiError.badRequest("Invalid request body or parameters: " + name + " must be " + min + ".." + max + ".");
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("Invalid request body or parameters: " + name + " must be an integer.");
    }
  }

  private static byte[] read(InputStream in) throws IOException {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int n;
      while ((n = in.read(buffer)) > 0) {
        out.write(buffer, 0, n);
        if (out.size() > MAX_BODY_BYTES) {
          throw new ApiError(413, "payload_too_large", "The request body is larger than 400 KB.", null);
        }
      }
      return out.toByteArray();
    }
  }

  /** Path segments, percent-decoded ({@code +} stays a plus: it is a path, not a form). */
  private static List<String> segments(String rawPath) {
    List<String> segments = new ArrayList<>();
    for (String part : rawPath.split("/")) {
      if (!part.isEmpty()) {
        segments.add(URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8));
      }
    }
    return segments;
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> query = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      query.put(key, value);
    }
    return query;
  }
}
