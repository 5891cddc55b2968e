package io.policyflow.kustomer.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Kustomer's side of a conversation: the simulated customer opens a chat and writes (a {@code
 * kustomer.message.create} webhook each time, sent before returning), and an agent closes it.
 */
final class ChatSimulation {

  private final SandboxOrg org;
  private final Events events;
  private final Clock clock;

  ChatSimulation(SandboxOrg org, Events events, Clock clock) {
    this.org = org;
    this.events = events;
    this.clock = clock;
  }

  /**
   * The customer with this email (created when unknown) opens a chat in this queue (null: none),
   * with these tags.
   */
  KustomerSandbox.ChatStart startChat(String email, String text, String queueId, String... tags) {
    String conversationId;
    synchronized (org) {
      Instant now = clock.instant();
      SandboxOrg.Customer customer =
          org.customerByEmail(email).orElseGet(() -> newCustomer(email, now));
      SandboxOrg.Conversation c = new SandboxOrg.Conversation();
      c.id = org.newId("6632cc00");
      c.customerId = customer.id;
      c.name = text.length() > 60 ? text.substring(0, 60) : text;
      c.channels.add("chat");
      c.queueId = queueId;
      for (String tag : tags) {
        c.tagIds.add(org.tagId(tag));
      }
      c.createdAt = now;
      c.updatedAt = now;
      org.conversations.put(c.id, c);
      conversationId = c.id;
    }
    return customerWrites(conversationId, text);
  }

  /**
   * The customer writes in the chat; a done conversation reopens ({@code
   * kustomer.conversation.update}).
   */
  KustomerSandbox.ChatStart customerWrites(String conversationId, String text) {
    SandboxOrg.Message m;
    ObjectNode reopened = null;
    synchronized (org) {
      SandboxOrg.Conversation c = existing(conversationId);
      Instant now = clock.instant();
      boolean wasDone = c.status.equals("done");
      if (wasDone) {
        c.status = "open";
        c.endedBy = null;
      }
      m = org.addMessage(c, "in", "chat", "chat", text, false, "inbound", null, "received", now);
      if (wasDone) {
        reopened = Resources.conversation(c);
      }
    }
    if (reopened != null) {
      events.conversationUpdated(reopened, Events.statusChange("done", "open"), null);
    }
    List<Delivery> deliveries = events.messageCreated(m, true);
    return new KustomerSandbox.ChatStart(conversationId, m.id, deliveries);
  }

  /**
   * An agent ({@link KustomerDemo#AGENT_USER_ID}) closes the conversation: status done, webhook
   * sent.
   */
  List<Delivery> agentCloses(String conversationId) {
    ObjectNode resource;
    String before;
    synchronized (org) {
      SandboxOrg.Conversation c = existing(conversationId);
      before = c.status;
      c.status = "done";
      c.endedBy = KustomerDemo.AGENT_USER_ID;
      if (!c.assignedUsers.contains(KustomerDemo.AGENT_USER_ID)) {
        c.assignedUsers.add(KustomerDemo.AGENT_USER_ID);
      }
      c.updatedAt = clock.instant();
      resource = Resources.conversation(c);
    }
    return events.conversationUpdated(
        resource, Events.statusChange(before, "done"), KustomerDemo.AGENT_USER_ID, true);
  }

  private SandboxOrg.Conversation existing(String conversationId) {
    SandboxOrg.Conversation c = org.conversations.get(conversationId);
    if (c == null) {
      throw new NoSuchElementException("No conversation " + conversationId);
    }
    return c;
  }

  private SandboxOrg.Customer newCustomer(String email, Instant now) {
    SandboxOrg.Customer c = new SandboxOrg.Customer();
    c.id = org.newId("6630aa00");
    String local = email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
    c.name = local;
    c.firstName = local;
    c.emails.add(email.strip().toLowerCase(Locale.ROOT));
    c.createdAt = now;
    c.updatedAt = now;
    org.customers.put(c.id, c);
    return c;
  }
}
