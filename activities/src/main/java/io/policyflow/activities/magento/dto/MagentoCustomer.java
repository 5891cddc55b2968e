package io.policyflow.activities.magento.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A customer account (the fields the policy reads). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MagentoCustomer(
    Long id,
    String email,
    String firstname,
    String lastname,
    @JsonProperty("website_id") Integer websiteId) {}
