package io.policyflow.api.playground;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;

/**
 * A conversation's workflow run as Temporal describes it.
 *
 * @param status Temporal's status of the run: RUNNING, COMPLETED, FAILED, TERMINATED, ...
 * @param historyLength events in the history so far (the page fetches the timeline again when it
 *     grows)
 * @param searchAttributes the run's custom search attributes (RefundStage, RefundOutcome,
 *     OrderNumber)
 * @param temporalUiUrl a link to the run in Temporal UI, when {@code TEMPORAL_UI_URL} is set
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunInfo(
    String conversationId,
    String workflowId,
    String runId,
    String workflowType,
    String taskQueue,
    String status,
    Instant startedAt,
    Instant closedAt,
    long historyLength,
    Map<String, Object> searchAttributes,
    String temporalUiUrl) {}
