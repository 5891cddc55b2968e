package io.policyflow.sandbox.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Small typed accessors over stored Magento entities (which are kept as {@link ObjectNode}s). */
public final class Json {

  private Json() {}

  /** A money/qty field, {@code 0} when absent, null or not numeric. */
  public static BigDecimal dec(JsonNode node, String field) {
    BigDecimal value = decimal(node == null ? null : node.get(field));
    return value == null ? BigDecimal.ZERO : value;
  }

  /**
   * A JSON number, or a string holding one (surrounding blanks ignored); null for anything else.
   */
  public static BigDecimal decimal(JsonNode value) {
    if (value == null) {
      return null;
    }
    if (value.isNumber()) {
      return value.decimalValue();
    }
    if (value.isTextual()) {
      try {
        return new BigDecimal(value.asText().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** An id field, or {@code null} when absent. */
  public static Long id(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isIntegralNumber() || value.isNumber()) {
      return value.longValue();
    }
    try {
      return Long.parseLong(value.asText().trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  public static boolean has(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && !value.isNull();
  }

  public static void putMoney(ObjectNode node, String field, BigDecimal value) {
    node.set(field, MagentoJson.number(value));
  }

  /** Adds {@code delta} to a money field (absent counts as 0). */
  public static BigDecimal addMoney(ObjectNode node, String field, BigDecimal delta) {
    BigDecimal sum = dec(node, field).add(delta);
    putMoney(node, field, sum);
    return sum;
  }

  public static ArrayNode arrayField(ObjectNode node, String field) {
    JsonNode existing = node.get(field);
    if (existing instanceof ArrayNode array) {
      return array;
    }
    return node.putArray(field);
  }

  public static ObjectNode objectField(ObjectNode node, String field) {
    JsonNode existing = node.get(field);
    if (existing instanceof ObjectNode object) {
      return object;
    }
    return node.putObject(field);
  }

  public static List<ObjectNode> objects(JsonNode array) {
    List<ObjectNode> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      for (JsonNode element : array) {
        if (element instanceof ObjectNode object) {
          out.add(object);
        }
      }
    }
    return out;
  }

  /** Rounds a money amount the way Magento's price currency does (2 decimals, half up). */
  public static BigDecimal round(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  /** Money printed raw like a PHP float ({@code 10}, {@code 5.5}). */
  public static String plain(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    if (stripped.scale() < 0) {
      stripped = stripped.setScale(0);
    }
    return stripped.toPlainString();
  }
}
