package io.policyflow.api.playground;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import com.google.protobuf.util.Durations;
import com.google.protobuf.util.Timestamps;
import io.policyflow.refund.client.RefundWorkflowNames;
import io.temporal.api.common.v1.ActivityType;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.common.v1.SearchAttributes;
import io.temporal.api.common.v1.WorkflowType;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.enums.v1.PendingActivityState;
import io.temporal.api.enums.v1.RetryState;
import io.temporal.api.enums.v1.WorkflowTaskFailedCause;
import io.temporal.api.failure.v1.ApplicationFailureInfo;
import io.temporal.api.failure.v1.Failure;
import io.temporal.api.history.v1.ActivityTaskCompletedEventAttributes;
import io.temporal.api.history.v1.ActivityTaskFailedEventAttributes;
import io.temporal.api.history.v1.ActivityTaskScheduledEventAttributes;
import io.temporal.api.history.v1.ActivityTaskStartedEventAttributes;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.history.v1.MarkerRecordedEventAttributes;
import io.temporal.api.history.v1.TimerCanceledEventAttributes;
import io.temporal.api.history.v1.TimerFiredEventAttributes;
import io.temporal.api.history.v1.TimerStartedEventAttributes;
import io.temporal.api.history.v1.UpsertWorkflowSearchAttributesEventAttributes;
import io.temporal.api.history.v1.WorkflowExecutionSignaledEventAttributes;
import io.temporal.api.history.v1.WorkflowExecutionStartedEventAttributes;
import io.temporal.api.history.v1.WorkflowExecutionUpdateAcceptedEventAttributes;
import io.temporal.api.history.v1.WorkflowExecutionUpdateCompletedEventAttributes;
import io.temporal.api.history.v1.WorkflowTaskCompletedEventAttributes;
import io.temporal.api.history.v1.WorkflowTaskFailedEventAttributes;
import io.temporal.api.taskqueue.v1.TaskQueue;
import io.temporal.api.update.v1.Input;
import io.temporal.api.update.v1.Meta;
import io.temporal.api.update.v1.Outcome;
import io.temporal.api.update.v1.Request;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline from history events: one readable line per message, activity, timer and failure. */
class TimelineTest {

  static final Instant T0 = Instant.parse("2025-12-01T10:00:00Z");

  final List<HistoryEvent> events = new ArrayList<>();

  HistoryEvent.Builder event(EventType type, Duration after) {
    return HistoryEvent.newBuilder()
        .setEventId(events.size() + 1)
        .setEventType(type)
        .setEventTime(Timestamps.fromMillis(T0.plus(after).toEpochMilli()));
  }

  long add(HistoryEvent.Builder event) {
    HistoryEvent built = event.build();
    events.add(built);
    return built.getEventId();
  }

  static Payloads json(String json) {
    return Payloads.newBuilder().addPayloads(payload(json)).build();
  }

  static Payload payload(String json) {
    return Payload.newBuilder()
        .putMetadata("encoding", ByteString.copyFromUtf8("json/plain"))
        .setData(ByteString.copyFrom(json, StandardCharsets.UTF_8))
        .build();
  }

  static Failure failure(String message, String type) {
    return Failure.newBuilder()
        .setMessage(message)
        .setApplicationFailureInfo(ApplicationFailureInfo.newBuilder().setType(type))
        .build();
  }

  long scheduleActivity(String name, String activityId, Duration at) {
    return add(
        event(EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED, at)
            .setActivityTaskScheduledEventAttributes(
                ActivityTaskScheduledEventAttributes.newBuilder()
                    .setActivityId(activityId)
                    .setActivityType(ActivityType.newBuilder().setName(name))));
  }

