package io.policyflow.api.playground;

import io.policyflow.refund.client.RefundWorkflowNames;
import io.policyflow.refund.conversation.AgentAction;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.enums.v1.PendingActivityState;
import io.temporal.api.enums.v1.RetryState;
import io.temporal.api.failure.v1.Failure;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import io.temporal.common.converter.DataConverter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Turns a run's history into a timeline a person can read without knowing Temporal: one line per
 * customer message (update or signal), activity (scheduled → started → completed / failed / timed
 * out, with its attempts), timer (started → fired / canceled), search-attribute change, failure of
 * the workflow code, and the run's start and end. Workflow-task bookkeeping is left out. Activities
 * still running come with their retry state from DescribeWorkflowExecution's pending activities.
 * Updates, signals and search attributes are told apart by their names in {@link
 * RefundWorkflowNames}.
 */
final class Timeline {

  /** What each activity of the refund workflow does, for the timeline's note. */
  private static final Map<String, String> ACTIVITY_NOTES =
      Map.ofEntries(
          Map.entry("FindCustomer", "look up the customer by email in the store"),
          Map.entry("RecentOrders", "list the customer's recent orders"),
          Map.entry("OrderDetails", "read the order: items, payment, shipments, invoice"),
          Map.entry("Refund", "refund in the store: create the credit memo (exactly once)"),
          Map.entry("CreditMemoStatus", "check the refund's credit memo in the store"),
          Map.entry("AddOrderComment", "write a comment on the order in the store"),
          Map.entry("Deliver", "push a message or event to the chat backend (channel)"),
          Map.entry("CurrentPolicy", "read the refund policy configured on the worker"));

  /*
   * What a timer is for, from the conversation's stage when it started (the RefundStage search attribute): while
   * following up, the first timer to fire is the follow-up itself, a later one the wait for the customer's answer.
   */
  private static final String FOLLOW_UP_NOTE =
      "the follow-up: on the refund's expected date the bot checks the credit memo and asks whether the money"
          + " arrived";
  private static final String FOLLOW_UP_ANSWER_NOTE =
      "if the customer does not answer the follow-up by then, the conversation closes as refunded";
  private static final String HANDED_OFF_NOTE =
      "if nobody writes until then, the conversation closes";
  private static final String SILENCE_NOTE =
      "if the customer stays silent until then: a reminder (after one, the conversation closes as abandoned)";

  private final List<Line> lines = new ArrayList<>();
  private final Map<Long, Line> activitiesByScheduledId = new HashMap<>();
  private final Map<String, Line> timersById = new HashMap<>();
  private final Map<Long, Line> updatesByAcceptedId = new HashMap<>();
  private final Map<String, Line> updatesById = new HashMap<>();
  private final Map<String, Line> workflowTaskFailures = new LinkedHashMap<>();

  private final DataConverter converter;
  private String stage;
  private boolean followUpFired;

  /**
   * The last customer turn or agent action (update or signal): what ends the conversation's wait
   * early.
   */
  private long lastTurnEventId;

  private Timeline(DataConverter converter) {
    this.converter = converter;
  }

  /**
   * @param events the run's history, in order
   * @param pending DescribeWorkflowExecution's pending activities (may be empty)
   * @param converter reads payloads that are not plain JSON (encrypted ones, with the codec keys);
   *     may be null
   */
  static List<TimelineEntry> of(
      List<HistoryEvent> events, List<PendingActivityInfo> pending, DataConverter converter) {
    Timeline timeline = new Timeline(converter);
    events.forEach(timeline::add);
    timeline.merge(pending);
    return timeline.lines.stream().map(Line::entry).toList();
  }

