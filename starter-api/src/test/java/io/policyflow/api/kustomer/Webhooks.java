package io.policyflow.api.kustomer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kustomer's side of the webhook: event bodies shaped like Kustomer's deliveries, signed or not.
 */
final class Webhooks {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final String SIGNATURE = "X-Kustomer-Webhook-Signature";
  static final String TIMESTAMP = "X-Kustomer-Webhook-Timestamp";

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String base;
  private final String secret;

  Webhooks(int port, String secret) {
    this.base = "http://127.0.0.1:" + port;
    this.secret = secret;
  }

  record Response(int status, String body, HttpResponse<String> raw) {
    JsonNode json() {
      return JSON.readTree(body);
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  /** A 24-hex id, as Kustomer's. */
  static String newId() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 24);
  }

  static String messageCreate(
      String conversationId, String messageId, String direction, String text) {
    return """
        {"id": "%s", "name": "kustomer.message.create", "org": "5f00000000000000000000aa", "orgName": "acme",
         "partition": "5f00000000000000000000aa", "createdAt": "2024-05-03T08:40:12.331Z",
         "data": {"type": "message", "id": "%s",
           "attributes": {"channel": "chat", "app": "chat", "direction": "%s", "preview": %s, "status": "received",
                          "lang": "en_us", "sentAt": "2024-05-03T08:40:11.900Z", "createdAt": "2024-05-03T08:40:12.001Z"},
           "relationships": {
             "conversation": {"data": {"type": "conversation", "id": "%s"}},
             "customer": {"data": {"type": "customer", "id": "6630aa11bb22cc33dd44ee55"}}}}}
        """
        .formatted(newId(), messageId, direction, JSON.writeValueAsString(text), conversationId);
  }

  static String conversationUpdate(String conversationId, String before, String after) {
    return """
        {"id": "%s", "name": "kustomer.conversation.update", "org": "5f00000000000000000000aa", "orgName": "acme",
         "createdAt": "2024-05-03T09:10:00.000Z",
         "data": {"type": "conversation", "id": "%s",
           "attributes": {"name": "Refund please", "status": "%s", "channels": ["chat"], "tags": [],
                          "endedBy": "6600b0b0b0b0b0b0b0b0b002", "updatedAt": "2024-05-03T09:10:00.000Z"},
           "relationships": {"customer": {"data": {"type": "customer", "id": "6630aa11bb22cc33dd44ee55"}},
                             "modifiedBy": {"data": {"type": "user", "id": "6600b0b0b0b0b0b0b0b0b002"}}}},
         "changes": {"attributes": {"status": {"op": "replace", "before": "%s", "after": "%s"}}}}
        """
        .formatted(newId(), conversationId, after, before, after);
  }

  /** Signed now, over {@code <timestamp>.<body>}. */
  Response deliver(String body) {
    return deliver(body, Instant.now());
  }

  Response deliver(String body, Instant at) {
    String timestamp = Long.toString(at.getEpochSecond());
    return send(body, sign(timestamp + "." + body), timestamp);
  }

  Response send(String body, String signature, String timestamp) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "/v1/webhooks/kustomer"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (signature != null) {
      request.header(SIGNATURE, signature);
    }
    if (timestamp != null) {
      request.header(TIMESTAMP, timestamp);
    }
    return send(request);
  }

  Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
  }

  String sign(String signed) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
