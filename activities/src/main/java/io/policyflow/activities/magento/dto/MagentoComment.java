package io.policyflow.activities.magento.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A credit-memo comment. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MagentoComment(
    @JsonProperty("entity_id") Long entityId,
    @JsonProperty("parent_id") Long parentId,
    String comment,
    @JsonProperty("created_at") Instant createdAt) {}