  private void add(HistoryEvent event) {
    Instant at = HistoryText.instant(event.getEventTime());
    EventType type = event.getEventType();
    switch (type) {
      case EVENT_TYPE_WORKFLOW_EXECUTION_STARTED -> started(event, at);
      case EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED -> updateAccepted(event, at);
      case EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED -> updateCompleted(event, at);
      case EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_REJECTED -> {
        var attributes = event.getWorkflowExecutionUpdateRejectedEventAttributes();
        Line line =
            line(
                event,
                at,
                "message",
                "Update " + attributes.getRejectedRequest().getInput().getName() + " refused",
                "failed");
        line.detail = HistoryText.failure(attributes.getFailure());
      }
      case EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED -> signaled(event, at);
      case EVENT_TYPE_ACTIVITY_TASK_SCHEDULED -> {
        var attributes = event.getActivityTaskScheduledEventAttributes();
        String name = attributes.getActivityType().getName();
        Line line = line(event, at, "activity", "Activity " + name, "waiting");
        line.note = ACTIVITY_NOTES.get(name);
        line.activityId = attributes.getActivityId();
        line.detail = "scheduled, waiting for a worker";
        activitiesByScheduledId.put(event.getEventId(), line);
      }
      case EVENT_TYPE_ACTIVITY_TASK_STARTED -> {
        var attributes = event.getActivityTaskStartedEventAttributes();
        Line line = activitiesByScheduledId.get(attributes.getScheduledEventId());
        if (line != null) {
          line.attempt = attributes.getAttempt();
          line.state = "running";
          line.detail = "running";
          if (attributes.hasLastFailure() && attributes.getAttempt() > 1) {
            line.earlierFailure = HistoryText.failure(attributes.getLastFailure());
          }
        }
      }
      case EVENT_TYPE_ACTIVITY_TASK_COMPLETED ->
          activityClosed(
              event.getActivityTaskCompletedEventAttributes().getScheduledEventId(),
              at,
              "done",
              "completed");
      case EVENT_TYPE_ACTIVITY_TASK_FAILED -> {
        var attributes = event.getActivityTaskFailedEventAttributes();
        activityClosed(
            attributes.getScheduledEventId(),
            at,
            "failed",
            "failed: "
                + HistoryText.failure(attributes.getFailure())
                + retryState(attributes.getRetryState()));
      }
      case EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT -> {
        var attributes = event.getActivityTaskTimedOutEventAttributes();
        activityClosed(
            attributes.getScheduledEventId(),
            at,
            "failed",
            "timed out: "
                + HistoryText.failure(attributes.getFailure())
                + retryState(attributes.getRetryState()));
      }
      case EVENT_TYPE_ACTIVITY_TASK_CANCELED ->
          activityClosed(
              event.getActivityTaskCanceledEventAttributes().getScheduledEventId(),
              at,
              "canceled",
              "canceled");
      case EVENT_TYPE_TIMER_STARTED -> {
        var attributes = event.getTimerStartedEventAttributes();
        Duration duration = HistoryText.duration(attributes.getStartToFireTimeout());
        Line line = line(event, at, "timer", "Timer " + HistoryText.duration(duration), "waiting");
        line.note = summary(event);
        if (line.note == null) {
          line.note = timerPurpose();
        }
        line.firesAt = at.plus(duration);
        line.detail = "waiting";
        timersById.put(attributes.getTimerId(), line);
      }
      case EVENT_TYPE_TIMER_FIRED -> {
        Line line = timersById.get(event.getTimerFiredEventAttributes().getTimerId());
        if (line != null) {
          line.endedAt = at;
          if (lastTurnEventId > line.eventId) {
            // the workflow stopped waiting when the message came; the server still lets the timer
            // run out
            line.state = "canceled";
            line.detail = "not needed: a message came first";
          } else {
            line.state = "done";
            line.detail = "fired";
            followUpFired |= FOLLOW_UP_NOTE.equals(line.note);
          }
        }
      }
      case EVENT_TYPE_TIMER_CANCELED -> {
        Line line = timersById.get(event.getTimerCanceledEventAttributes().getTimerId());
        if (line != null) {
          line.state = "canceled";
          line.detail =
              "canceled after "
                  + HistoryText.duration(Duration.between(line.at, at))
                  + ": something happened first";
          line.endedAt = at;
        }
      }
      case EVENT_TYPE_MARKER_RECORDED -> marker(event, at);
      case EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES -> {
        Map<String, Object> values = new TreeMap<>();
        event
            .getUpsertWorkflowSearchAttributesEventAttributes()
            .getSearchAttributes()
            .getIndexedFieldsMap()
            .forEach((name, payload) -> values.put(name, HistoryText.value(payload)));
        Line line = line(event, at, "search-attributes", "Search attributes set", "info");
        line.note = "what makes the run findable in Temporal UI";
        List<String> pairs = new ArrayList<>();
        values.forEach((name, value) -> pairs.add(name + " = " + value));
        if (values.get(RefundWorkflowNames.STAGE.getName()) instanceof String value) {
          stage = value;
        }
        line.detail = String.join(", ", pairs);
      }
      case EVENT_TYPE_WORKFLOW_TASK_FAILED -> {
        var attributes = event.getWorkflowTaskFailedEventAttributes();
        String why = HistoryText.failure(attributes.getFailure());
        String cause =
            attributes
                .getCause()
                .name()
                .replace("WORKFLOW_TASK_FAILED_CAUSE_", "")
                .toLowerCase(Locale.ROOT)
                .replace('_', ' ');
        Line line = workflowTaskFailures.get(why);
        if (line == null) {
          line = line(event, at, "workflow-task", "Workflow code failed (" + cause + ")", "failed");
          line.detail = why;
          line.note =
              "the workflow is stuck at this point: Temporal retries the step until the worker's code is"
                  + " fixed";
          workflowTaskFailures.put(why, line);
        }
        line.count++;
        line.endedAt = at;
        line.state = "failed";
      }
      case EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT -> {
        Line line = line(event, at, "workflow-task", "A worker did not answer in time", "warning");
        line.detail =
            event
                    .getWorkflowTaskTimedOutEventAttributes()
                    .getTimeoutType()
                    .name()
                    .replace("TIMEOUT_TYPE_", "")
                    .toLowerCase(Locale.ROOT)
                    .replace('_', '-')
                + " timeout; handed to a"
                + " worker again";
      }
      case EVENT_TYPE_WORKFLOW_TASK_COMPLETED ->
          workflowTaskFailures
              .values()
              .forEach(
                  line -> {
                    if (line.state.equals("failed")) {
                      line.state = "warning";
                      line.detail = line.detail + " — then the code ran again successfully";
                    }
                  });
      case EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED ->
          closed(
              event,
              at,
              "Run completed",
              "done",
              "the conversation is over; the run ended normally");
      case EVENT_TYPE_WORKFLOW_EXECUTION_FAILED ->
          closed(
              event,
              at,
              "Run failed",
              "failed",
              HistoryText.failure(event.getWorkflowExecutionFailedEventAttributes().getFailure()));
      case EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT ->
          closed(event, at, "Run timed out", "failed", "the run's execution timeout passed");
      case EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED ->
          closed(
              event,
              at,
              "Run terminated",
              "failed",
              blankTo(
                  event.getWorkflowExecutionTerminatedEventAttributes().getReason(),
                  "terminated by an operator"));
      case EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED ->
          closed(event, at, "Run canceled", "canceled", "canceled on request");
      case EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW ->
          closed(
              event,
              at,
              "Continued as a new run",
              "info",
              "new run "
                  + event
                      .getWorkflowExecutionContinuedAsNewEventAttributes()
                      .getNewExecutionRunId());
      case EVENT_TYPE_WORKFLOW_EXECUTION_CANCEL_REQUESTED ->
          line(event, at, "run", "Cancellation requested", "info").detail =
              blankTo(event.getWorkflowExecutionCancelRequestedEventAttributes().getCause(), null);
      case EVENT_TYPE_WORKFLOW_TASK_SCHEDULED,
          EVENT_TYPE_WORKFLOW_TASK_STARTED,
          EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ADMITTED,
          EVENT_TYPE_WORKFLOW_PROPERTIES_MODIFIED,
          EVENT_TYPE_ACTIVITY_TASK_CANCEL_REQUESTED -> {}
      default -> line(event, at, "other", humanize(type), "info");
    }
  }

