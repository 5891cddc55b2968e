package io.policyflow.kustomer.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Strict readers of a request body's fields: a wrong type or value is 400 with a pointer to the
 * field.
 */
final class Fields {

  private static final Pattern CUSTOM_KEY =
      Pattern.compile("[a-zA-Z][a-zA-Z0-9]*(Str|Txt|Num|At|Bool|Url)");

  private Fields() {}

  static String requiredString(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      throw ApiError.invalidField(
          field, "Invalid request body or parameters: '" + field + "' is required.");
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      throw ApiError.invalidField(
          field, "Invalid request body or parameters: '" + field + "' must be a non-empty string.");
    }
    return v.asText();
  }

  static String optionalString(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw ApiError.invalidField(
          field, "Invalid request body or parameters: '" + field + "' must be a string.");
    }
    return v.asText();
  }

  static boolean optionalBoolean(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return false;
    }
    if (!v.isBoolean()) {
      throw ApiError.invalidField(
          field, "Invalid request body or parameters: '" + field + "' must be a boolean.");
    }
    return v.asBoolean();
  }

  static String requiredEnum(JsonNode body, String field, Set<String> values) {
    return oneOf(field, requiredString(body, field), values);
  }

  static String optionalEnum(JsonNode body, String field, Set<String> values) {
    String v = optionalString(body, field);
    return v == null ? null : oneOf(field, v, values);
  }

  private static String oneOf(String field, String v, Set<String> values) {
    if (!values.contains(v)) {
      throw ApiError.invalidField(
          field,
          "Invalid request body or parameters: '"
              + field
              + "' must be one of "
              + values.stream().sorted().toList()
              + ".");
    }
    return v;
  }

  static int intField(JsonNode body, String field, int min, int max) {
    JsonNode v = body.get(field);
    if (!v.isInt() || v.asInt() < min || v.asInt() > max) {
      throw ApiError.invalidField(
          field,
          "Invalid request body or parameters: '"
              + field
              + "' must be an integer "
              + min
              + ".."
              + max
              + ".");
    }
    return v.asInt();
  }

  static Instant instant(JsonNode body, String field) {
    String v = optionalString(body, field);
    try {
      return Instant.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiError.invalidField(
          field,
          "Invalid request body or parameters: '" + field + "' must be an ISO-8601 date-time.");
    }
  }

  static List<String> stringArray(JsonNode node, String field) {
    if (node == null || !node.isArray()) {
      throw ApiError.invalidField(
          field,
          "Invalid request body or parameters: '" + field + "' must be an array of strings.");
    }
    List<String> values = new ArrayList<>();
    for (JsonNode v : node) {
      if (!v.isTextual() || v.asText().isBlank()) {
        throw ApiError.invalidField(
            field,
            "Invalid request body or parameters: '"
                + field
                + "' must be an array of non-empty strings.");
      }
      values.add(v.asText());
    }
    return values;
  }

  /** At most 10 ids, each one of {@code known}. */
  static List<String> idList(JsonNode body, String field, Set<String> known, String what) {
    List<String> ids = stringArray(body.get(field), field);
    if (ids.size() > 10) {
      throw ApiError.invalidField(
          field, "Invalid request body or parameters: at most 10 " + field + ".");
    }
    for (String id : ids) {
      if (!known.contains(id)) {
        throw ApiError.invalidField(
            field, "Invalid request body or parameters: unknown " + what + " " + id + ".");
      }
    }
    return ids;
  }

  /**
   * Custom attributes: an object whose names end in a type suffix, each value of that type (or
   * null).
   */
  static void validateCustom(JsonNode custom) {
    if (!custom.isObject()) {
      throw ApiError.invalidField(
          "custom", "Invalid request body or parameters: 'custom' must be an object.");
    }
    custom
        .properties()
        .forEach(
            e -> {
              String key = e.getKey();
              JsonNode v = e.getValue();
              var m = CUSTOM_KEY.matcher(key);
              if (!m.matches()) {
                throw ApiError.invalidField(
                    "custom." + key,
                    "Invalid custom attribute '"
                        + key
                        + "': the name must end in Str, Txt, Num, At, Bool or Url.");
              }
              if (v.isNull()) {
                return;
              }
              boolean ok =
                  switch (m.group(1)) {
                    case "Str", "Txt", "Url" -> v.isTextual() && v.asText().length() <= 1024;
                    case "Num" -> v.isNumber();
                    case "Bool" -> v.isBoolean();
                    case "At" -> v.isTextual() && parses(v.asText());
                    default -> false;
                  };
              if (!ok) {
                throw ApiError.invalidField(
                    "custom." + key,
                    "Invalid custom attribute '" + key + "': wrong type for its suffix.");
              }
            });
  }

  private static boolean parses(String instant) {
    try {
      Instant.parse(instant);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
