package io.policyflow.kustomer.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.kustomer.sandbox.KustomerSandboxConfig.Roles;
import java.util.Set;

/** A conversation's internal notes: create (a per-customer create) and list. */
final class NoteEndpoints {

  private static final Set<String> FIELDS =
      Set.of("body", "userMentions", "attachments", "externalId", "lang", "importedAt");

  private final ApiServices services;

  NoteEndpoints(ApiServices services) {
    this.services = services;
  }

  void register(Router router) {
    router.post("/v1/conversations/{id}/notes", Roles.NOTE_CREATE, this::create);
    router.get("/v1/conversations/{id}/notes", Roles.CONVERSATION_READ, this::list);
  }

  private ApiResponse create(RequestContext ctx) {
    ObjectNode body = ctx.object(FIELDS);
    String text = Fields.requiredString(body, "body");
    SandboxOrg org = services.org();
    ObjectNode resource;
    synchronized (org) {
      SandboxOrg.Conversation c = services.conversation(ctx.pathParam("id"));
      services.countCreate(c.customerId, ctx);
      SandboxOrg.Note n = new SandboxOrg.Note();
      n.id = org.newId("6632ee00");
      n.conversationId = c.id;
      n.body = text;
      n.externalId = Fields.optionalString(body, "externalId");
      n.createdAt = ctx.now();
      c.notes.add(n);
      c.updatedAt = ctx.now();
      resource = Resources.note(n);
    }
    return ApiResponse.json(201, Resources.document(resource));
  }

  private ApiResponse list(RequestContext ctx) {
    synchronized (services.org()) {
      return ApiResponse.json(
          200, Resources.list(services.conversation(ctx.pathParam("id")).notes, Resources::note));
    }
  }
}