  private void started(HistoryEvent event, Instant at) {
    var attributes = event.getWorkflowExecutionStartedEventAttributes();
    Line line = line(event, at, "run", "Conversation started", "done");
    line.note =
        "workflow "
            + attributes.getWorkflowType().getName()
            + " on task queue "
            + attributes.getTaskQueue().getName();
    JsonNode request = HistoryText.firstJson(attributes.getInput(), converter);
    if (request != null) {
      JsonNode context = request.get("context");
      List<String> parts = new ArrayList<>();
      String email = HistoryText.text(context, "customerEmail");
      if (email != null) {
        boolean verified = context.path("emailVerified").asBoolean(false);
        parts.add("email " + email + (verified ? " (verified)" : " (not verified)"));
      }
      addIfPresent(parts, "name ", HistoryText.text(context, "customerName"));
      addIfPresent(parts, "locale ", HistoryText.text(context, "locale"));
      addIfPresent(parts, "channel ", HistoryText.text(context, "channel"));
      JsonNode policy = request.get("policy");
      parts.add(
          policy == null || policy.isNull()
              ? "policy: as configured on the worker"
              : "policy: given");
      line.detail = "context: " + (parts.size() == 1 ? "none; " : "") + String.join(", ", parts);
    }
  }

  private void updateAccepted(HistoryEvent event, Instant at) {
    var request = event.getWorkflowExecutionUpdateAcceptedEventAttributes().getAcceptedRequest();
    String name = request.getInput().getName();
    String updateId = request.getMeta().getUpdateId();
    JsonNode argument = HistoryText.firstJson(request.getInput().getArgs(), converter);
    Line line;
    if (name.equals(RefundWorkflowNames.REPLY)) {
      String messageId = HistoryText.text(argument, "messageId");
      if (messageId == null) {
        messageId = RefundWorkflowNames.messageIdOf(updateId);
      }
      if (messageId == null) {
        messageId = "";
      }
      line = line(event, at, "message", "Customer message " + messageId + " (update)", "running");
      line.note = HistoryText.quote(HistoryText.text(argument, "text"));
    } else if (name.equals(RefundWorkflowNames.OPEN)) {
      line = line(event, at, "message", "Conversation opened (update open)", "running");
      line.note = "the chat backend asked for the conversation and its first messages";
    } else {
      line = line(event, at, "message", "Update " + name, "running");
    }
    line.detail = "accepted, being handled";
    if (!name.equals(RefundWorkflowNames.OPEN)) {
      lastTurnEventId = event.getEventId();
    }
    updatesByAcceptedId.put(event.getEventId(), line);
    updatesById.put(updateId, line);
  }

