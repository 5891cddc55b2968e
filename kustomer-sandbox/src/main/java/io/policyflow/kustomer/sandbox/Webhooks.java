package io.policyflow.kustomer.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Outbound webhooks, as Kustomer sends them: subscriptions to event names, each delivery a signed
 * JSON POST, retried with a growing delay on anything but 2xx, and the subscription disabled after
 * repeated failed events.
 */
final class Webhooks {

  private static final Logger log = Logger.getLogger(Webhooks.class.getName());
  private static final Duration MAX_RETRY_DELAY = Duration.ofMinutes(10);

  /** One subscription ({@code POST /v1/outbound-webhooks}). */
  static final class Subscription {
    final String id;
    final String name;
    final String url;
    final Set<String> events;
    final Map<String, String> headers;
    final String token;
    boolean enabled = true;
    int failedEvents;

    Subscription(
        String id,
        String name,
        String url,
        Set<String> events,
        Map<String, String> headers,
        String token) {
      this.id = id;
      this.name = name;
      this.url = url;
      this.events = Set.copyOf(events);
      this.headers = new LinkedHashMap<>(headers);
      this.token = token;
    }
  }

  private static final class State {
    final String id;
    final String event;
    final Subscription subscription;
    final byte[] body;
    final String subjectId;
    int attempts;
    int lastStatus = -1;
    boolean delivered;

    State(String id, String event, Subscription subscription, byte[] body, String subjectId) {
      this.id = id;
      this.event = event;
      this.subscription = subscription;
      this.body = body;
      this.subjectId = subjectId;
    }

    synchronized Delivery view() {
      return new Delivery(
          id,
          event,
          subscription.url,
          attempts,
          lastStatus,
          delivered,
          new String(body, StandardCharsets.UTF_8),
          subjectId);
    }
  }

  private final KustomerSandboxConfig config;
  private final HttpClient http;
  private final ScheduledExecutorService scheduler;
  private final Supplier<String> ids;
  private final List<Subscription> subscriptions = new ArrayList<>();
  private final Map<String, State> deliveries = new LinkedHashMap<>();

  Webhooks(
      KustomerSandboxConfig config,
      HttpClient http,
      ScheduledExecutorService scheduler,
      Supplier<String> ids) {
    this.config = config;
    this.http = http;
    this.scheduler = scheduler;
    this.ids = ids;
  }

  synchronized Subscription subscribe(
      String name, String url, Set<String> events, Map<String, String> headers) {
    Subscription s =
        new Subscription(ids.get(), name, url, events, headers, config.webhookSecret());
    subscriptions.add(s);
    return s;
  }

  synchronized List<Subscription> subscriptions() {
    return List.copyOf(subscriptions);
  }

  synchronized void clear() {
    subscriptions.clear();
    deliveries.clear();
  }

  /**
   * Sends the event to every enabled subscription that wants it. With {@code wait}, the first
   * attempt is made before returning (retries still happen later); otherwise everything happens on
   * the scheduler.
   */
  List<Delivery> emit(String event, ObjectNode envelope, String subjectId, boolean wait) {
    List<State> created = new ArrayList<>();
    synchronized (this) {
      for (Subscription s : subscriptions) {
        if (!s.enabled || !s.events.contains(event)) {
          continue;
        }
        String id = ids.get();
        ObjectNode copy = envelope.deepCopy();
        copy.put("id", id);
        State state = new State(id, event, s, Json.bytes(copy), subjectId);
        deliveries.put(id, state);
        created.add(state);
      }
    }
    for (State state : created) {
      if (wait) {
        attempt(state);
      } else {
        scheduler.execute(() -> attempt(state));
      }
    }
    return created.stream().map(State::view).toList();
  }

  /**
   * Sends a delivery again now (a new attempt of the same event, freshly signed), as Kustomer's
   * retries do.
   */
  Delivery redeliver(String deliveryId) {
    State state;
    synchronized (this) {
      state = deliveries.get(deliveryId);
    }
    if (state == null) {
      throw ApiError.notFound("No delivery " + deliveryId);
    }
    attempt(state);
    return state.view();
  }

  synchronized List<Delivery> deliveries() {
    return deliveries.values().stream().map(State::view).toList();
  }

  private void attempt(State state) {
    Subscription s = state.subscription;
    long timestamp = config.clock().instant().getEpochSecond();
    Long signedTimestamp = config.timestampHeader() == null ? null : timestamp;
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(s.url))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .header("User-Agent", "Kustomer-Webhooks/sandbox")
            .header(
                config.signatureHeader(),
                WebhookSignature.sign(
                    state.body, s.token, signedTimestamp, config.signatureEncoding()))
            .POST(HttpRequest.BodyPublishers.ofByteArray(state.body));
    if (signedTimestamp != null) {
      request.header(config.timestampHeader(), Long.toString(signedTimestamp));
    }
    s.headers.forEach(request::header);
    int status;
    try {
      status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      status = 0;
      log.log(Level.FINE, "webhook delivery " + state.id + " to " + s.url + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    boolean ok = status >= 200 && status < 300;
    int attempts;
    synchronized (state) {
      state.attempts++;
      state.lastStatus = status;
      state.delivered |= ok;
      attempts = state.attempts;
    }
    synchronized (this) {
      if (ok) {
        s.failedEvents = 0;
        return;
      }
      if (attempts >= config.webhookMaxAttempts()) {
        s.failedEvents++;
        if (s.failedEvents >= config.webhookDisableAfterFailures() && s.enabled) {
          s.enabled = false;
          log.warning(
              "webhook "
                  + s.id
                  + " ("
                  + s.url
                  + ") disabled after "
                  + s.failedEvents
                  + " failed events");
        }
        return;
      }
    }
    Duration delay = config.webhookRetryDelay().multipliedBy(1L << Math.min(20, attempts - 1));
    if (delay.compareTo(MAX_RETRY_DELAY) > 0) {
      delay = MAX_RETRY_DELAY;
    }
    try {
      scheduler.schedule(
          () -> {
            boolean stillEnabled;
            synchronized (this) {
              stillEnabled = s.enabled;
            }
            if (stillEnabled) {
              attempt(state);
            }
          },
          delay.toMillis(),
          TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.RejectedExecutionException closed) {
      // the sandbox is closing
    }
  }
}
