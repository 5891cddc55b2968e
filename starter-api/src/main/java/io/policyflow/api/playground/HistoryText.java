package io.policyflow.api.playground;

import com.google.protobuf.util.Durations;
import com.google.protobuf.util.Timestamps;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.failure.v1.Failure;
import io.temporal.common.converter.DataConverter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading history for people: payloads that are plain JSON (encrypted ones stay unread), failures,
 * durations and times.
 */
final class HistoryText {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int MAX_TEXT = 160;

  private HistoryText() {}

  /**
   * The payload as JSON when it is {@code json/plain}; null when it is encrypted, binary or
   * unreadable.
   */
  static JsonNode json(Payload payload) {
    return json(payload, null);
  }

  /**
   * The payload as JSON: {@code json/plain} directly, anything else through the client's data
   * converter (which decrypts when the API has the codec keys); null when it cannot be read.
   */
  static JsonNode json(Payload payload, DataConverter converter) {
    if (payload == null) {
      return null;
    }
    var encoding = payload.getMetadataMap().get("encoding");
    if (encoding != null && encoding.toString(StandardCharsets.UTF_8).equals("json/plain")) {
      try {
        return JSON.readTree(payload.getData().toByteArray());
      } catch (JacksonException e) {
        return null;
      }
    }
    if (converter == null) {
      return null;
    }
    try {
      Object value = converter.fromPayload(payload, Object.class, Object.class);
      return JSON.valueToTree(value);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The first of the payloads as JSON (see {@link #json(Payload, DataConverter)}). */
  static JsonNode firstJson(Payloads payloads, DataConverter converter) {
    return payloads == null || payloads.getPayloadsCount() == 0
        ? null
        : json(payloads.getPayloads(0), converter);
  }

  /**
   * A search attribute's value as a plain Java value (string, number, boolean, list), or
   * "(unreadable)".
   */
  static Object value(Payload payload) {
    JsonNode node = json(payload);
    if (node == null) {
      return "(unreadable)";
    }
    return plain(node);
  }

  private static Object plain(JsonNode node) {
    if (node.isArray()) {
      List<Object> values = new ArrayList<>();
      node.forEach(item -> values.add(plain(item)));
      return values;
    }
    if (node.isObject()) {
      Map<String, Object> values = new LinkedHashMap<>();
      node.properties().forEach(field -> values.put(field.getKey(), plain(field.getValue())));
      return values;
    }
    if (node.isNumber()) {
      return node.numberValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isNull()) {
      return null;
    }
    return node.asString();
  }

  /** The JSON as a value of this type (unknown members ignored), or null when it is not one. */
  static <T> T as(JsonNode node, Class<T> type) {
    if (node == null || !node.isObject()) {
      return null;
    }
    try {
      return JSON.treeToValue(node, type);
    } catch (JacksonException | IllegalArgumentException e) {
      return null;
    }
  }

  /** A text member of a JSON object, or null. */
  static String text(JsonNode node, String field) {
    if (node == null || !node.isObject()) {
      return null;
    }
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }

  /** The failure's message and type, and its causes', in one line. */
  static String failure(Failure failure) {
    if (failure == null || failure.equals(Failure.getDefaultInstance())) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    Failure current = failure;
    for (int depth = 0; current != null && depth < 4; depth++) {
      if (!text.isEmpty()) {
        text.append(" ← ");
      }
      String message =
          current.getMessage().isBlank() ? "(no message)" : firstLine(current.getMessage());
      text.append(message);
      String type =
          current.hasApplicationFailureInfo() ? current.getApplicationFailureInfo().getType() : "";
      if (current.hasTimeoutFailureInfo()) {
        type =
            current.getTimeoutFailureInfo().getTimeoutType().name().replace("TIMEOUT_TYPE_", "")
                + " timeout";
      }
      if (!type.isBlank() && !message.contains(type)) {
        text.append(" (").append(type).append(')');
      }
      current = current.hasCause() ? current.getCause() : null;
    }
    return shorten(text.toString(), 400);
  }

  static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  static String shorten(String text, int max) {
    if (text == null) {
      return null;
    }
    return text.codePointCount(0, text.length()) <= max
        ? text
        : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
  }

  /** A customer's text as quoted in the timeline. */
  static String quote(String text) {
    return text == null
        ? null
        : "“" + shorten(text.replaceAll("\\s+", " ").strip(), MAX_TEXT) + "”";
  }

  static Instant instant(com.google.protobuf.Timestamp timestamp) {
    return Instant.ofEpochMilli(Timestamps.toMillis(timestamp));
  }

  static Duration duration(com.google.protobuf.Duration duration) {
    return Duration.ofMillis(Durations.toMillis(duration));
  }

  /** "180 ms", "2.4 s", "3 min 20 s", "5 h 20 min", "5d 23h". */
  static String duration(Duration duration) {
    long millis = Math.max(0, duration.toMillis());
    if (millis < 1000) {
      return millis + " ms";
    }
    if (millis < 10_000) {
      return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
    long seconds = millis / 1000;
    if (seconds < 60) {
      return seconds + " s";
    }
    long minutes = seconds / 60;
    if (minutes < 60) {
      return minutes + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
    }
    long hours = minutes / 60;
    if (hours < 24) {
      return hours + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }
    long days = hours / 24;
    StringBuilder text = new StringBuilder().append(days).append('d');
    if (hours % 24 != 0) {
      text.append(' ').append(hours % 24).append('h');
    }
    if (minutes % 60 != 0) {
      text.append(' ').append(minutes % 60).append("min");
    }
    return text.toString();
  }
}
