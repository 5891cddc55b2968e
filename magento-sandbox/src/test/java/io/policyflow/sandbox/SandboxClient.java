package io.policyflow.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A tiny HTTP client for tests: what a Feign client would see, status, raw body and parsed JSON.
 */
final class SandboxClient {

  static final String TOKEN = "sandbox-token";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final MagentoSandbox sandbox;
  private final String token;

  SandboxClient(MagentoSandbox sandbox) {
    this(sandbox, TOKEN);
  }

  SandboxClient(MagentoSandbox sandbox, String token) {
    this.sandbox = sandbox;
    this.token = token;
  }

  SandboxClient withToken(String otherToken) {
    return new SandboxClient(sandbox, otherToken);
  }

  /** {@code pathAndQuery} is appended to the base URL, e.g. {@code /V1/orders/11}. */
  Response get(String pathAndQuery) {
    return send(request(sandbox.baseUrl() + pathAndQuery).GET().build());
  }

  Response getAbsolute(String url) {
    return send(request(url).GET().build());
  }

  Response post(String pathAndQuery, String json) {
    return send(
        request(sandbox.baseUrl() + pathAndQuery)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  Response postWithoutContentType(String pathAndQuery, String body) {
    return send(
        request(sandbox.baseUrl() + pathAndQuery)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  Response method(String method, String pathAndQuery) {
    return send(
        request(sandbox.baseUrl() + pathAndQuery)
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build());
  }

  /**
   * A GET over a plain socket, so the request line can carry characters java.net.URI refuses (raw
   * brackets).
   */
  Response rawGet(String pathAndQuery) {
    String path = URI.create(sandbox.baseUrl()).getPath() + pathAndQuery;
    try (Socket socket = new Socket("127.0.0.1", sandbox.port())) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      String head =
          "GET "
              + path
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
              + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
              + "\r\n";
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int status = Integer.parseInt(all.substring(9, 12));
      String body = all.substring(all.indexOf("\r\n\r\n") + 4);
      return new Response(status, null, body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder request(String url) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private static Response send(HttpRequest request) {
    try {
      HttpResponse<String> response =
          HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(null),
          response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  record Response(int status, String contentType, String body) {

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("Not JSON: " + body, e);
      }
    }

    String message() {
      return json().path("message").asText();
    }
  }
}
