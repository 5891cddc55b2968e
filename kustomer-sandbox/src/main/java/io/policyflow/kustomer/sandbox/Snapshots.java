package io.policyflow.kustomer.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Read-only views of the org's conversations, for tests and people: snapshots and plain-text
 * transcripts.
 */
final class Snapshots {

  private final SandboxOrg org;

  Snapshots(SandboxOrg org) {
    this.org = org;
  }

  ConversationSnapshot conversation(String conversationId) {
    synchronized (org) {
      SandboxOrg.Conversation c = org.conversations.get(conversationId);
      if (c == null) {
        throw new NoSuchElementException("No conversation " + conversationId);
      }
      return snapshot(c);
    }
  }

  List<ConversationSnapshot> conversations() {
    synchronized (org) {
      return org.conversations.values().stream().map(this::snapshot).toList();
    }
  }

  /**
   * Status, queue, teams, tags, custom attributes, then every message ({@code customer:} / {@code
   * bot:} for automated outbound, {@code agent:} otherwise) and every note.
   */
  String transcript(String conversationId) {
    ConversationSnapshot c = conversation(conversationId);
    Map<String, String> queues;
    Map<String, String> teams;
    synchronized (org) {
      queues = new LinkedHashMap<>(org.queues);
      teams = new LinkedHashMap<>(org.teams);
    }
    StringBuilder text = new StringBuilder();
    text.append("conversation ").append(c.id()).append(" (").append(c.status()).append(")\n");
    text.append("queue: ")
        .append(c.queueId() == null ? "none" : queues.getOrDefault(c.queueId(), c.queueId()))
        .append('\n');
    text.append("teams: ")
        .append(c.assignedTeams().stream().map(t -> teams.getOrDefault(t, t)).toList())
        .append('\n');
    text.append("tags: ").append(c.tags()).append('\n');
    text.append("custom: ").append(c.custom()).append("\n\n");
    for (MessageView m : c.messages()) {
      String who = m.direction().equals("in") ? "customer" : m.auto() ? "bot" : "agent";
      text.append(who)
          .append(": ")
          .append(m.text() == null ? "" : m.text().replace("\n", "\n    "))
          .append('\n');
    }
    for (NoteView n : c.notes()) {
      text.append("\nnote: ").append(n.body().replace("\n", "\n    ")).append('\n');
    }
    return text.toString();
  }

  private ConversationSnapshot snapshot(SandboxOrg.Conversation c) {
    List<MessageView> messages =
        c.messages.stream()
            .map(
                m ->
                    new MessageView(
                        m.id,
                        c.id,
                        m.direction,
                        m.via,
                        m.channel,
                        m.preview,
                        m.auto,
                        m.createdBy,
                        m.createdAt))
            .toList();
    List<NoteView> notes =
        c.notes.stream().map(n -> new NoteView(n.id, c.id, n.body, n.createdAt)).toList();
    List<String> tags = c.tagIds.stream().map(id -> org.tagNames.getOrDefault(id, id)).toList();
    @SuppressWarnings("unchecked")
    Map<String, Object> custom = Json.MAPPER.convertValue(c.custom, LinkedHashMap.class);
    return new ConversationSnapshot(
        c.id,
        c.customerId,
        c.name,
        c.status,
        c.priority,
        List.copyOf(c.channels),
        c.queueId,
        List.copyOf(c.assignedTeams),
        List.copyOf(c.assignedUsers),
        tags,
        custom,
        messages,
        notes,
        c.createdAt,
        c.updatedAt);
  }
}
