package io.policyflow.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.sandbox.error.ApiException;
import io.policyflow.sandbox.json.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Type conversion of request values as Magento's {@code ServiceInputProcessor}/{@code
 * TypeProcessor} does it: wrong types are HTTP 400 {@code The "%value" value's type is invalid...};
 * keys of data objects may be snake_case or camelCase; an unknown key inside a data object has no
 * setter, which 2.4.8 reports as HTTP 400 {@code "%fieldName" is not supported. Correct the field
 * name and try again.}
 */
public final class Params {

  private Params() {}

  public static boolean bool(JsonNode value, boolean fallback) {
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isIntegralNumber() && (value.intValue() == 0 || value.intValue() == 1)) {
      return value.intValue() == 1;
    }
    if (value.isTextual()) {
      switch (value.asText().trim().toLowerCase(Locale.ROOT)) {
        case "1", "true" -> {
          return true;
        }
        case "0", "false", "" -> {
          return false;
        }
        default -> {}
      }
    }
    throw ApiException.invalidType(show(value), "bool");
  }

  public static Long integer(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isIntegralNumber()) {
      return value.longValue();
    }
    if (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0) {
      return value.longValue();
    }
    if (value.isTextual() && value.asText().trim().matches("[+-]?\\d{1,18}")) {
      return Long.parseLong(value.asText().trim().replace("+", ""));
    }
    throw ApiException.invalidType(show(value), "int");
  }

  public static BigDecimal decimal(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    BigDecimal decimal = Json.decimal(value);
    if (decimal != null) {
      return decimal;
    }
    throw ApiException.invalidType(show(value), "float");
  }

  public static String string(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isValueNode()) {
      return value.asText();
    }
    throw ApiException.invalidType(show(value), "string");
  }

  /** A data object parameter; checks its keys (snake or camel) against the interface's fields. */
  /**
   * A body parameter that must hold a data object ({@link #dataObject}): "required" when absent or
   * null.
   */
  public static ObjectNode requiredDataObject(
      JsonNode value, String name, String interfaceName, Set<String> snakeFields) {
    if (value == null || value.isNull()) {
      throw ApiException.requiredField(name);
    }
    return dataObject(value, interfaceName, snakeFields);
  }

  public static ObjectNode dataObject(
      JsonNode value, String interfaceName, Set<String> snakeFields) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (!(value instanceof ObjectNode object)) {
      throw ApiException.invalidType(show(value), interfaceName);
    }
    ObjectNode normalized = object.objectNode();
    object
        .properties()
        .forEach(
            field -> {
              String key = snake(field.getKey());
              if (!snakeFields.contains(key) && !"extension_attributes".equals(key)) {
                throw ApiException.notSupportedField(field.getKey());
              }
              normalized.set(key, field.getValue());
            });
    return normalized;
  }

  /**
   * An array parameter (JSON list; a JSON object is taken as PHP's associative array of its
   * values).
   */
  public static List<JsonNode> list(JsonNode value, String type) {
    if (value == null || value.isNull()) {
      return List.of();
    }
    List<JsonNode> out = new ArrayList<>();
    if (value instanceof ArrayNode array) {
      array.forEach(out::add);
      return out;
    }
    if (value instanceof ObjectNode object) {
      object.elements().forEachRemaining(out::add);
      return out;
    }
    throw ApiException.invalidType(show(value), type);
  }

  /** camelCase → snake_case ({@code appendComment} → {@code append_comment}). */
  public static String snake(String name) {
    StringBuilder out = new StringBuilder();
    for (char c : name.toCharArray()) {
      if (Character.isUpperCase(c)) {
        if (out.length() > 0) {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String show(JsonNode value) {
    if (value.isContainerNode()) {
      return "array";
    }
    return value.asText();
  }
}
