package io.policyflow.kustomer.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An error answer. Kustomer uses two shapes and asks clients to parse both: the primary {@code
 * {"errors": [{"code", "message", "meta"}]}} and JSON:API error objects {@code {"errors":
 * [{"status", "code", "title", "detail", "source"}]}}; {@link #jsonApi} picks the second (used on
 * conversation routes, as the spec's conversation endpoints do).
 */
final class ApiError extends RuntimeException {

  final int status;
  final String code;
  final String pointer;
  boolean jsonApi;

  ApiError(int status, String code, String message, String pointer) {
    super(message);
    this.status = status;
    this.code = code;
    this.pointer = pointer;
  }

  static ApiError badRequest(String message) {
    return new ApiError(400, "bad_request", message, null);
  }

  static ApiError invalidField(String field, String message) {
    return new ApiError(400, "bad_request", message, "/" + field.replace('.', '/'));
  }

  static ApiError notFound(String message) {
    return new ApiError(404, "not_found", message, null);
  }

  static ApiError unauthorized(String message) {
    return new ApiError(401, "unauthorized", message, null);
  }

  static ApiError forbidden(String message) {
    return new ApiError(403, "forbidden", message, null);
  }

  ApiError asJsonApi() {
    this.jsonApi = true;
    return this;
  }

  ObjectNode body() {
    ObjectNode root = Json.object();
    ObjectNode error = root.putArray("errors").addObject();
    if (jsonApi) {
      error.put("status", Integer.toString(status));
      error.put("code", code);
      error.put("title", title());
      error.put("detail", getMessage());
      if (pointer != null) {
        error.putObject("source").put("pointer", pointer);
      }
    } else {
      error.put("code", code);
      error.put("message", getMessage());
      ObjectNode meta = error.putObject("meta");
      if (pointer != null) {
        meta.put("pointer", pointer);
      }
    }
    return root;
  }

  private String title() {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 413 -> "Payload Too Large";
      case 415 -> "Unsupported Media Type";
      case 429 -> "Too Many Requests";
      default -> "Error";
    };
  }
}