  @Test
  void aWholeRunReadsLikeWhatHappened() {
    add(
        event(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED, Duration.ZERO)
            .setWorkflowExecutionStartedEventAttributes(
                WorkflowExecutionStartedEventAttributes.newBuilder()
                    .setWorkflowType(WorkflowType.newBuilder().setName("RefundWorkflow"))
                    .setTaskQueue(TaskQueue.newBuilder().setName("refund-conversations"))
                    .setInput(
                        json(
                            "{\"conversationId\":\"c1\",\"context\":{\"customerEmail\":\"jane.doe@example.com\","
                                + "\"emailVerified\":false,\"locale\":\"en-US\"},\"policy\":null}"))));
    add(
        event(EventType.EVENT_TYPE_MARKER_RECORDED, Duration.ofMillis(40))
            .setMarkerRecordedEventAttributes(
                MarkerRecordedEventAttributes.newBuilder()
                    .setMarkerName("LocalActivity")
                    .putDetails("type", json("\"CurrentPolicy\""))
                    .putDetails(
                        "meta",
                        json(
                            "{\"attempt\":1,\"originalScheduledTimestamp\":"
                                + T0.plusMillis(30).toEpochMilli()
                                + "}"))));
    long accepted =
        add(
            event(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED, Duration.ofSeconds(5))
                .setWorkflowExecutionUpdateAcceptedEventAttributes(
                    WorkflowExecutionUpdateAcceptedEventAttributes.newBuilder()
                        .setAcceptedRequest(
                            Request.newBuilder()
                                .setMeta(
                                    Meta.newBuilder()
                                        .setUpdateId(RefundWorkflowNames.replyUpdateId("m-3")))
                                .setInput(
                                    Input.newBuilder()
                                        .setName(RefundWorkflowNames.REPLY)
                                        .setArgs(
                                            json(
                                                "{\"messageId\":\"m-3\",\"text\":\"yes   please\"}"))))));
    long refund = scheduleActivity("Refund", "7", Duration.ofSeconds(5).plusMillis(10));
    add(
        event(EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED, Duration.ofSeconds(5).plusMillis(20))
            .setActivityTaskStartedEventAttributes(
                ActivityTaskStartedEventAttributes.newBuilder()
                    .setScheduledEventId(refund)
                    .setAttempt(2)
                    .setLastFailure(failure("HTTP 503", "StoreUnavailable"))));
    add(
        event(EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED, Duration.ofSeconds(5).plusMillis(190))
            .setActivityTaskCompletedEventAttributes(
                ActivityTaskCompletedEventAttributes.newBuilder().setScheduledEventId(refund)));
    add(
        event(
                EventType.EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES,
                Duration.ofSeconds(5).plusMillis(200))
            .setUpsertWorkflowSearchAttributesEventAttributes(
                UpsertWorkflowSearchAttributesEventAttributes.newBuilder()
                    .setSearchAttributes(
                        SearchAttributes.newBuilder()
                            .putIndexedFields(
                                RefundWorkflowNames.STAGE.getName(), payload("\"FOLLOWING_UP\""))
                            .putIndexedFields(
                                RefundWorkflowNames.OUTCOME.getName(), payload("\"REFUNDED\"")))));
    add(
        event(
                EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED,
                Duration.ofSeconds(5).plusMillis(210))
            .setWorkflowExecutionUpdateCompletedEventAttributes(
                WorkflowExecutionUpdateCompletedEventAttributes.newBuilder()
                    .setAcceptedEventId(accepted)
                    .setOutcome(
                        Outcome.newBuilder()
                            .setSuccess(json("{\"replies\":[{},{}],\"conversation\":{}}")))));
    add(
        event(EventType.EVENT_TYPE_TIMER_STARTED, Duration.ofSeconds(6))
            .setTimerStartedEventAttributes(
                TimerStartedEventAttributes.newBuilder()
                    .setTimerId("t1")
                    .setStartToFireTimeout(
                        Durations.fromMillis(Duration.ofDays(5).plusHours(23).toMillis()))));
    add(
        event(EventType.EVENT_TYPE_TIMER_FIRED, Duration.ofDays(5).plusHours(23).plusSeconds(6))
            .setTimerFiredEventAttributes(TimerFiredEventAttributes.newBuilder().setTimerId("t1")));
    add(
        event(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED, Duration.ofDays(6))
            .setWorkflowExecutionSignaledEventAttributes(
                WorkflowExecutionSignaledEventAttributes.newBuilder()
                    .setSignalName(RefundWorkflowNames.RECEIVE)
                    .setInput(json("{\"messageId\":\"w-9\",\"text\":\"It arrived\"}"))));
    add(
        event(EventType.EVENT_TYPE_TIMER_STARTED, Duration.ofDays(6).plusSeconds(1))
            .setTimerStartedEventAttributes(
                TimerStartedEventAttributes.newBuilder()
                    .setTimerId("t2")
                    .setStartToFireTimeout(Durations.fromMillis(Duration.ofHours(24).toMillis()))));
    add(
        event(EventType.EVENT_TYPE_TIMER_CANCELED, Duration.ofDays(6).plusMinutes(10))
            .setTimerCanceledEventAttributes(
                TimerCanceledEventAttributes.newBuilder().setTimerId("t2")));

    List<TimelineEntry> timeline = Timeline.of(events, List.of(), null);

    assertThat(timeline)
        .extracting(TimelineEntry::title)
        .containsExactly(
            "Conversation started",
            "Local activity CurrentPolicy",
            "Customer message m-3 (update)",
            "Activity Refund",
            "Search attributes set",
            "Timer 5d 23h",
            "Customer message w-9 (signal)",
            "Timer 1d");
    assertThat(timeline.get(0).detail())
        .isEqualTo(
            "context: email jane.doe@example.com (not verified), locale en-US, policy: as configured on the worker");
    assertThat(timeline.get(1).detail()).isEqualTo("10 ms, attempt 1, completed");
    assertThat(timeline.get(1).note()).isEqualTo("read the refund policy configured on the worker");
    TimelineEntry message = timeline.get(2);
    assertThat(message.note()).isEqualTo("“yes please”");
    assertThat(message.detail()).isEqualTo("answered with 2 messages after 210 ms");
    assertThat(message.state()).isEqualTo("done");
    TimelineEntry activity = timeline.get(3);
    assertThat(activity.detail())
        .isEqualTo(
            "180 ms, attempt 2, completed (attempt 1 had failed: HTTP 503 (StoreUnavailable))");
    assertThat(activity.durationMillis()).isEqualTo(180);
    assertThat(timeline.get(4).detail())
        .isEqualTo("RefundOutcome = REFUNDED, RefundStage = FOLLOWING_UP");
    TimelineEntry timer = timeline.get(5);
    assertThat(timer.note()).startsWith("the follow-up: on the refund's expected date");
    assertThat(timer.state()).isEqualTo("done");
    assertThat(timer.firesAt()).isEqualTo(T0.plus(Duration.ofDays(5).plusHours(23).plusSeconds(6)));
    assertThat(timer.detail()).isEqualTo("fired");
    assertThat(timeline.get(6).note()).isEqualTo("“It arrived”");
    assertThat(timeline.get(7).note()).startsWith("if the customer does not answer the follow-up");
    assertThat(timeline.get(7).state()).isEqualTo("canceled");
    assertThat(timeline.get(7).detail()).startsWith("canceled after 9 min 59 s");
  }

