package io.policyflow.activities.kustomer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The Jackson 2 mapper for Kustomer: unknown fields ignored, decimals as BigDecimal, requests
 * without nulls.
 */
public final class KustomerJson {

  private KustomerJson() {}

  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .build();
  }
}
