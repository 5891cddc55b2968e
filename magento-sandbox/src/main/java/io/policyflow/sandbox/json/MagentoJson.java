package io.policyflow.sandbox.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON the way Magento's REST layer writes it.
 *
 * <ul>
 *   <li>null-valued fields are left out, except the few Magento prints as explicit {@code null}
 *       ({@code payment.cc_last4}, {@code payment.account_status}), which are always present;
 *   <li>numbers are printed without a decimal part when whole ({@code 59}, never {@code 59.0});
 *   <li>dates are {@code YYYY-MM-DD HH:MM:SS} in UTC.
 * </ul>
 */
public final class MagentoJson {

  /** Shared mapper: exact decimals in, plain decimals out, strict about trailing garbage. */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** Keys of a {@code payment} object that Magento prints as explicit null. */
  private static final Set<String> EXPLICIT_NULL_PAYMENT_KEYS =
      Set.of("cc_last4", "account_status");

  private MagentoJson() {}

  public static JsonNodeFactory nodes() {
    return MAPPER.getNodeFactory();
  }

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** Magento date text (UTC, no zone, no {@code T}). */
  public static String date(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).format(DATE);
  }

  /** A number node printed the Magento way: whole values as integers, others as plain decimals. */
  public static JsonNode number(BigDecimal value) {
    if (value == null) {
      return NullNode.getInstance();
    }
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.signum() == 0) {
      return IntNode.valueOf(0);
    }
    if (stripped.scale() <= 0) {
      BigInteger whole = stripped.toBigIntegerExact();
      if (whole.bitLength() < 32) {
        return IntNode.valueOf(whole.intValue());
      }
      if (whole.bitLength() < 64) {
        return LongNode.valueOf(whole.longValue());
      }
      return DecimalNode.valueOf(stripped.setScale(0));
    }
    return DecimalNode.valueOf(stripped);
  }

  public static JsonNode number(long value) {
    return number(BigDecimal.valueOf(value));
  }

  /**
   * A response-ready copy: nulls dropped (except the explicit-null payment keys, which are added
   * when missing), numbers canonical.
   */
  public static JsonNode render(JsonNode node) {
    return render(node, null);
  }

  private static JsonNode render(JsonNode node, String key) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return NullNode.getInstance();
    }
    if (node.isNumber()) {
      return number(node.decimalValue());
    }
    if (node.isArray()) {
      ArrayNode out = array();
      for (JsonNode element : node) {
        if (!element.isNull()) {
          out.add(render(element, null));
        }
      }
      return out;
    }
    if (node.isObject()) {
      ObjectNode out = object();
      boolean payment = "payment".equals(key);
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        JsonNode value = field.getValue();
        if (value == null || value.isNull()) {
          if (payment && EXPLICIT_NULL_PAYMENT_KEYS.contains(field.getKey())) {
            out.putNull(field.getKey());
          }
          continue;
        }
        out.set(field.getKey(), render(value, field.getKey()));
      }
      if (payment) {
        for (String explicitNull : EXPLICIT_NULL_PAYMENT_KEYS) {
          if (!out.has(explicitNull)) {
            out.putNull(explicitNull);
          }
        }
      }
      return out;
    }
    return node.deepCopy();
  }

  public static byte[] write(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise JSON", e);
    }
  }

  public static JsonNode parse(String text) throws IOException {
    return MAPPER.readTree(text);
  }

  public static JsonNode parse(InputStream in) throws IOException {
    return MAPPER.readTree(in);
  }

  /** A rendered node as plain Java collections (ints as Integer/Long, decimals as BigDecimal). */
  public static Map<String, Object> toMap(JsonNode node) {
    return MAPPER.convertValue(render(node), new TypeReference<Map<String, Object>>() {});
  }

  public static List<Map<String, Object>> toMapList(List<? extends JsonNode> nodes) {
    return nodes.stream().map(MagentoJson::toMap).toList();
  }
}
