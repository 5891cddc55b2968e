package io.policyflow.api.playground;

import com.google.protobuf.ByteString;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.policyflow.api.ApiProperties;
import io.policyflow.api.refunds.ConversationNotFoundException;
import io.policyflow.api.refunds.TemporalFailures;
import io.policyflow.api.refunds.TemporalUnavailableException;
import io.policyflow.refund.client.RefundWorkflowNames;
import io.policyflow.refund.workflow.RefundWorkflow;
import io.temporal.api.common.v1.SearchAttributes;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.filter.v1.StartTimeFilter;
import io.temporal.api.filter.v1.WorkflowTypeFilter;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionResponse;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryRequest;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryResponse;
import io.temporal.api.workflowservice.v1.ListClosedWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListOpenWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc.WorkflowServiceBlockingStub;
import io.temporal.client.WorkflowClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Service;

/**
 * Reads runs straight from Temporal for the playground: DescribeWorkflowExecution (status, search
 * attributes, pending activities), GetWorkflowExecutionHistory (the timeline) and the list of
 * recent refund runs. Every call has a deadline ({@code policyflow.api.turn-timeout}).
 */
@Service("policyflowPlaygroundRunInspector")
@ConditionalOnBooleanProperty("policyflow.playground.enabled")
public class RunInspector {

  /** A timeline stops here; the rest is in Temporal UI. */
  static final int MAX_EVENTS = 5_000;

  private final WorkflowClient client;
  private final Duration timeout;
  private final PlaygroundAccess access;

  public RunInspector(WorkflowClient client, ApiProperties properties, PlaygroundAccess access) {
    this.client = client;
    this.timeout = properties.turnTimeout();
    this.access = access;
  }

  /** The current run of the conversation. */
  public RunInfo describe(String conversationId) {
    DescribeWorkflowExecutionResponse response = describeRun(conversationId);
    WorkflowExecutionInfo info = response.getWorkflowExecutionInfo();
    return new RunInfo(
        conversationId,
        info.getExecution().getWorkflowId(),
        info.getExecution().getRunId(),
        info.getType().getName(),
        info.getTaskQueue(),
        status(info.getStatus()),
        info.hasStartTime() ? HistoryText.instant(info.getStartTime()) : null,
        info.hasCloseTime() ? HistoryText.instant(info.getCloseTime()) : null,
        info.getHistoryLength(),
        searchAttributes(info.getSearchAttributes()),
        temporalUiLink(info.getExecution()));
  }

  /** The timeline of the conversation's current run. */
  public TimelineView timeline(String conversationId) {
    DescribeWorkflowExecutionResponse described = describeRun(conversationId);
    WorkflowExecution execution = described.getWorkflowExecutionInfo().getExecution();
    List<HistoryEvent> events = new ArrayList<>();
    ByteString page = ByteString.EMPTY;
    boolean truncated = false;
    do {
      GetWorkflowExecutionHistoryRequest request =
          GetWorkflowExecutionHistoryRequest.newBuilder()
              .setNamespace(namespace())
              .setExecution(execution)
              .setNextPageToken(page)
              .build();
      GetWorkflowExecutionHistoryResponse response =
          call(conversationId, () -> stub().getWorkflowExecutionHistory(request));
      events.addAll(response.getHistory().getEventsList());
      page = response.getNextPageToken();
      if (events.size() >= MAX_EVENTS) {
        truncated = !page.isEmpty();
        break;
      }
    } while (!page.isEmpty());
    return new TimelineView(
        execution.getWorkflowId(),
        execution.getRunId(),
        events.size(),
        truncated,
        Timeline.of(
            events, described.getPendingActivitiesList(), client.getOptions().getDataConverter()));
  }