  private void updateCompleted(HistoryEvent event, Instant at) {
    var attributes = event.getWorkflowExecutionUpdateCompletedEventAttributes();
    // by the accepted event's id, or by the update id (the test server leaves accepted_event_id
    // unset)
    Line line =
        attributes.getAcceptedEventId() > 0
            ? updatesByAcceptedId.get(attributes.getAcceptedEventId())
            : updatesById.remove(attributes.getMeta().getUpdateId());
    if (line == null) {
      return;
    }
    line.endedAt = at;
    line.durationMillis = Duration.between(line.at, at).toMillis();
    if (attributes.getOutcome().hasFailure()) {
      line.state = "failed";
      line.detail =
          "failed after "
              + HistoryText.duration(Duration.between(line.at, at))
              + ": "
              + HistoryText.failure(attributes.getOutcome().getFailure());
      return;
    }
    line.state = "done";
    JsonNode result = HistoryText.firstJson(attributes.getOutcome().getSuccess(), converter);
    JsonNode replies = result == null ? null : result.get("replies");
    String answer =
        replies != null && replies.isArray()
            ? "answered with " + replies.size() + (replies.size() == 1 ? " message" : " messages")
            : "answered";
    Duration took = Duration.between(line.at, at);
    line.detail = answer + (took.isZero() ? " at once" : " after " + HistoryText.duration(took));
  }

