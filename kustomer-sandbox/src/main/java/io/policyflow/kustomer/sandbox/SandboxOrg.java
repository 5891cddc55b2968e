package io.policyflow.kustomer.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated org's data. Not thread-safe by itself: every access goes through {@code
 * synchronized (org)}.
 */
final class SandboxOrg {

  static final String ORG_ID = "5f00000000000000000000aa";
  static final String ORG_NAME = "policyflow-demo";

  final Map<String, Customer> customers = new LinkedHashMap<>();
  final Map<String, KObject> kobjects = new LinkedHashMap<>();
  final Map<String, Conversation> conversations = new LinkedHashMap<>();
  final Map<String, String> tagNames = new LinkedHashMap<>(); // id -> name
  final Map<String, String> queues = new LinkedHashMap<>(); // id -> name
  final Map<String, String> teams = new LinkedHashMap<>(); // id -> name
  final Map<String, String> users = new LinkedHashMap<>(); // id -> name
  final Map<String, String> klasses = new LinkedHashMap<>(); // name -> id
  private long sequence = 1;

  /** A fresh 24-hex id: an 8-hex type prefix and a 16-hex counter. */
  String newId(String prefix) {
    return prefix + String.format("%016x", sequence++);
  }

  Optional<Customer> customerByEmail(String email) {
    String wanted = email.strip().toLowerCase(Locale.ROOT);
    return customers.values().stream()
        .filter(c -> c.emails.stream().anyMatch(e -> e.toLowerCase(Locale.ROOT).equals(wanted)))
        .findFirst();
  }

  /** The tag's id, creating the tag when the name is unknown (as {@code POST .../tags} does). */
  String tagId(String nameOrId) {
    if (tagNames.containsKey(nameOrId)) {
      return nameOrId;
    }
    for (Map.Entry<String, String> tag : tagNames.entrySet()) {
      if (tag.getValue().equals(nameOrId)) {
        return tag.getKey();
      }
    }
    String id = newId("6640aa00");
    tagNames.put(id, nameOrId);
    return id;
  }

  /**
   * Adds a message to the conversation's timeline; its channel joins the conversation's channels.
   */
  Message addMessage(
      Conversation c,
      String direction,
      String channel,
      String app,
      String text,
      boolean auto,
      String via,
      String createdBy,
      String status,
      Instant now) {
    Message m = new Message();
    m.id = newId("6632dd00");
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

  /** Forgets every entity (ids keep counting up). */
  void clear() {
    customers.clear();
    kobjects.clear();
    conversations.clear();
    tagNames.clear();
    queues.clear();
    teams.clear();
    users.clear();
    klasses.clear();
  }

  static final class Customer {
    String id;
    String name;
    String firstName;
    String lastName;
    List<String> emails = new ArrayList<>();
    String externalId;
    ObjectNode custom = Json.object();
    Instant createdAt;
    Instant updatedAt;
  }

  static final class KObject {
    String id;
    String klass;
    String customerId;
    String externalId;
    String title;
    String description;
    String icon;
    ObjectNode custom = Json.object();
    ObjectNode data = Json.object();
    Instant createdAt;
    Instant updatedAt;
  }

  static final class Conversation {
    String id;
    String customerId;
    String name;
    String status = "open";
    int priority = 3;
    String direction = "in";
    List<String> channels = new ArrayList<>();
    List<String> tagIds = new ArrayList<>();
    List<String> assignedUsers = new ArrayList<>();
    List<String> assignedTeams = new ArrayList<>();
    String queueId;
    ObjectNode custom = Json.object();
    Instant createdAt;
    Instant updatedAt;
    String endedBy;
    final List<Message> messages = new ArrayList<>();
    final List<Note> notes = new ArrayList<>();
    final List<Draft> drafts = new ArrayList<>();
  }

  static final class Message {
    String id;
    String conversationId;
    String customerId;
    String direction;
    String channel;
    String app;
    String preview;
    String status;
    boolean auto;

    /**
     * How it was created: {@code inbound}, {@code chat-outbound}, {@code message}, {@code draft}.
     */
    String via;

    String createdBy;
    String externalId;
    Instant createdAt;
  }

  static final class Note {
    String id;
    String conversationId;
    String body;
    String createdBy;
    String externalId;
    Instant createdAt;
  }

  static final class Draft {
    String id;
    String conversationId;
    String customerId;
    String channel;
    String app;
    String subject;
    String body;
    String to;
    boolean auto;
    Instant sendAt;
    Instant createdAt;
  }
}