  /**
   * Recent refund runs, newest first: ListWorkflowExecutions where the server has advanced
   * visibility, else the open and closed lists (which the embedded test server supports).
   */
  public List<RunSummary> recent(int limit) {
    List<WorkflowExecutionInfo> executions;
    try {
      executions =
          call(
              "-",
              () ->
                  stub()
                      .listWorkflowExecutions(
                          ListWorkflowExecutionsRequest.newBuilder()
                              .setNamespace(namespace())
                              .setPageSize(limit)
                              .setQuery("WorkflowType = '" + workflowType() + "'")
                              .build())
                      .getExecutionsList());
    } catch (RuntimeException e) {
      if (e instanceof TemporalUnavailableException) {
        throw e;
      }
      executions = new ArrayList<>();
      StartTimeFilter anyTime =
          StartTimeFilter.newBuilder()
              .setEarliestTime(com.google.protobuf.Timestamp.getDefaultInstance())
              .setLatestTime(
                  com.google.protobuf.util.Timestamps.fromMillis(
                      Instant.now().plus(Duration.ofDays(3650)).toEpochMilli()))
              .build();
      WorkflowTypeFilter type = WorkflowTypeFilter.newBuilder().setName(workflowType()).build();
      executions.addAll(
          call(
              "-",
              () ->
                  stub()
                      .listOpenWorkflowExecutions(
                          ListOpenWorkflowExecutionsRequest.newBuilder()
                              .setNamespace(namespace())
                              .setMaximumPageSize(limit)
                              .setStartTimeFilter(anyTime)
                              .setTypeFilter(type)
                              .build())
                      .getExecutionsList()));
      executions.addAll(
          call(
              "-",
              () ->
                  stub()
                      .listClosedWorkflowExecutions(
                          ListClosedWorkflowExecutionsRequest.newBuilder()
                              .setNamespace(namespace())
                              .setMaximumPageSize(limit)
                              .setStartTimeFilter(anyTime)
                              .setTypeFilter(type)
                              .build())
                      .getExecutionsList()));
    }
    Map<String, RunSummary> byWorkflow = new LinkedHashMap<>();
    executions.stream()
        .filter(
            info ->
                info.getExecution().getWorkflowId().startsWith(RefundWorkflow.WORKFLOW_ID_PREFIX))
        .sorted(
            Comparator.comparing(
                    (WorkflowExecutionInfo info) -> HistoryText.instant(info.getStartTime()))
                .reversed())
        .forEach(
            info -> byWorkflow.putIfAbsent(info.getExecution().getWorkflowId(), summary(info)));
    return byWorkflow.values().stream().limit(limit).toList();
  }

  private RunSummary summary(WorkflowExecutionInfo info) {
    String workflowId = info.getExecution().getWorkflowId();
    return new RunSummary(
        workflowId.substring(RefundWorkflow.WORKFLOW_ID_PREFIX.length()),
        workflowId,
        info.getExecution().getRunId(),
        status(info.getStatus()),
        info.hasStartTime() ? HistoryText.instant(info.getStartTime()) : null,
        info.hasCloseTime() ? HistoryText.instant(info.getCloseTime()) : null,
        searchAttributes(info.getSearchAttributes()));
  }

  private DescribeWorkflowExecutionResponse describeRun(String conversationId) {
    DescribeWorkflowExecutionRequest request =
        DescribeWorkflowExecutionRequest.newBuilder()
            .setNamespace(namespace())
            .setExecution(
                WorkflowExecution.newBuilder()
                    .setWorkflowId(RefundWorkflow.workflowId(conversationId)))
            .build();
    return call(conversationId, () -> stub().describeWorkflowExecution(request));
  }

  private String temporalUiLink(WorkflowExecution execution) {
    return access
        .temporalUiUrl()
        .map(
            base ->
                base
                    + "/namespaces/"
                    + encode(namespace())
                    + "/workflows/"
                    + encode(execution.getWorkflowId())
                    + "/"
                    + encode(execution.getRunId())
                    + "/history")
        .orElse(null);
  }

  private static Map<String, Object> searchAttributes(SearchAttributes attributes) {
    Map<String, Object> values = new TreeMap<>();
    attributes
        .getIndexedFieldsMap()
        .forEach((name, payload) -> values.put(name, HistoryText.value(payload)));
    return values;
  }

  private static String status(WorkflowExecutionStatus status) {
    return status.name().replace("WORKFLOW_EXECUTION_STATUS_", "");
  }

  private static String workflowType() {
    return RefundWorkflowNames.WORKFLOW_TYPE;
  }

  private String namespace() {
    return client.getOptions().getNamespace();
  }

  private WorkflowServiceBlockingStub stub() {
    return client
        .getWorkflowServiceStubs()
        .blockingStub()
        .withDeadlineAfter(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private static <T> T call(String conversationId, Supplier<T> call) {
    try {
      return call.get();
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        throw new ConversationNotFoundException(conversationId, e);
      }
      if (TemporalFailures.isUnavailable(e)) {
        throw new TemporalUnavailableException("Temporal did not answer in time. Try again.", e);
      }
      throw e;
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
