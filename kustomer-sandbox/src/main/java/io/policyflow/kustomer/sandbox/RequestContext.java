package io.policyflow.kustomer.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a route handler gets: the request, its path parameters, "now", the strictly parsed body and
 * the response headers being collected (a handler throttled by a per-customer limit adds its own).
 */
final class RequestContext {

  private final ApiRequest request;
  private final Map<String, String> pathParams;
  private final Instant now;
  private final Map<String, String> responseHeaders;

  RequestContext(
      ApiRequest request,
      Map<String, String> pathParams,
      Instant now,
      Map<String, String> responseHeaders) {
    this.request = request;
    this.pathParams = Map.copyOf(pathParams);
    this.now = now;
    this.responseHeaders = responseHeaders;
  }

  ApiRequest request() {
    return request;
  }

  Instant now() {
    return now;
  }

  Map<String, String> responseHeaders() {
    return responseHeaders;
  }

  String pathParam(String name) {
    return pathParams.get(name);
  }

  /**
   * An integer query parameter in {@code min..max}; {@code fallback} when absent; 400 otherwise.
   */
  int intQuery(String name, int fallback, int min, int max) {
    String v = request.query().get(name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw ApiError.badRequest(
            "Invalid request body or parameters: " + name + " must be " + min + ".." + max + ".");
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiError.badRequest(
          "Invalid request body or parameters: " + name + " must be an integer.");
    }
  }

  /**
   * The body as JSON: required (400), {@code Content-Type: application/json} (415), well-formed
   * (400).
   */
  JsonNode json() {
    if (request.body().length == 0) {
      throw ApiError.badRequest("Invalid request body or parameters: a JSON body is required.");
    }
    String type = request.header("Content-Type");
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new ApiError(
          415, "unsupported_media_type", "Content-Type must be application/json.", null);
    }
    return Json.parse(request.body());
  }

  /** The body as a JSON object with no attribute outside {@code allowed} (400). */
  ObjectNode object(Set<String> allowed) {
    JsonNode node = json();
    if (!node.isObject()) {
      throw ApiError.badRequest(
          "Invalid request body or parameters: the body must be a JSON object.");
    }
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      String name = property.getKey();
      if (!allowed.contains(name)) {
        throw ApiError.invalidField(
            name, "Invalid request body or parameters: unknown attribute '" + name + "'.");
      }
    }
    return (ObjectNode) node;
  }
}
