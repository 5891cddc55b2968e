package io.policyflow.kustomer.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;

/** Kustomer's JSON:API envelopes for the simulated resources. Callers hold the org's lock. */
final class Resources {

  private Resources() {}

  static ObjectNode document(ObjectNode resource) {
    ObjectNode root = Json.object();
    root.set("data", resource);
    return root;
  }

  /** A JSON:API collection document: {@code {"data": [...]}}, one resource per value. */
  static <T> ObjectNode list(Iterable<T> values, Function<T, ObjectNode> resource) {
    ObjectNode root = Json.object();
    ArrayNode data = root.putArray("data");
    values.forEach(v -> data.add(resource.apply(v)));
    return root;
  }

  static ObjectNode customer(SandboxOrg org, SandboxOrg.Customer c, String orderKlass) {
    ObjectNode r = resource("customer", c.id);
    ObjectNode a = r.putObject("attributes");
    a.put("name", c.name);
    a.put("displayName", c.name);
    a.put("firstName", c.firstName);
    a.put("lastName", c.lastName);
    if (c.externalId != null) {
      a.put("externalId", c.externalId);
    }
    ArrayNode emails = a.putArray("emails");
    c.emails.forEach(
        e -> emails.addObject().put("email", e).put("type", "home").put("verified", true));
    a.putArray("sharedEmails");
    a.putArray("phones");
    a.putArray("tags");
    a.set("custom", c.custom.deepCopy());
    long open =
        org.conversations.values().stream()
            .filter(conv -> conv.customerId.equals(c.id) && conv.status.equals("open"))
            .count();
    long all =
        org.conversations.values().stream().filter(conv -> conv.customerId.equals(c.id)).count();
    long done =
        org.conversations.values().stream()
            .filter(conv -> conv.customerId.equals(c.id) && conv.status.equals("done"))
            .count();
    a.putObject("conversationCounts")
        .put("all", all)
        .put("open", open)
        .put("snoozed", all - open - done)
        .put("done", done);
    a.put("createdAt", Json.date(c.createdAt));
    a.put("updatedAt", Json.date(c.updatedAt));
    a.put("modifiedAt", Json.date(c.updatedAt));
    a.put("deleted", false);
    ObjectNode rel = r.putObject("relationships");
    rel.set("org", toOrg());
    boolean hasOrders =
        org.kobjects.values().stream()
            .anyMatch(k -> k.customerId.equals(c.id) && k.klass.equals(orderKlass));
    if (hasOrders) {
      ObjectNode klass = rel.putObject(orderKlass);
      klass.putObject("links").put("self", "/v1/customers/" + c.id + "/klasses/" + orderKlass);
      klass.putObject("meta").put("kobject", true);
    }
    r.putObject("links").put("self", "/v1/customers/" + c.id);
    return r;
  }

  static ObjectNode kobject(SandboxOrg org, SandboxOrg.KObject k) {
    ObjectNode r = resource("kobject", k.id);
    ObjectNode a = r.putObject("attributes");
    a.put("externalId", k.externalId);
    a.put("title", k.title);
    a.put("description", k.description);
    a.put("icon", k.icon);
    a.putArray("images");
    a.set("data", k.data.deepCopy());
    a.set("custom", k.custom.deepCopy());
    a.putArray("tags");
    a.put("createdAt", Json.date(k.createdAt));
    a.put("updatedAt", Json.date(k.updatedAt));
    a.put("rev", 1);
    ObjectNode rel = r.putObject("relationships");
    rel.set(
        "klass",
        relationship("klass", org.klasses.getOrDefault(k.klass, "66300000000000000000abcd"), null));
    rel.set("customer", toCustomer(k.customerId));
    rel.set("org", toOrg());
    r.putObject("links").put("self", "/v1/klasses/" + k.klass + "/" + k.id);
    return r;
  }

