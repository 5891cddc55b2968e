package io.policyflow.api.kustomer;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Kustomer outbound-webhook delivery: {@code {id, name, org, createdAt, data: {type, id,
 * attributes, relationships}, changes?}} ({@code changes} on update events only). The envelope's
 * field list is from third-party descriptions of Kustomer's docs [unconfirmed]; only {@code name}
 * and {@code data} are required.
 */
record KustomerEvent(String id, String name, JsonNode data, JsonNode changes) {

  static final String MESSAGE_CREATE = "kustomer.message.create";
  static final String CONVERSATION_UPDATE = "kustomer.conversation.update";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static KustomerEvent parse(byte[] body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JacksonException e) {
      throw KustomerWebhookProblem.payload("The body is not valid JSON.");
    }
    if (root == null || !root.isObject()) {
      throw KustomerWebhookProblem.payload("The body is not a JSON object.");
    }
    String name = text(root.path("name"));
    JsonNode data = root.path("data");
    if (name == null || !data.isObject()) {
      throw KustomerWebhookProblem.payload("A Kustomer event needs a 'name' and a 'data' object.");
    }
    return new KustomerEvent(text(root.path("id")), name, data, root.path("changes"));
  }

  /** {@code data.attributes.<name>} as text, or null. */
  String attribute(String name) {
    return text(data.path("attributes").path(name));
  }

  /** {@code data.relationships.<name>.data.id}, or null. */
  String relationship(String name) {
    return text(data.path("relationships").path(name).path("data").path("id"));
  }

  String dataId() {
    return text(data.path("id"));
  }

  String dataType() {
    return text(data.path("type"));
  }

  static String text(JsonNode node) {
    return node != null && node.isString() ? node.asString() : null;
  }
}
