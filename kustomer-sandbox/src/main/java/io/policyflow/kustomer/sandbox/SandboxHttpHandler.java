package io.policyflow.kustomer.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Adapts the JDK HTTP server to {@link RequestDispatcher#dispatch}: reads the body (over 400 KB is
 * 413), writes the answer, and records every call outside {@code /sandbox}.
 */
final class SandboxHttpHandler implements HttpHandler {

  private static final int MAX_BODY_BYTES = 400 * 1024;

  private final RequestDispatcher dispatcher;
  private final Clock clock;
  private final Consumer<RecordedRequest> recorder;

  SandboxHttpHandler(
      RequestDispatcher dispatcher, Clock clock, Consumer<RecordedRequest> recorder) {
    this.dispatcher = dispatcher;
    this.clock = clock;
    this.recorder = recorder;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Instant now = clock.instant();
      String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
      String rawPath = exchange.getRequestURI().getRawPath();
      byte[] body = null;
      ApiResponse response;
      try {
        body = read(exchange.getRequestBody());
        ApiRequest request =
            ApiRequest.of(
                method,
                rawPath,
                exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders(),
                body);
        response = dispatcher.dispatch(request, now);
      } catch (ApiError tooLarge) {
        response = ApiResponse.error(tooLarge);
      }
      if (!rawPath.startsWith("/sandbox")) {
        String recorded = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        recorder.accept(new RecordedRequest(method, rawPath, response.status(), recorded, now));
      }
      byte[] bytes = response.bytes();
      response.headers().forEach(exchange.getResponseHeaders()::set);
      exchange.getResponseHeaders().set("Content-Type", response.contentType());
      exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }

  private static byte[] read(InputStream in) throws IOException {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int n;
      while ((n = in.read(buffer)) > 0) {
        out.write(buffer, 0, n);
        if (out.size() > MAX_BODY_BYTES) {
          throw new ApiError(
              413, "payload_too_large", "The request body is larger than 400 KB.", null);
        }
      }
      return out.toByteArray();
    }
  }
}
