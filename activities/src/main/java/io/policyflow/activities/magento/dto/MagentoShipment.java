package io.policyflow.activities.magento.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A shipment; {@code created_at} is the ship date (Magento stores no other). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MagentoShipment(
    @JsonProperty("entity_id") Long entityId,
    @JsonProperty("order_id") Long orderId,
    @JsonProperty("created_at") Instant createdAt) {}
