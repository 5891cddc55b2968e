package io.policyflow.sandbox.error;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.sandbox.json.MagentoJson;
import java.util.List;

/**
 * A Magento web API error: HTTP status, unsubstituted message template and its parameters (a JSON
 * object for named placeholders, an array for positional ones), plus nested errors for aggregated
 * input exceptions. Rendered by {@link #body()} exactly like {@code
 * Webapi\Rest\Response::_renderMessages} in production mode (keys only when non-empty).
 */
public class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String template;
  private final JsonNode parameters;
  private final List<ApiException> errors;

  public ApiException(int status, String template, JsonNode parameters) {
    this(status, template, parameters, List.of());
  }

  public ApiException(int status, String template, JsonNode parameters, List<ApiException> errors) {
    super(template);
    this.status = status;
    this.template = template;
    this.parameters = parameters;
    this.errors = List.copyOf(errors);
  }

  public int status() {
    return status;
  }

  public String template() {
    return template;
  }

  public JsonNode parameters() {
    return parameters;
  }

  public ObjectNode body() {
    ObjectNode body = MagentoJson.object();
    body.put("message", template);
    if (parameters != null && parameters.size() > 0) {
      body.set("parameters", parameters.deepCopy());
    }
    if (!errors.isEmpty()) {
      ArrayNode list = body.putArray("errors");
      for (ApiException error : errors) {
        ObjectNode entry = list.addObject();
        entry.put("message", error.template);
        if (error.parameters != null && error.parameters.size() > 0) {
          entry.set("parameters", error.parameters.deepCopy());
        }
      }
    }
    return body;
  }

  // ---- factories for the messages a 2.4 store answers with --------------------------------

  /** Named-placeholder parameters, e.g. {@code named("fieldName", "searchCriteria")}. */
  public static ObjectNode named(Object... keyValues) {
    ObjectNode node = MagentoJson.object();
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      Object value = keyValues[i + 1];
      if (value instanceof Number number) {
        node.set(
            String.valueOf(keyValues[i]),
            MagentoJson.number(new java.math.BigDecimal(number.toString())));
      } else if (value instanceof JsonNode json) {
        node.set(String.valueOf(keyValues[i]), json);
      } else {
        node.put(String.valueOf(keyValues[i]), String.valueOf(value));
      }
    }
    return node;
  }

  /** Positional parameters, e.g. {@code positional("$5.00")}. */
  public static ArrayNode positional(String... values) {
    ArrayNode node = MagentoJson.array();
    for (String value : values) {
      node.add(value);
    }
    return node;
  }

  public static ApiException noRoute() {
    return new ApiException(404, "Request does not match any route.", null);
  }

  public static ApiException noSuchEntity() {
    return new ApiException(
        404, "The entity that was requested doesn't exist. Verify the entity and try again.", null);
  }

  public static ApiException noSuchEntityWithField(String fieldName, Object value) {
    return new ApiException(
        404,
        "No such entity with %fieldName = %fieldValue",
        named("fieldName", fieldName, "fieldValue", value));
  }

  public static ApiException unauthorized(String resources) {
    return new ApiException(
        401, "The consumer isn't authorized to access %resources.", named("resources", resources));
  }

  /**
   * 2.4.8's {@code ServiceInputProcessor} for a key it cannot map to a setter/getter of the data
   * object (a body key inside a data object, a {@code searchCriteria} key): an InputException.
   */
  public static ApiException notSupportedField(String fieldName) {
    return new ApiException(
        400,
        "\"%fieldName\" is not supported. Correct the field name and try again.",
        named("fieldName", fieldName));
  }

  public static ApiException requiredField(String fieldName) {
    return new ApiException(
        400, "\"%fieldName\" is required. Enter and try again.", named("fieldName", fieldName));
  }

  /** One missing field gives its own message; two or more are aggregated like InputException. */
  public static ApiException requiredFields(List<String> fieldNames) {
    if (fieldNames.size() == 1) {
      return requiredField(fieldNames.get(0));
    }
    return new ApiException(
        400,
        "One or more input exceptions have occurred.",
        null,
        fieldNames.stream().map(ApiException::requiredField).toList());
  }

  public static ApiException invalidType(String value, String type) {
    return new ApiException(
        400,
        "The \"%value\" value's type is invalid. The \"%type\" type was expected. Verify and try again.",
        named("value", value, "type", type));
  }

  public static ApiException idRequired() {
    return new ApiException(400, "An ID is needed. Set the ID and try again.", null);
  }

  public static ApiException badRequest(String message) {
    return new ApiException(400, message, null);
  }

  public static ApiException badRequest(String template, JsonNode parameters) {
    return new ApiException(400, template, parameters);
  }
}
