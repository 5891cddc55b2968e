package io.policyflow.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A chat backend's view of the API: JSON over HTTP/1.1 with the bearer token, to 127.0.0.1 only.
 * One client (one connection pool) is shared by all simulated customers; each call blocks its
 * customer's thread.
 */
final class Api {

  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String base;
  private final String token;

  Api(int port, String token) {
    this.base = "http://127.0.0.1:" + port;
    this.token = token;
  }

  /**
   * {@code nanos}: from sending the request to having the whole response body (JSON parsing not
   * included).
   */
  record Response(int status, JsonNode body, String raw, long nanos) {}

  Response post(String path, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Response get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  Response open(String conversationId) {
    return post(
        "/v1/refunds",
        "{\"conversationId\":\"" + conversationId + "\",\"context\":{\"customerName\":\"Bench\"}}");
  }

  Response say(String conversationId, String messageId, String text) {
    return post("/v1/refunds/" + conversationId + "/messages", turn(messageId, text));
  }

  static String turn(String messageId, String text) {
    try {
      return "{\"messageId\":\"" + messageId + "\",\"text\":" + JSON.writeValueAsString(text) + "}";
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private Response send(HttpRequest.Builder request) {
    HttpRequest built =
        request.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).build();
    long start = System.nanoTime();
    try {
      HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString());
      long nanos = System.nanoTime() - start;
      String raw = response.body();
      JsonNode body = null;
      if (raw != null && !raw.isEmpty()) {
        try {
          body = JSON.readTree(raw);
        } catch (IOException notJson) {
          body = null;
        }
      }
      return new Response(response.statusCode(), body, raw, nanos);
    } catch (IOException e) {
      return new Response(-1, null, e.toString(), System.nanoTime() - start);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Response(-1, null, "interrupted", System.nanoTime() - start);
    }
  }
}
