package io.policyflow.kustomer.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A conversation as the simulator holds it now.
 *
 * @param tags tag names (Kustomer's API reports tag ids; names are easier to assert on)
 * @param custom the custom attributes, as JSON values converted to Java ({@code String}, {@code
 *     Number}, ...)
 */
public record ConversationSnapshot(
    String id,
    String customerId,
    String name,
    String status,
    int priority,
    List<String> channels,
    String queueId,
    List<String> assignedTeams,
    List<String> assignedUsers,
    List<String> tags,
    Map<String, Object> custom,
    List<MessageView> messages,
    List<NoteView> notes,
    Instant createdAt,
    Instant updatedAt) {

  public List<MessageView> outbound() {
    return messages.stream().filter(m -> m.direction().equals("out")).toList();
  }

  public List<MessageView> inbound() {
    return messages.stream().filter(m -> m.direction().equals("in")).toList();
  }
}
