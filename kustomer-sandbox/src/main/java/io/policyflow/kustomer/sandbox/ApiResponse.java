package io.policyflow.kustomer.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer: a JSON body (none when null), or plain text when {@code text} is set, and the extra
 * headers sent with it ({@code x-ratelimit-*}, {@code Retry-After}).
 */
record ApiResponse(int status, JsonNode body, String text, Map<String, String> headers) {

  ApiResponse {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  static ApiResponse json(int status, JsonNode body) {
    return new ApiResponse(status, body, null, Map.of());
  }

  static ApiResponse text(int status, String text) {
    return new ApiResponse(status, null, text, Map.of());
  }

  static ApiResponse error(ApiError error) {
    return json(error.status, error.body());
  }

  /** The same answer with these extra headers. */
  ApiResponse withHeaders(Map<String, String> extra) {
    return new ApiResponse(status, body, text, extra);
  }

  String contentType() {
    return text != null ? "text/plain; charset=utf-8" : "application/json; charset=utf-8";
  }

  byte[] bytes() {
    if (text != null) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    return body == null ? new byte[0] : Json.bytes(body);
  }
}
