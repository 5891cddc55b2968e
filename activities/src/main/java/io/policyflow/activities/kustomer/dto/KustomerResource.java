package io.policyflow.activities.kustomer.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * One JSON:API resource as Kustomer returns it: {@code {type, id, attributes, relationships,
 * links}}. Attributes stay JSON: which ones matter (and their custom names) is configuration.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KustomerResource(
    String type, String id, JsonNode attributes, JsonNode relationships) {

  public KustomerResource {
    attributes = attributes == null ? MissingNode.getInstance() : attributes;
    relationships = relationships == null ? MissingNode.getInstance() : relationships;
  }

  /** {@code relationships.<name>.data.id}, or null. */
  public String relationshipId(String name) {
    JsonNode id = relationships.path(name).path("data").path("id");
    return id.isTextual() ? id.asText() : null;
  }

  /** The text attribute, or null when absent, null or not text. */
  public String text(String attribute) {
    JsonNode v = attributes.path(attribute);
    return v.isTextual() ? v.asText() : null;
  }
}
