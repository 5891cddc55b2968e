package io.policyflow.activities.kustomer.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code POST /v1/conversations/{id}/messages}: a message record on the timeline (custom channels).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageRequest(
    String channel, String app, String direction, String preview, String status, Boolean auto) {}
