package io.policyflow.api.playground;

import java.util.List;

/**
 * A run's timeline.
 *
 * @param historyLength events read
 * @param truncated true when the history is longer than the playground reads (the rest is in
 *     Temporal UI)
 */
public record TimelineView(
    String workflowId,
    String runId,
    long historyLength,
    boolean truncated,
    List<TimelineEntry> entries) {}
