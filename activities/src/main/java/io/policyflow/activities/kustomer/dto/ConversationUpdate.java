package io.policyflow.activities.kustomer.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * {@code PATCH /v1/conversations/{id}}: flat JSON, relationships by id, nulls left out. {@code
 * tags} is never sent here (it would replace the whole list; tags are appended with {@code POST
 * .../tags}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConversationUpdate(
    String status,
    Integer priority,
    Queue queue,
    List<String> assignedTeams,
    List<String> assignedUsers,
    Map<String, Object> custom) {

  /** {@code {"id": "<queue id>"}}. */
  public record Queue(String id) {}
}
