package io.policyflow.kustomer.sandbox;

import static io.policyflow.kustomer.sandbox.Fields.idList;
import static io.policyflow.kustomer.sandbox.Fields.intField;
import static io.policyflow.kustomer.sandbox.Fields.optionalEnum;
import static io.policyflow.kustomer.sandbox.Fields.optionalString;
import static io.policyflow.kustomer.sandbox.Fields.stringArray;
import static io.policyflow.kustomer.sandbox.Fields.validateCustom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.kustomer.sandbox.KustomerSandboxConfig.Roles;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Conversations: read, update (status, priority, queue, assignment, custom attributes, tags) and
 * tag. Every path under {@code /v1/conversations/{id}} answers errors as JSON:API error objects.
 */
final class ConversationEndpoints {

  private static final Set<String> UPDATE_FIELDS =
      Set.of(
          "name",
          "status",
          "priority",
          "queue",
          "assignedUsers",
          "assignedTeams",
          "custom",
          "tags",
          "direction",
          "replyChannel",
          "externalId",
          "defaultLang",
          "locked",
          "rev",
          "snooze",
          "subStatus");

  private final ApiServices services;

  ConversationEndpoints(ApiServices services) {
    this.services = services;
  }

  void register(Router router) {
    router.jsonApiErrorsUnder("/v1/conversations/{id}");
    router.get("/v1/conversations/{id}", Roles.CONVERSATION_READ, this::get);
    router.add("PATCH", "/v1/conversations/{id}", Roles.CONVERSATION_UPDATE, this::update);
    router.add("PUT", "/v1/conversations/{id}", Roles.CONVERSATION_UPDATE, this::update);
    router.post("/v1/conversations/{id}/tags", Roles.CONVERSATION_UPDATE, this::tags);
    router.add("DELETE", "/v1/conversations/{id}/tags", Roles.CONVERSATION_UPDATE, this::tags);
  }

  private ApiResponse get(RequestContext ctx) {
    synchronized (services.org()) {
      SandboxOrg.Conversation c = services.conversation(ctx.pathParam("id"));
      return ApiResponse.json(200, Resources.document(Resources.conversation(c)));
    }
  }

  private ApiResponse update(RequestContext ctx) {
    if ("true".equals(ctx.request().query().get("replace"))) {
      throw ApiError.badRequest("replace=true is not supported by the sandbox.");
    }
    ObjectNode body = ctx.object(UPDATE_FIELDS);
    SandboxOrg org = services.org();
    ObjectNode changes = Json.object();
    ObjectNode resource;
    synchronized (org) {
      SandboxOrg.Conversation c = services.conversation(ctx.pathParam("id"));
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
      List<String> teams =
          body.has("assignedTeams")
              ? idList(body, "assignedTeams", org.teams.keySet(), "team")
              : null;
      List<String> users =
          body.has("assignedUsers")
              ? idList(body, "assignedUsers", org.users.keySet(), "user")
              : null;
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
        c.tagIds =
            new ArrayList<>(
                tagNames.stream().map(org::tagId).distinct().toList()); // replaces the list
      }
      if (name != null) {
        c.name = name;
      }
      c.updatedAt = ctx.now();
      resource = Resources.conversation(c);
    }
    services.events().conversationUpdated(resource, changes, null);
    return ApiResponse.json(200, Resources.document(resource));
  }

  /**
   * {@code POST} adds the tags (unknown names are created), {@code DELETE} removes them (by name or
   * id).
   */
  private ApiResponse tags(RequestContext ctx) {
    List<String> names = stringArray(ctx.json(), "tags");
    if (names.isEmpty()) {
      throw ApiError.badRequest(
          "Invalid request body or parameters: the body must be a non-empty array of tag names or ids.");
    }
    SandboxOrg org = services.org();
    synchronized (org) {
      SandboxOrg.Conversation c = services.conversation(ctx.pathParam("id"));
      for (String name : names) {
        if (ctx.request().method().equals("POST")) {
          String id = org.tagId(name);
          if (!c.tagIds.contains(id)) {
            c.tagIds.add(id);
          }
        } else {
          c.tagIds.removeIf(id -> id.equals(name) || name.equals(org.tagNames.get(id)));
        }
      }
      c.updatedAt = ctx.now();
      return ApiResponse.json(200, Resources.document(Resources.conversation(c)));
    }
  }

  private static void change(ObjectNode changes, String attribute, Object before, Object after) {
    ObjectNode attributes =
        changes.has("attributes")
            ? (ObjectNode) changes.get("attributes")
            : changes.putObject("attributes");
    ObjectNode c = attributes.putObject(attribute);
    c.put("op", "replace");
    c.set("before", Json.MAPPER.valueToTree(before));
    c.set("after", Json.MAPPER.valueToTree(after));
  }
}
