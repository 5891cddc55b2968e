package io.policyflow.api.kustomer;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Kustomer's {@code GET /v1/conversations/{id}}, as far as routing needs it: programmable answers
 * per id.
 */
final class KustomerStubServer implements AutoCloseable {

  static final String KEY = "kustomer-routing-key";

  record Answer(int status, String body, Map<String, String> headers) {}

  final Map<String, Answer> conversations = new ConcurrentHashMap<>();
  final List<String> requests = new CopyOnWriteArrayList<>();
  private final HttpServer server;

  KustomerStubServer() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/v1/conversations/",
        exchange -> {
          String id = exchange.getRequestURI().getPath().substring("/v1/conversations/".length());
          requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
          Answer answer;
          if (!("Bearer " + KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer =
                new Answer(
                    401,
                    "{\"errors\":[{\"code\":\"unauthorized\",\"message\":\"Unauthorized\"}]}",
                    Map.of());
          } else {
            answer =
                conversations.getOrDefault(
                    id,
                    new Answer(
                        404,
                        "{\"errors\":[{\"status\":\"404\",\"code\":\"not_found\",\"title\":\"Not Found\"}]}",
                        Map.of()));
          }
          byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
          answer.headers().forEach(exchange.getResponseHeaders()::set);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(answer.status(), body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** A chat conversation in this queue with these tag ids, as Kustomer answers it. */
  void conversation(String id, String queueId, String... tagIds) {
    StringBuilder tags = new StringBuilder();
    for (String tag : tagIds) {
      tags.append(tags.isEmpty() ? "" : ",").append('"').append(tag).append('"');
    }
    conversations.put(
        id,
        new Answer(
            200,
            """
        {"data": {"type": "conversation", "id": "%s",
          "attributes": {"name": "Refund please", "status": "open", "channels": ["chat"], "tags": [%s],
                         "assignedUsers": [], "assignedTeams": [], "custom": {},
                         "createdAt": "2024-05-03T08:40:11.900Z", "updatedAt": "2024-05-03T08:40:12.001Z"},
          "relationships": {"customer": {"data": {"type": "customer", "id": "6630aa11bb22cc33dd44ee55"}},
                            "queue": {"data": {"type": "queue", "id": "%s"}}},
          "links": {"self": "/v1/conversations/%s"}}}
        """
                .formatted(id, tags, queueId, id),
            Map.of()));
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