  private void signaled(HistoryEvent event, Instant at) {
    var attributes = event.getWorkflowExecutionSignaledEventAttributes();
    String name = attributes.getSignalName();
    JsonNode argument = HistoryText.firstJson(attributes.getInput(), converter);
    lastTurnEventId = event.getEventId();
    Line line;
    if (name.equals(RefundWorkflowNames.RECEIVE)) {
      String messageId = HistoryText.text(argument, "messageId");
      line =
          line(
              event,
              at,
              "signal",
              "Customer message" + (messageId == null ? "" : " " + messageId) + " (signal)",
              "done");
      line.note = HistoryText.quote(HistoryText.text(argument, "text"));
      line.detail = "received; the replies go out through the channel";
    } else if (name.equals(RefundWorkflowNames.AGENT)) {
      line = line(event, at, "signal", "Agent action (signal)", "done");
      AgentAction action = HistoryText.as(argument, AgentAction.class);
      List<String> parts = new ArrayList<>();
      if (action != null) {
        addIfPresent(parts, "", action.kind() == null ? null : action.kind().name());
        addIfPresent(parts, "by ", action.agent());
        addIfPresent(parts, "", HistoryText.quote(action.note()));
      }
      line.detail = parts.isEmpty() ? "received" : String.join(" ", parts);
    } else {
      line = line(event, at, "signal", "Signal " + name, "done");
      line.detail = "received";
    }
  }

  private void marker(HistoryEvent event, Instant at) {
    var attributes = event.getMarkerRecordedEventAttributes();
    if (!attributes.getMarkerName().equals("LocalActivity")) {
      line(event, at, "other", "Marker " + attributes.getMarkerName(), "info").detail =
          "recorded by the workflow code (versioning or side effect)";
      return;
    }
    Map<String, Payloads> details = attributes.getDetailsMap();
    JsonNode type =
        details.containsKey("type") ? HistoryText.firstJson(details.get("type"), converter) : null;
    String name = type == null ? "(local activity)" : type.asString();
    Line line = line(event, at, "local-activity", "Local activity " + name, "done");
    line.note = ACTIVITY_NOTES.get(name);
    JsonNode meta =
        details.containsKey("meta") ? HistoryText.firstJson(details.get("meta"), converter) : null;
    if (meta != null) {
      line.attempt = meta.path("attempt").asInt(1);
      long scheduled = meta.path("originalScheduledTimestamp").asLong(0);
      long took = at.toEpochMilli() - scheduled;
      if (scheduled > 0 && took >= 0 && took < Duration.ofHours(1).toMillis()) {
        line.durationMillis = took;
      }
    }
    if (attributes.hasFailure() && !attributes.getFailure().equals(Failure.getDefaultInstance())) {
      line.state = "failed";
      line.detail = "failed: " + HistoryText.failure(attributes.getFailure());
    } else {
      line.detail = "completed";
    }
  }

  private void activityClosed(long scheduledEventId, Instant at, String state, String outcome) {
    Line line = activitiesByScheduledId.get(scheduledEventId);
    if (line == null) {
      return;
    }
    line.state = state;
    line.endedAt = at;
    line.durationMillis = Duration.between(line.at, at).toMillis();
    line.detail = outcome;
  }

  private void closed(HistoryEvent event, Instant at, String title, String state, String detail) {
    line(event, at, "run", title, state).detail = detail;
  }

  /**
   * Running activities: their attempt, the last failure and the next retry, from the pending
   * activities.
   */
  private void merge(List<PendingActivityInfo> pending) {
    Map<String, PendingActivityInfo> byId = new HashMap<>();
    pending.forEach(info -> byId.put(info.getActivityId(), info));
    for (Line line : activitiesByScheduledId.values()) {
      PendingActivityInfo info = byId.get(line.activityId);
      if (info == null || line.endedAt != null) {
        continue;
      }
      line.attempt = info.getAttempt();
      boolean failedBefore =
          info.hasLastFailure() && !info.getLastFailure().equals(Failure.getDefaultInstance());
      if (info.getState() == PendingActivityState.PENDING_ACTIVITY_STATE_STARTED) {
        line.state = "running";
        line.detail = "running (attempt " + info.getAttempt() + ")";
      } else {
        line.state = failedBefore ? "retrying" : "waiting";
        line.detail = failedBefore ? "waiting to retry" : "scheduled, waiting for a worker";
      }
      if (failedBefore) {
        line.state = "retrying";
        line.detail =
            "failed (attempt "
                + Math.max(1, info.getAttempt() - 1)
                + "): "
                + HistoryText.failure(info.getLastFailure())
                + ", retrying"
                + (info.getState() == PendingActivityState.PENDING_ACTIVITY_STATE_STARTED
                    ? " — attempt " + info.getAttempt() + " running"
                    : "");
        if (info.hasNextAttemptScheduleTime()) {
          line.retryAt = HistoryText.instant(info.getNextAttemptScheduleTime());
        }
      }
    }
  }

