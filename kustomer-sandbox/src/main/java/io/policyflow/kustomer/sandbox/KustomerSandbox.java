package io.policyflow.kustomer.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running Kustomer simulator. Start with {@link #start(KustomerSandboxConfig)}; clients use {@link #baseUrl()}
 * ({@code http://127.0.0.1:<port>}) and append {@code /v1/...} or {@code /v2.1/...} with {@code Authorization:
 * Bearer <apiKey>}.
 *
 * <p>It plays Kustomer's side of a conversation too: {@link #startChat} and {@link #customerWrites} add a
 * customer's chat message and send the signed {@code kustomer.message.create} webhook to the subscribed URL;
 * {@link #agentCloses} marks the conversation done and sends {@code kustomer.conversation.update}. What the bot
 * did is read back with {@link #conversation}, {@link #outboundMessages}, {@link #notes}, {@link #tags}, {@link
 * #queueId}, {@link #assignedTeams} and {@link #status}. The same is available over HTTP under {@code /sandbox}.
 */
public final class KustomerSandbox implements AutoCloseable {

  /** The events a subscription made with {@link #subscribe(String)} receives. */
  public static final Set<String> BOT_EVENTS = Set.of("kustomer.message.create", "kustomer.conversation.update");

  private static final int THREADS = 16;

  /** A conversation started, or a message written, by the simulated customer. */
  public record ChatStart(String conversationId, String messageId, List<Delivery> deliveries) {

    /** The status of the first delivery's last attempt (-1 when nothing was subscribed). */
    public int status() {
      return deliveries.isEmpty() ? -1 : deliveries.get(0).lastStatus();
    }
  }

  private final KustomerSandboxConfig config;
  private final SandboxOrg org = new SandboxOrg();
  private final RateLimiter limits;
  private final Webhooks webhooks;
  private final HttpServer server;
  private final ExecutorService executor;
  private final ScheduledExecutorService scheduler;
  private final ApiHandler handler;
  private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());
  private int injectedFaults;
  private int injectedStatus;

  private KustomerSandbox(KustomerSandboxConfig config) {
    this.config = config;
    this.limits = new RateLimiter(config);
    this.scheduler = Executors.newScheduledThreadPool(4, daemonThreads("kustomer-sandbox-webhooks-"));
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    this.webhooks = new Webhooks(config, http, scheduler, () -> {
      synchronized (org) {
        return org.newId("6650bb00");
      }
    });
    this.executor = Executors.newFixedThreadPool(THREADS, daemonThreads("kustomer-sandbox-"));
    loadData();
    this.handler = new ApiHandler(this, config, org, limits, webhooks);
    try {
      this.server = HttpServer.create(
          new InetSocketAddress(InetAddress.getByName(config.bindAddress()), config.port()), 0);
    } catch (IOException e) {
      executor.shutdownNow();
      scheduler.shutdownNow();
      throw new UncheckedIOException("Cannot bind the Kustomer sandbox to " + config.bindAddress() + ":"
          + config.port(), e);
    }
    server.createContext("/", handler);
    server.setExecutor(executor);
  }

  public static KustomerSandbox start(KustomerSandboxConfig config) {
    KustomerSandbox sandbox = new KustomerSandbox(config);
    sandbox.server.start();
    if (config.webhookUrl() != null) {
      sandbox.subscribe(config.webhookUrl());
    }
    return sandbox;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://<host>:<port>}: append {@code /v1/...}. A wildcard bind is reported as 127.0.0.1. */
  public String baseUrl() {
    InetAddress address = server.getAddress().getAddress();
    String host = address.isAnyLocalAddress() ? "127.0.0.1" : address.getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return "http://" + host + ":" + port();
  }

  public KustomerSandboxConfig config() {
    return config;
  }

  // ---- webhooks --------------------------------------------------------------------------------------------

  /**
   * Subscribes {@code url} to {@link #BOT_EVENTS} (as {@code POST /v1/outbound-webhooks} does) and returns the
   * token deliveries are signed with ({@link KustomerSandboxConfig#webhookSecret()}).
   */
  public String subscribe(String url) {
    return subscribe(url, BOT_EVENTS);
  }

  public String subscribe(String url, Set<String> events) {
    return webhooks.subscribe("policyflow", url, new LinkedHashSet<>(events), Map.of()).token;
  }

  /** The first subscription's URL, or null. */
  public String webhookUrl() {
    return webhooks.subscriptions().stream().map(s -> s.url).findFirst().orElse(null);
  }

  /** False once a subscription was disabled after repeated failures. */
  public boolean webhookEnabled(String url) {
    return webhooks.subscriptions().stream().filter(s -> s.url.equals(url)).anyMatch(s -> s.enabled);
  }

  public List<Delivery> deliveries() {
    return webhooks.deliveries();
  }

  /** Sends a delivery again now, freshly signed (Kustomer's retry of the same event). */
  public Delivery redeliver(String deliveryId) {
    return webhooks.redeliver(deliveryId);
  }

  // ---- the simulated customer and agent -----------------------------------------------------------------

  /**
   * The customer with this email (created when unknown, without orders) opens a chat in the refund bot's queue
   * ({@link KustomerDemo#REFUND_BOT_QUEUE_ID}) and writes {@code text}; the webhook is sent before this returns.
   */
  public ChatStart startChat(String email, String text) {
    return startChat(email, text, KustomerDemo.REFUND_BOT_QUEUE_ID);
  }

  /** Like {@link #startChat(String, String)}, in this queue (null: none) and with these tags (names). */
  public ChatStart startChat(String email, String text, String queueId, String... tags) {
    String conversationId;
    synchronized (org) {
      Instant now = now();
      SandboxOrg.Customer customer = org.customerByEmail(email).orElseGet(() -> newCustomer(email, now));
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

  /** The customer writes in the chat; a done conversation reopens. The webhook is sent before this returns. */
  public ChatStart customerWrites(String conversationId, String text) {
    SandboxOrg.Message m;
    boolean reopened = false;
    ObjectNode reopenedResource = null;
    synchronized (org) {
      SandboxOrg.Conversation c = org.conversations.get(conversationId);
      if (c == null) {
        throw new NoSuchElementException("No conversation " + conversationId);
      }
      Instant now = now();
      if (c.status.equals("done")) {
        c.status = "open";
        c.endedBy = null;
        reopened = true;
      }
      m = handler.addMessage(c, "in", "chat", "chat", text, false, "inbound", null, "received", now);
      if (reopened) {
        reopenedResource = Resources.conversation(c);
      }
    }
    if (reopened) {
      ObjectNode changes = Json.object();
      changes.putObject("attributes").putObject("status").put("op", "replace").put("before", "done")
          .put("after", "open");
      emitConversationUpdate(reopenedResource, changes, null);
    }
    List<Delivery> deliveries = emitMessageCreate(m, true);
    return new ChatStart(conversationId, m.id, deliveries);
  }

  /** An agent ({@link KustomerDemo#AGENT_USER_ID}) closes the conversation: status done, webhook sent. */
  public List<Delivery> agentCloses(String conversationId) {
    ObjectNode resource;
    String before;
    synchronized (org) {
      SandboxOrg.Conversation c = org.conversations.get(conversationId);
      if (c == null) {
        throw new NoSuchElementException("No conversation " + conversationId);
      }
      before = c.status;
      c.status = "done";
      c.endedBy = KustomerDemo.AGENT_USER_ID;
      if (!c.assignedUsers.contains(KustomerDemo.AGENT_USER_ID)) {
        c.assignedUsers.add(KustomerDemo.AGENT_USER_ID);
      }
      c.updatedAt = now();
      resource = Resources.conversation(c);
    }
    ObjectNode changes = Json.object();
    changes.putObject("attributes").putObject("status").put("op", "replace").put("before", before)
        .put("after", "done");
    return emitConversationUpdate(resource, changes, KustomerDemo.AGENT_USER_ID, true);
  }

  // ---- inspection ----------------------------------------------------------------------------------------

  public ConversationSnapshot conversation(String conversationId) {
    synchronized (org) {
      SandboxOrg.Conversation c = org.conversations.get(conversationId);
      if (c == null) {
        throw new NoSuchElementException("No conversation " + conversationId);
      }
      return snapshot(c);
    }
  }

  public List<ConversationSnapshot> conversations() {
    synchronized (org) {
      return org.conversations.values().stream().map(this::snapshot).toList();
    }
  }

  /**
   * The conversation as plain text, for people: status, queue, teams, tags, custom attributes, then every message
   * ({@code customer:} / {@code bot:} for automated outbound, {@code agent:} otherwise) and every note.
   */
  public String transcript(String conversationId) {
    ConversationSnapshot c = conversation(conversationId);
    Map<String, String> queues;
    Map<String, String> teams;
    synchronized (org) {
      queues = new LinkedHashMap<>(org.queues);
      teams = new LinkedHashMap<>(org.teams);
    }
    StringBuilder text = new StringBuilder();
    text.append("conversation ").append(c.id()).append(" (").append(c.status()).append(")\n");
    text.append("queue: ").append(c.queueId() == null ? "none" : queues.getOrDefault(c.queueId(), c.queueId()))
        .append('\n');
    text.append("teams: ").append(c.assignedTeams().stream().map(t -> teams.getOrDefault(t, t)).toList()).append('\n');
    text.append("tags: ").append(c.tags()).append('\n');
    text.append("custom: ").append(c.custom()).append("\n\n");
    for (MessageView m : c.messages()) {
      String who = m.direction().equals("in") ? "customer" : m.auto() ? "bot" : "agent";
      text.append(who).append(": ").append(m.text() == null ? "" : m.text().replace("\n", "\n    ")).append('\n');
    }
    for (NoteView n : c.notes()) {
      text.append("\nnote: ").append(n.body().replace("\n", "\n    ")).append('\n');
    }
    return text.toString();
  }

  /** Messages to the customer (chat outbound, message records, drafts), oldest first. */
  public List<MessageView> outboundMessages(String conversationId) {
    return conversation(conversationId).outbound();
  }

  /** The texts of {@link #outboundMessages}. */
  public List<String> outboundTexts(String conversationId) {
    return outboundMessages(conversationId).stream().map(MessageView::text).toList();
  }

  public List<NoteView> notes(String conversationId) {
    return conversation(conversationId).notes();
  }

  /** Tag names. */
  public List<String> tags(String conversationId) {
    return conversation(conversationId).tags();
  }

  /** The conversation's queue id, or null. */
  public String queueId(String conversationId) {
    return conversation(conversationId).queueId();
  }

  public List<String> assignedTeams(String conversationId) {
    return conversation(conversationId).assignedTeams();
  }

  public List<String> assignedUsers(String conversationId) {
    return conversation(conversationId).assignedUsers();
  }

  /** {@code open}, {@code snoozed} or {@code done}. */
  public String status(String conversationId) {
    return conversation(conversationId).status();
  }

  /** API calls answered so far (not the {@code /sandbox} control routes), oldest first. */
  public List<RecordedRequest> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  // ---- fault injection -----------------------------------------------------------------------------------

  /** The next {@code calls} API calls answer 429 with {@code x-ratelimit-reset} {@code resetIn} away. */
  public void throttleNext(int calls, Duration resetIn) {
    limits.throttleNext(calls, resetIn);
  }

  /** The next {@code calls} authenticated API calls answer {@code status} with a Kustomer error body. */
  public synchronized void failNext(int calls, int status) {
    injectedFaults = Math.max(0, calls);
    injectedStatus = status;
  }

  /** Back to the initial data; subscriptions, deliveries, limits and recorded requests are cleared too. */
  public void reset() {
    synchronized (org) {
      org.customers.clear();
      org.kobjects.clear();
      org.conversations.clear();
      org.tagNames.clear();
      org.queues.clear();
      org.teams.clear();
      org.users.clear();
      org.klasses.clear();
      loadData();
    }
    webhooks.clear();
    limits.reset();
    requests.clear();
    synchronized (this) {
      injectedFaults = 0;
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    scheduler.shutdownNow();
  }

  // ---- package-private hooks for the handler ----------------------------------------------------------

  void record(RecordedRequest request) {
    requests.add(request);
  }

  synchronized ApiHandler.Response takeInjectedFault() {
    if (injectedFaults <= 0) {
      return null;
    }
    injectedFaults--;
    String code = injectedStatus >= 500 ? "internal_error" : "error";
    return new ApiHandler.Response(injectedStatus,
        new ApiError(injectedStatus, code, "Injected fault (HTTP " + injectedStatus + ").", null).body());
  }

  List<Delivery> emitMessageCreate(SandboxOrg.Message m, boolean wait) {
    ObjectNode envelope;
    synchronized (org) {
      envelope = envelope("kustomer.message.create", Resources.message(m), null);
    }
    return webhooks.emit("kustomer.message.create", envelope, m.id, wait);
  }

  void emitConversationUpdate(ObjectNode resource, ObjectNode changes, String modifiedBy) {
    if (changes.isEmpty()) {
      return;
    }
    emitConversationUpdate(resource, changes, modifiedBy, false);
  }

  private List<Delivery> emitConversationUpdate(ObjectNode resource, ObjectNode changes, String modifiedBy,
      boolean wait) {
    if (modifiedBy != null) {
      ((ObjectNode) resource.get("relationships")).set("modifiedBy",
          Resources.relationship("user", modifiedBy, null));
    }
    ObjectNode envelope = envelope("kustomer.conversation.update", resource, changes);
    return webhooks.emit("kustomer.conversation.update", envelope, resource.get("id").asText(), wait);
  }

  // ---- internals -------------------------------------------------------------------------------------------

  private ObjectNode envelope(String name, ObjectNode data, ObjectNode changes) {
    ObjectNode e = Json.object();
    e.put("id", "");
    e.put("name", name);
    e.put("org", SandboxOrg.ORG_ID);
    e.put("orgName", SandboxOrg.ORG_NAME);
    e.put("partition", SandboxOrg.ORG_ID);
    e.put("createdAt", Json.date(now()));
    e.set("data", data);
    if (changes != null) {
      e.set("changes", changes);
    }
    return e;
  }

  private ConversationSnapshot snapshot(SandboxOrg.Conversation c) {
    List<MessageView> messages = c.messages.stream()
        .map(m -> new MessageView(m.id, c.id, m.direction, m.via, m.channel, m.preview, m.auto, m.createdBy,
            m.createdAt))
        .toList();
    List<NoteView> notes = c.notes.stream().map(n -> new NoteView(n.id, c.id, n.body, n.createdAt)).toList();
    List<String> tags = c.tagIds.stream().map(id -> org.tagNames.getOrDefault(id, id)).toList();
    @SuppressWarnings("unchecked")
    Map<String, Object> custom = Json.MAPPER.convertValue(c.custom, LinkedHashMap.class);
    return new ConversationSnapshot(c.id, c.customerId, c.name, c.status, c.priority, List.copyOf(c.channels),
        c.queueId, List.copyOf(c.assignedTeams), List.copyOf(c.assignedUsers), tags, custom, messages, notes,
        c.createdAt, c.updatedAt);
  }

  private SandboxOrg.Customer newCustomer(String email, Instant now) {
    SandboxOrg.Customer c = new SandboxOrg.Customer();
    c.id = org.newId("6630aa00");
    String local = email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
    c.name = local;
    c.firstName = local;
    c.emails.add(email.strip().toLowerCase(java.util.Locale.ROOT));
    c.createdAt = now;
    c.updatedAt = now;
    org.customers.put(c.id, c);
    return c;
  }

  private void loadData() {
    synchronized (org) {
      if (config.demoData()) {
        DemoOrg.load(org, config.clock().instant(), config.orderKlass());
      } else {
        org.klasses.put(config.orderKlass(), "66300000000000000000abcd");
        org.users.put(KustomerDemo.BOT_USER_ID, "Refund Bot");
        org.users.put(KustomerDemo.AGENT_USER_ID, "Alex Agent");
      }
    }
  }

  private Instant now() {
    return config.clock().instant();
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger counter = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
