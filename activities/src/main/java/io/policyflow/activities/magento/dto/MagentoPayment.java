package io.policyflow.activities.magento.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** The order's payment; {@code additional_information} is kept raw (a string array in practice). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MagentoPayment(
    String method, @JsonProperty("additional_information") JsonNode additionalInformation) {}