  @Test
  void aCompactTurnAnswerAndAnAgentsActionReadAsWhatHappened() {
    long accepted =
        add(
            event(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED, Duration.ZERO)
                .setWorkflowExecutionUpdateAcceptedEventAttributes(
                    WorkflowExecutionUpdateAcceptedEventAttributes.newBuilder()
                        .setAcceptedRequest(
                            Request.newBuilder()
                                .setMeta(
                                    Meta.newBuilder()
                                        .setUpdateId(RefundWorkflowNames.replyUpdateId("m-7")))
                                .setInput(
                                    Input.newBuilder()
                                        .setName(RefundWorkflowNames.REPLY)
                                        .setArgs(json("{\"text\":\"hi\"}"))))));
    add(
        event(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED, Duration.ofMillis(40))
            .setWorkflowExecutionUpdateCompletedEventAttributes(
                WorkflowExecutionUpdateCompletedEventAttributes.newBuilder()
                    .setAcceptedEventId(accepted)
                    .setOutcome(
                        Outcome.newBuilder()
                            .setSuccess(
                                json(
                                    "{\"replies\":[{}],\"state\":{\"status\":\"HANDED_OFF\",\"messageCount\":9}}")))));
    add(
        event(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED, Duration.ofMinutes(5))
            .setWorkflowExecutionSignaledEventAttributes(
                WorkflowExecutionSignaledEventAttributes.newBuilder()
                    .setSignalName(RefundWorkflowNames.AGENT)
                    .setInput(
                        json(
                            "{\"kind\":\"CLOSED\",\"agent\":\"Ana\",\"note\":\"sorted  out\",\"later\":1}"))));

    List<TimelineEntry> timeline = Timeline.of(events, List.of(), null);

    assertThat(timeline)
        .extracting(TimelineEntry::title)
        .containsExactly("Customer message m-7 (update)", "Agent action (signal)");
    assertThat(timeline.get(0).detail()).isEqualTo("answered with 1 message after 40 ms");
    assertThat(timeline.get(1).detail()).isEqualTo("CLOSED by Ana “sorted out”");
  }

  @Test
  void aFailingActivityShowsItsLastFailureAndNextAttempt() {
    scheduleActivity("OrderDetails", "5", Duration.ZERO);
    PendingActivityInfo pending =
        PendingActivityInfo.newBuilder()
            .setActivityId("5")
            .setState(PendingActivityState.PENDING_ACTIVITY_STATE_SCHEDULED)
            .setAttempt(3)
            .setLastFailure(failure("Magento answered 503", "StoreUnavailable"))
            .setNextAttemptScheduleTime(Timestamps.fromMillis(T0.plusSeconds(4).toEpochMilli()))
            .build();

    TimelineEntry entry = Timeline.of(events, List.of(pending), null).get(0);

    assertThat(entry.title()).isEqualTo("Activity OrderDetails");
    assertThat(entry.state()).isEqualTo("retrying");
    assertThat(entry.detail())
        .isEqualTo(
            "attempt 3, failed (attempt 2): Magento answered 503 (StoreUnavailable), retrying");
    assertThat(entry.retryAt()).isEqualTo(T0.plusSeconds(4));
  }

