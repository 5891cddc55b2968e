package io.policyflow.api.playground;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One line of a run's timeline, built from one or more history events (an activity's scheduled,
 * started and completed events make one line).
 *
 * @param eventId the first history event of the line
 * @param at when it began (server time)
 * @param kind {@code run}, {@code message}, {@code signal}, {@code activity}, {@code
 *     local-activity}, {@code timer}, {@code search-attributes}, {@code workflow-task}, {@code
 *     other}
 * @param title what it is, e.g. "Customer message m-3 (update)", "Activity Refund", "Timer 5d 23h"
 * @param note what it means, in plain words (may be null)
 * @param detail how it went: "180 ms, attempt 1, completed", "failed (attempt 2): ..., retrying"
 * @param state {@code done}, {@code running}, {@code waiting}, {@code retrying}, {@code failed},
 *     {@code canceled}, {@code warning} or {@code info}
 * @param durationMillis how long it took (activities, updates, timers that fired)
 * @param attempt the activity's attempt
 * @param firesAt when a timer fires (or fired)
 * @param retryAt when a failing activity is tried again
 * @param endedAt when it ended
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineEntry(
    long eventId,
    Instant at,
    String kind,
    String title,
    String note,
    String detail,
    String state,
    Long durationMillis,
    Integer attempt,
    Instant firesAt,
    Instant retryAt,
    Instant endedAt) {}
