package io.policyflow.activities.kustomer.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code POST /v2.1/chat/outbound/messages}: an agent chat message on an existing session, sent as
 * the user {@code from}; {@code auto: true} marks it automation-authored.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatMessageRequest(
    String customerId, String from, String session, String body, Boolean auto) {}