  @Test
  void aFailedActivitySaysWhyItIsNotRetried() {
    long scheduled = scheduleActivity("Refund", "9", Duration.ZERO);
    add(
        event(EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED, Duration.ofMillis(5))
            .setActivityTaskStartedEventAttributes(
                ActivityTaskStartedEventAttributes.newBuilder()
                    .setScheduledEventId(scheduled)
                    .setAttempt(1)));
    add(
        event(EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED, Duration.ofMillis(1500))
            .setActivityTaskFailedEventAttributes(
                ActivityTaskFailedEventAttributes.newBuilder()
                    .setScheduledEventId(scheduled)
                    .setRetryState(RetryState.RETRY_STATE_NON_RETRYABLE_FAILURE)
                    .setFailure(
                        failure("The most money available to refund is 60.", "RefundRefused"))));

    TimelineEntry entry = Timeline.of(events, List.of(), null).get(0);

    assertThat(entry.state()).isEqualTo("failed");
    assertThat(entry.detail())
        .isEqualTo(
            "1.5 s, attempt 1, failed: The most money available to refund is 60. (RefundRefused) — not retryable");
  }

  @Test
  void aFailingWorkflowTaskIsOneLineThatSaysTheRunIsStuckUntilItRecovers() {
    for (int i = 0; i < 2; i++) {
      add(
          event(EventType.EVENT_TYPE_WORKFLOW_TASK_FAILED, Duration.ofSeconds(10L * i))
              .setWorkflowTaskFailedEventAttributes(
                  WorkflowTaskFailedEventAttributes.newBuilder()
                      .setCause(
                          WorkflowTaskFailedCause
                              .WORKFLOW_TASK_FAILED_CAUSE_WORKFLOW_WORKER_UNHANDLED_FAILURE)
                      .setFailure(
                          Failure.newBuilder()
                              .setMessage("placeholder: not implemented\n\tat Foo.bar"))));
    }

    List<TimelineEntry> stuck = Timeline.of(events, List.of(), null);
    assertThat(stuck).hasSize(1);
    assertThat(stuck.get(0).title())
        .isEqualTo("Workflow code failed (workflow worker unhandled failure)");
    assertThat(stuck.get(0).detail()).isEqualTo("placeholder: not implemented (×2)");
    assertThat(stuck.get(0).state()).isEqualTo("failed");

    add(
        event(EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED, Duration.ofSeconds(30))
            .setWorkflowTaskCompletedEventAttributes(
                WorkflowTaskCompletedEventAttributes.getDefaultInstance()));
    assertThat(Timeline.of(events, List.of(), null).get(0).state()).isEqualTo("warning");
  }

  @Test
  void aTimerThatRunsOutAfterTheCustomerWroteIsShownAsNotNeeded() {
    add(
        event(EventType.EVENT_TYPE_TIMER_STARTED, Duration.ZERO)
            .setTimerStartedEventAttributes(
                TimerStartedEventAttributes.newBuilder()
                    .setTimerId("1")
                    .setStartToFireTimeout(Durations.fromMillis(Duration.ofHours(24).toMillis()))));
    add(
        event(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED, Duration.ofMinutes(1))
            .setWorkflowExecutionUpdateAcceptedEventAttributes(
                WorkflowExecutionUpdateAcceptedEventAttributes.newBuilder()
                    .setAcceptedRequest(
                        Request.newBuilder()
                            .setMeta(
                                Meta.newBuilder()
                                    .setUpdateId(RefundWorkflowNames.replyUpdateId("m-1")))
                            .setInput(
                                Input.newBuilder()
                                    .setName(RefundWorkflowNames.REPLY)
                                    .setArgs(json("{\"messageId\":\"m-1\",\"text\":\"yes\"}"))))));
    add(
        event(EventType.EVENT_TYPE_TIMER_FIRED, Duration.ofHours(24))
            .setTimerFiredEventAttributes(TimerFiredEventAttributes.newBuilder().setTimerId("1")));

    TimelineEntry timer = Timeline.of(events, List.of(), null).get(0);

    assertThat(timer.state()).isEqualTo("canceled");
    assertThat(timer.detail()).startsWith("not needed: a message came first");
    assertThat(timer.note()).startsWith("a deadline");
  }

  @Test
  void durationsAreShort() {
    assertThat(HistoryText.duration(Duration.ofMillis(180))).isEqualTo("180 ms");
    assertThat(HistoryText.duration(Duration.ofMillis(2400))).isEqualTo("2.4 s");
    assertThat(HistoryText.duration(Duration.ofSeconds(200))).isEqualTo("3 min 20 s");
    assertThat(HistoryText.duration(Duration.ofMinutes(320))).isEqualTo("5 h 20 min");
    assertThat(HistoryText.duration(Duration.ofDays(5).plusHours(23))).isEqualTo("5d 23h");
    assertThat(HistoryText.duration(Duration.ofDays(6))).isEqualTo("6d");
  }
}
