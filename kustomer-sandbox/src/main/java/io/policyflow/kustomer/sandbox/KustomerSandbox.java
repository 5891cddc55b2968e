package io.policyflow.kustomer.sandbox;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * A running Kustomer simulator. Start with {@link #start(KustomerSandboxConfig)}; clients use
 * {@link #baseUrl()} ({@code http://127.0.0.1:<port>}) and append {@code /v1/...} or {@code
 * /v2.1/...} with {@code Authorization: Bearer <apiKey>}.
 *
 * <p>It plays Kustomer's side of a conversation too: {@link #startChat} and {@link #customerWrites}
 * add a customer's chat message and send the signed {@code kustomer.message.create} webhook to the
 * subscribed URL; {@link #agentCloses} marks the conversation done and sends {@code
 * kustomer.conversation.update}. What the bot did is read back with {@link #conversation}, {@link
 * #outboundMessages}, {@link #notes}, {@link #tags}, {@link #queueId}, {@link #assignedTeams} and
 * {@link #status}. The same is available over HTTP under {@code /sandbox}.
 */
public final class KustomerSandbox implements AutoCloseable {

  /** The events a subscription made with {@link #subscribe(String)} receives. */
  public static final Set<String> BOT_EVENTS =
      Set.of("kustomer.message.create", "kustomer.conversation.update");

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
  private final InjectedFaults faults = new InjectedFaults();
  private final SandboxServer server;
  private final ScheduledExecutorService scheduler;
  private final Webhooks webhooks;
  private final ChatSimulation chats;
  private final Snapshots snapshots;
  private final SandboxHttpHandler handler;
  private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());

  private KustomerSandbox(KustomerSandboxConfig config) {
    this.config = config;
    this.limits = new RateLimiter(config);
    this.server = SandboxServer.bind(config);
    this.scheduler =
        Executors.newScheduledThreadPool(
            4, SandboxServer.daemonThreads("kustomer-sandbox-webhooks-"));
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    this.webhooks =
        new Webhooks(
            config,
            http,
            scheduler,
            () -> {
              synchronized (org) {
                return org.newId("6650bb00");
              }
            });
    Events events = new Events(org, webhooks, config.clock());
    this.chats = new ChatSimulation(org, events, config.clock());
    this.snapshots = new Snapshots(org);
    DemoOrg.seed(org, config);
    ApiServices services = new ApiServices(config, org, limits, webhooks, events);
    RequestDispatcher dispatcher =
        new RequestDispatcher(
            config, KustomerApi.router(services), KustomerApi.controlRouter(this), limits, faults);
    this.handler = new SandboxHttpHandler(dispatcher, config.clock(), requests::add);
  }

  public static KustomerSandbox start(KustomerSandboxConfig config) {
    KustomerSandbox sandbox = new KustomerSandbox(config);
    sandbox.server.start(sandbox.handler);
    if (config.webhookUrl() != null) {
      sandbox.subscribe(config.webhookUrl());
    }
    return sandbox;
  }

  public int port() {
    return server.port();
  }

  /**
   * {@code http://<host>:<port>}: append {@code /v1/...}. A wildcard bind is reported as 127.0.0.1.
   */
  public String baseUrl() {
    return server.baseUrl();
  }

  public KustomerSandboxConfig config() {
    return config;
  }

  // ---- webhooks
  // --------------------------------------------------------------------------------------------

  /**
   * Subscribes {@code url} to {@link #BOT_EVENTS} (as {@code POST /v1/outbound-webhooks} does) and
   * returns the token deliveries are signed with ({@link KustomerSandboxConfig#webhookSecret()}).
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
    return webhooks.subscriptions().stream()
        .filter(s -> s.url.equals(url))
        .anyMatch(s -> s.enabled);
  }

  public List<Delivery> deliveries() {
    return webhooks.deliveries();
  }

  /** Sends a delivery again now, freshly signed (Kustomer's retry of the same event). */
  public Delivery redeliver(String deliveryId) {
    return webhooks.redeliver(deliveryId);
  }

  // ---- the simulated customer and agent
  // -----------------------------------------------------------------

  /**
   * The customer with this email (created when unknown, without orders) opens a chat in the refund
   * bot's queue ({@link KustomerDemo#REFUND_BOT_QUEUE_ID}) and writes {@code text}; the webhook is
   * sent before this returns.
   */
  public ChatStart startChat(String email, String text) {
    return startChat(email, text, KustomerDemo.REFUND_BOT_QUEUE_ID);
  }

  /**
   * Like {@link #startChat(String, String)}, in this queue (null: none) and with these tags
   * (names).
   */
  public ChatStart startChat(String email, String text, String queueId, String... tags) {
    return chats.startChat(email, text, queueId, tags);
  }

  /**
   * The customer writes in the chat; a done conversation reopens. The webhook is sent before this
   * returns.
   */
  public ChatStart customerWrites(String conversationId, String text) {
    return chats.customerWrites(conversationId, text);
  }

  /**
   * An agent ({@link KustomerDemo#AGENT_USER_ID}) closes the conversation: status done, webhook
   * sent.
   */
  public List<Delivery> agentCloses(String conversationId) {
    return chats.agentCloses(conversationId);
  }

  // ---- inspection
  // ----------------------------------------------------------------------------------------

  public ConversationSnapshot conversation(String conversationId) {
    return snapshots.conversation(conversationId);
  }

  public List<ConversationSnapshot> conversations() {
    return snapshots.conversations();
  }

  /**
   * The conversation as plain text, for people: status, queue, teams, tags, custom attributes, then
   * every message ({@code customer:} / {@code bot:} for automated outbound, {@code agent:}
   * otherwise) and every note.
   */
  public String transcript(String conversationId) {
    return snapshots.transcript(conversationId);
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

  // ---- fault injection
  // -----------------------------------------------------------------------------------

  /**
   * The next {@code calls} API calls answer 429 with {@code x-ratelimit-reset} {@code resetIn}
   * away.
   */
  public void throttleNext(int calls, Duration resetIn) {
    limits.throttleNext(calls, resetIn);
  }

  /**
   * The next {@code calls} authenticated API calls answer {@code status} with a Kustomer error
   * body.
   */
  public void failNext(int calls, int status) {
    faults.failNext(calls, status);
  }

  /**
   * Back to the initial data; subscriptions, deliveries, limits and recorded requests are cleared
   * too.
   */
  public void reset() {
    synchronized (org) {
      org.clear();
      DemoOrg.seed(org, config);
    }
    webhooks.clear();
    limits.reset();
    requests.clear();
    faults.reset();
  }

  @Override
  public void close() {
    server.stop();
    scheduler.shutdownNow();
  }
}