  private String timerPurpose() {
    if (stage == null) {
      return "a deadline: the conversation waits until then, unless something happens first";
    }
    return switch (stage) {
      case "FOLLOWING_UP" -> followUpFired ? FOLLOW_UP_ANSWER_NOTE : FOLLOW_UP_NOTE;
      case "HANDED_OFF" -> HANDED_OFF_NOTE;
      case "CLOSED" -> "a deadline after the conversation closed";
      default -> SILENCE_NOTE;
    };
  }

  private static String retryState(RetryState state) {
    return switch (state) {
      case RETRY_STATE_NON_RETRYABLE_FAILURE -> " — not retryable";
      case RETRY_STATE_MAXIMUM_ATTEMPTS_REACHED -> " — no attempts left";
      case RETRY_STATE_TIMEOUT -> " — out of time for retries";
      case RETRY_STATE_RETRY_POLICY_NOT_SET -> " — no retries";
      case RETRY_STATE_CANCEL_REQUESTED -> " — canceled";
      default -> "";
    };
  }

  private String summary(HistoryEvent event) {
    if (!event.hasUserMetadata() || !event.getUserMetadata().hasSummary()) {
      return null;
    }
    JsonNode summary = HistoryText.json(event.getUserMetadata().getSummary(), converter);
    return summary == null || summary.isNull() ? null : summary.asString();
  }

  private static void addIfPresent(List<String> parts, String prefix, String value) {
    if (value != null && !value.isBlank()) {
      parts.add(prefix + value);
    }
  }

  private static String blankTo(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }

  private static String humanize(EventType type) {
    String name = type.name().replace("EVENT_TYPE_", "").toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private Line line(HistoryEvent event, Instant at, String kind, String title, String state) {
    Line line = new Line(event.getEventId(), at, kind, title, state);
    lines.add(line);
    return line;
  }

  /** A timeline line while it is being assembled. */
  private static final class Line {
    final long eventId;
    final Instant at;
    final String kind;
    final String title;
    String note;
    String detail;
    String state;
    Long durationMillis;
    Integer attempt;
    Instant firesAt;
    Instant retryAt;
    Instant endedAt;
    String activityId;
    String earlierFailure;
    int count;

    Line(long eventId, Instant at, String kind, String title, String state) {
      this.eventId = eventId;
      this.at = at;
      this.kind = kind;
      this.title = title;
      this.state = state;
    }

    TimelineEntry entry() {
      String text = detail;
      if (kind.equals("activity") || kind.equals("local-activity")) {
        List<String> parts = new ArrayList<>();
        if (durationMillis != null) {
          parts.add(HistoryText.duration(Duration.ofMillis(durationMillis)));
        }
        if (attempt != null && attempt > 0) {
          parts.add("attempt " + attempt);
        }
        if (detail != null) {
          parts.add(detail);
        }
        text = String.join(", ", parts);
        if (earlierFailure != null && "done".equals(state)) {
          text = text + " (attempt " + (attempt - 1) + " had failed: " + earlierFailure + ")";
        }
      }
      if (kind.equals("workflow-task") && count > 1) {
        text = text + " (×" + count + ")";
      }
      return new TimelineEntry(
          eventId,
          at,
          kind,
          title,
          note,
          text,
          state,
          durationMillis,
          attempt,
          firesAt,
          retryAt,
          endedAt);
    }
  }
}
