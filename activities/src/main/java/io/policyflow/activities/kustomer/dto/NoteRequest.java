package io.policyflow.activities.kustomer.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code POST /v1/conversations/{id}/notes}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NoteRequest(String body) {}
