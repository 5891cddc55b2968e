package io.policyflow.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Adapts the JDK HTTP server to {@link RequestDispatcher#dispatch(ApiRequest)}. */
public final class SandboxHttpHandler implements HttpHandler {

  private final RequestDispatcher dispatcher;

  public SandboxHttpHandler(RequestDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      ApiRequest request =
          new ApiRequest(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getRawPath(),
              exchange.getRequestURI().getRawQuery(),
              exchange.getRequestHeaders(),
              body);
      ApiResponse response = dispatcher.dispatch(request);
      if (response.dropConnection()) {
        // Closing an exchange whose response headers were never sent closes the TCP connection:
        // the client sees the connection end without a status line (an IOException), not a
        // response.
        return;
      }
      byte[] bytes = response.bytes();
      exchange.getResponseHeaders().set("Content-Type", ApiResponse.CONTENT_TYPE);
      response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
      boolean head = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
      exchange.sendResponseHeaders(response.status(), head ? -1 : bytes.length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }
}
