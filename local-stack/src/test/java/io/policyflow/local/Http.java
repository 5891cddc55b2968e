package io.policyflow.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A chat backend's view of the API: JSON over HTTP with the bearer token. */
final class Http {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final String token;

  Http(int port, String token) {
    this.base = "http://127.0.0.1:" + port;
    this.token = token;
  }

  record Response(int status, JsonNode body, HttpResponse<String> raw) {}

  Response post(String path, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Response get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  /** GET, retried while the API answers 503 (as its Retry-After asks), for at most 30 s. */
  Response getWhenAvailable(String path) {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    Response response = get(path);
    while (response.status() == 503 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      response = get(path);
    }
    return response;
  }

  /**
   * Sends a customer turn, again with the same message id while the API answers 503, for at most 30
   * s.
   */
  String sayWhenAvailable(String conversationId, String messageId, String text) {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    while (true) {
      try {
        return say(conversationId, messageId, text);
      } catch (AssertionError unavailable) {
        if (!unavailable.getMessage().startsWith("turn failed: 503")
            || System.nanoTime() > deadline) {
          throw unavailable;
        }
      }
    }
  }

  /** Sends a customer turn and returns the texts of the bot's replies, joined. */
  String say(String conversationId, String messageId, String text) {
    Response response =
        post(
            "/v1/refunds/" + conversationId + "/messages",
            "{\"messageId\":\"" + messageId + "\",\"text\":" + quote(text) + "}");
    if (response.status() != 200) {
      throw new AssertionError("turn failed: " + response.status() + " " + response.raw().body());
    }
    StringBuilder replies = new StringBuilder();
    response
        .body()
        .get("replies")
        .forEach(reply -> replies.append(reply.get("text").asText()).append('\n'));
    return replies.toString();
  }

  static String quote(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          client.send(
              request
                  .header("Authorization", "Bearer " + token)
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode body = response.body().isEmpty() ? null : JSON.readTree(response.body());
      return new Response(response.statusCode(), body, response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