  static ObjectNode conversation(SandboxOrg.Conversation c) {
    ObjectNode r = resource("conversation", c.id);
    ObjectNode a = r.putObject("attributes");
    a.put("name", c.name);
    a.put("status", c.status);
    a.put("priority", c.priority);
    a.put("direction", c.direction);
    strings(a.putArray("channels"), c.channels);
    a.put("messageCount", c.messages.size());
    a.put("noteCount", c.notes.size());
    a.put("inboundMessageCount", c.messages.stream().filter(m -> m.direction.equals("in")).count());
    a.put(
        "outboundMessageCount", c.messages.stream().filter(m -> m.direction.equals("out")).count());
    strings(a.putArray("tags"), c.tagIds);
    strings(a.putArray("assignedUsers"), c.assignedUsers);
    strings(a.putArray("assignedTeams"), c.assignedTeams);
    a.set("custom", c.custom.deepCopy());
    if (!c.messages.isEmpty()) {
      SandboxOrg.Message last = c.messages.get(c.messages.size() - 1);
      a.putObject("preview")
          .put("type", "message")
          .put("text", last.preview)
          .put("previewAt", Json.date(last.createdAt));
      a.put("lastMessageAt", Json.date(last.createdAt));
    }
    a.put("ended", c.status.equals("done"));
    if (c.endedBy != null) {
      a.put("endedBy", c.endedBy);
      a.put("endedByType", "user");
    }
    a.put("createdAt", Json.date(c.createdAt));
    a.put("updatedAt", Json.date(c.updatedAt));
    a.put("modifiedAt", Json.date(c.updatedAt));
    ObjectNode rel = r.putObject("relationships");
    rel.set("customer", toCustomer(c.customerId));
    if (c.queueId != null) {
      rel.set("queue", relationship("queue", c.queueId, null));
    }
    rel.set("org", toOrg());
    r.putObject("links").put("self", "/v1/conversations/" + c.id);
    return r;
  }

  static ObjectNode message(SandboxOrg.Message m) {
    ObjectNode r = resource("message", m.id);
    ObjectNode a = r.putObject("attributes");
    a.put("channel", m.channel);
    a.put("app", m.app);
    a.put("direction", m.direction);
    a.put("directionType", m.direction.equals("in") ? "initial-in" : "response-out");
    a.put("preview", m.preview);
    a.put("status", m.status);
    a.put("auto", m.auto);
    if (m.externalId != null) {
      a.put("externalId", m.externalId);
    }
    a.put("sentAt", Json.date(m.createdAt));
    a.put("createdAt", Json.date(m.createdAt));
    a.put("updatedAt", Json.date(m.createdAt));
    ObjectNode rel = r.putObject("relationships");
    rel.set("conversation", toConversation(m.conversationId));
    rel.set("customer", toCustomer(m.customerId));
    if (m.createdBy != null) {
      rel.set("createdBy", relationship("user", m.createdBy, null));
    }
    r.putObject("links").put("self", "/v1/messages/" + m.id);
    return r;
  }

  static ObjectNode note(SandboxOrg.Note n) {
    ObjectNode r = resource("note", n.id);
    ObjectNode a = r.putObject("attributes");
    a.put("body", n.body);
    if (n.externalId != null) {
      a.put("externalId", n.externalId);
    }
    a.putArray("userMentions");
    a.put("createdAt", Json.date(n.createdAt));
    a.put("updatedAt", Json.date(n.createdAt));
    ObjectNode rel = r.putObject("relationships");
    rel.set("conversation", toConversation(n.conversationId));
    if (n.createdBy != null) {
      rel.set("createdBy", relationship("user", n.createdBy, null));
    }
    r.putObject("links").put("self", "/v1/notes/" + n.id);
    return r;
  }

  static ObjectNode draft(SandboxOrg.Draft d) {
    ObjectNode r = resource("draft", d.id);
    ObjectNode a = r.putObject("attributes");
    a.put("channel", d.channel);
    a.put("app", d.app);
    a.put("subject", d.subject);
    a.put("body", d.body);
    a.put("auto", d.auto);
    a.put("sendAt", Json.date(d.sendAt));
    a.put("status", d.sendAt == null ? "draft" : "scheduled");
    a.put("createdAt", Json.date(d.createdAt));
    ObjectNode rel = r.putObject("relationships");
    rel.set("customer", toCustomer(d.customerId));
    if (d.conversationId != null) {
      rel.set("conversation", toConversation(d.conversationId));
    }
    r.putObject("links").put("self", "/v1/drafts/" + d.id);
    return r;
  }

  static ObjectNode relationship(String type, String id, String self) {
    ObjectNode rel = Json.object();
    rel.putObject("data").put("type", type).put("id", id);
    if (self != null) {
      rel.putObject("links").put("self", self);
    }
    return rel;
  }

  /** The relationship to the simulated org. */
  static ObjectNode toOrg() {
    return relationship("org", SandboxOrg.ORG_ID, null);
  }

  private static ObjectNode toCustomer(String id) {
    return relationship("customer", id, "/v1/customers/" + id);
  }

  private static ObjectNode toConversation(String id) {
    return relationship("conversation", id, "/v1/conversations/" + id);
  }

  private static ObjectNode resource(String type, String id) {
    ObjectNode r = Json.object();
    r.put("type", type);
    r.put("id", id);
    return r;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
