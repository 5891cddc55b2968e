package io.policyflow.activities.magento;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The Jackson mapper for Magento's JSON: unknown fields ignored, absent and null fields tolerated,
 * whole numbers ({@code 59}) read into BigDecimal, dates {@code "YYYY-MM-DD HH:MM:SS"} read as UTC
 * instants; requests written without null fields and with plain decimals.
 */
public final class MagentoJson {

  private static final DateTimeFormatter MAGENTO_DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private MagentoJson() {}

  public static ObjectMapper mapper() {
    SimpleModule dates =
        new SimpleModule("magento-dates").addDeserializer(Instant.class, new InstantDeserializer());
    return JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .addModule(dates)
        .build();
  }

  /**
   * Parses a Magento timestamp as UTC. Accepts {@code 2024-04-28 15:02:11}, ISO forms ({@code
   * 2024-04-28T15:02:11Z}, {@code 2024-04-28T15:02:11}) and a bare date; blank and {@code
   * 0000-00-00 ...} give null.
   */
  public static Instant parseInstant(String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip();
    if (s.isEmpty() || s.startsWith("0000-00-00")) {
      return null;
    }
    try {
      return LocalDateTime.parse(s, MAGENTO_DATE_TIME).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException notMagentoFormat) {
      // fall through to the ISO forms
    }
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException notInstant) {
      // fall through
    }
    try {
      return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException notLocal) {
      // fall through
    }
    return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  static final class InstantDeserializer extends JsonDeserializer<Instant> {
    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
        return Instant.ofEpochSecond(p.getLongValue());
      }
      String text = p.getValueAsString();
      try {
        return parseInstant(text);
      } catch (DateTimeParseException e) {
        return (Instant)
            ctxt.handleWeirdStringValue(
                Instant.class, text, "not a Magento date: %s", e.getMessage());
      }
    }
  }
}
