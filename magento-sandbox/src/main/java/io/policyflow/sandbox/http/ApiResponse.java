package io.policyflow.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.policyflow.sandbox.error.ApiException;
import io.policyflow.sandbox.json.MagentoJson;
import java.util.Map;

/**
 * A JSON response: status and a body already in Magento's output shape, extra headers (e.g. {@code
 * Retry-After} from an injected fault), and {@code dropConnection}: the HTTP layer then closes the
 * connection without answering (an injected "response lost after commit").
 */
public record ApiResponse(
    int status, JsonNode body, Map<String, String> headers, boolean dropConnection) {

  public static final String CONTENT_TYPE = "application/json; charset=utf-8";

  public ApiResponse {
    headers = headers == null ? Map.of() : Map.copyOf(headers);
  }

  public ApiResponse(int status, JsonNode body) {
    this(status, body, Map.of(), false);
  }

  public static ApiResponse ok(JsonNode body) {
    return new ApiResponse(200, MagentoJson.render(body));
  }

  public static ApiResponse error(ApiException error) {
    return new ApiResponse(error.status(), error.body());
  }

  /** The same response, never sent: the connection is closed instead. */
  public ApiResponse dropped() {
    return new ApiResponse(status, body, headers, true);
  }

  public byte[] bytes() {
    return MagentoJson.write(body);
  }
}
