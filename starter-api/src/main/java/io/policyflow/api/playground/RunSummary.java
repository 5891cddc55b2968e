package io.policyflow.api.playground;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;

/** One refund conversation in the list of recent runs. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunSummary(
    String conversationId,
    String workflowId,
    String runId,
    String status,
    Instant startedAt,
    Instant closedAt,
    Map<String, Object> searchAttributes) {}
