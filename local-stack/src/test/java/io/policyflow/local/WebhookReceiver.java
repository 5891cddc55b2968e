package io.policyflow.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A chat backend's webhook endpoint: keeps each delivery whose signature is valid, counts the
 * others.
 */
final class WebhookReceiver implements AutoCloseable {

  private final HttpServer server;
  private final String secret;
  final List<JsonNode> events = Collections.synchronizedList(new ArrayList<>());
  final List<String> badSignatures = Collections.synchronizedList(new ArrayList<>());

  WebhookReceiver(String secret) {
    this.secret = secret;
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/chat-webhook",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          String signature = exchange.getRequestHeaders().getFirst("X-Policyflow-Signature");
          if (("sha256=" + hmac(body)).equals(signature)) {
            events.add(new ObjectMapper().readTree(body));
            exchange.sendResponseHeaders(204, -1);
          } else {
            badSignatures.add(String.valueOf(signature));
            exchange.sendResponseHeaders(401, -1);
          }
          exchange.close();
        });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/chat-webhook";
  }

  List<String> messageTexts() {
    synchronized (events) {
      return events.stream()
          .filter(e -> e.path("type").asText().equals("message"))
          .map(e -> e.path("message").path("text").asText())
          .toList();
    }
  }

  List<JsonNode> handoffs() {
    synchronized (events) {
      return events.stream().filter(e -> e.path("type").asText().equals("handoff")).toList();
    }
  }

  private String hmac(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec(
              secret.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
