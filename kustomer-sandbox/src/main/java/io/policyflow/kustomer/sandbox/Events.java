package io.policyflow.kustomer.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;

/**
 * The webhook events the simulated org sends, in Kustomer's envelope {@code {id, name, org,
 * orgName, partition, createdAt, data, changes?}}: {@code kustomer.message.create} and {@code
 * kustomer.conversation.update}.
 */
final class Events {

  static final String MESSAGE_CREATE = "kustomer.message.create";
  static final String CONVERSATION_UPDATE = "kustomer.conversation.update";

  private final SandboxOrg org;
  private final Webhooks webhooks;
  private final Clock clock;

  Events(SandboxOrg org, Webhooks webhooks, Clock clock) {
    this.org = org;
    this.webhooks = webhooks;
    this.clock = clock;
  }

  /** With {@code wait}, the first delivery attempts are made before this returns. */
  List<Delivery> messageCreated(SandboxOrg.Message m, boolean wait) {
    ObjectNode envelope;
    synchronized (org) {
      envelope = envelope(MESSAGE_CREATE, Resources.message(m), null);
    }
    return webhooks.emit(MESSAGE_CREATE, envelope, m.id, wait);
  }

  /** Sent in the background, and only when something changed. */
  void conversationUpdated(ObjectNode resource, ObjectNode changes, String modifiedBy) {
    if (changes.isEmpty()) {
      return;
    }
    conversationUpdated(resource, changes, modifiedBy, false);
  }

  /**
   * {@code modifiedBy} (a user id, or null) is set as the resource's {@code
   * relationships.modifiedBy}.
   */
  List<Delivery> conversationUpdated(
      ObjectNode resource, ObjectNode changes, String modifiedBy, boolean wait) {
    if (modifiedBy != null) {
      ((ObjectNode) resource.get("relationships"))
          .set("modifiedBy", Resources.relationship("user", modifiedBy, null));
    }
    ObjectNode envelope = envelope(CONVERSATION_UPDATE, resource, changes);
    return webhooks.emit(CONVERSATION_UPDATE, envelope, resource.get("id").asText(), wait);
  }

  /** {@code changes.attributes.status}: {@code before} to {@code after}. */
  static ObjectNode statusChange(String before, String after) {
    ObjectNode changes = Json.object();
    changes
        .putObject("attributes")
        .putObject("status")
        .put("op", "replace")
        .put("before", before)
        .put("after", after);
    return changes;
  }

  private ObjectNode envelope(String name, ObjectNode data, ObjectNode changes) {
    ObjectNode e = Json.object();
    e.put("id", "");
    e.put("name", name);
    e.put("org", SandboxOrg.ORG_ID);
    e.put("orgName", SandboxOrg.ORG_NAME);
    e.put("partition", SandboxOrg.ORG_ID);
    e.put("createdAt", Json.date(clock.instant()));
    e.set("data", data);
    if (changes != null) {
      e.set("changes", changes);
    }
    return e;
  }
}
