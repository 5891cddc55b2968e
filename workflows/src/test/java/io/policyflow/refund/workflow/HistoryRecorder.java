package io.policyflow.refund.workflow;

import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.ListClosedWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListOpenWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc.WorkflowServiceBlockingStub;
import io.temporal.client.WorkflowClient;
import io.temporal.common.WorkflowExecutionHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Records, as replay fixtures, the history of every conversation a scenario test ran, when the
 * system property {@value #PROPERTY} names a label: {@code ./mvnw -pl workflows test
 * -Dtest='*ScenarioTest' -Dpolicyflow.record-histories=v1} writes {@code
 * src/test/resources/histories/v1-<scenario>-<test>.json} (one file per conversation; the workflow
 * id is appended when a test ran several). Without the property, or when the test failed, it does
 * nothing. See {@code docs/replay.md}.
 */
final class HistoryRecorder implements AfterTestExecutionCallback {

  static final String PROPERTY = "policyflow.record-histories";
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern INVOCATION = Pattern.compile("test-template-invocation:#(\\d+)]$");
  private static final Duration SETTLE = Duration.ofSeconds(10);

  @Override
  public void afterTestExecution(ExtensionContext context) throws Exception {
    String label = System.getProperty(PROPERTY, "").strip();
    if (label.isEmpty() || context.getExecutionException().isPresent()) {
      return;
    }
    if (!LABEL.matcher(label).matches()) {
      throw new IllegalArgumentException(
          PROPERTY + " must be a kebab-case label such as v1, not: " + label);
    }
    Path folder = RecordedHistories.folder();
    // The test's own server (TestWorkflowExtension starts one per test) holds exactly this test's
    // conversations.
    WorkflowClient client =
        ((ScenarioTest) context.getRequiredTestInstance()).env.getWorkflowClient();
    List<String> workflowIds = workflowIds(client);
    String test =
        fileName(label, context.getRequiredTestClass(), context.getRequiredTestMethod().getName())
            + invocation(context.getUniqueId());
    for (String workflowId : workflowIds) {
      String name = workflowIds.size() == 1 ? test : test + "-" + kebab(workflowId);
      Files.writeString(
          folder.resolve(name + ".json"), settledHistory(client, workflowId).toJson(true));
    }
  }

  /**
   * {@code v1-confirm-and-refund-no-means-nothing-is-refunded} for {@code
   * ConfirmAndRefundScenarioTest}.
   */
  static String fileName(String label, Class<?> scenario, String testMethod) {
    return label
        + "-"
        + kebab(scenario.getSimpleName().replaceFirst("ScenarioTest$", ""))
        + "-"
        + kebab(testMethod);
  }

  static String kebab(String name) {
    return name.replaceAll("([A-Z])([A-Z][a-z])", "$1-$2")
        .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
        .replaceAll("[^A-Za-z0-9]+", "-")
        .replaceAll("^-|-$", "")
        .toLowerCase(Locale.ROOT);
  }

  private static String invocation(String uniqueId) {
    Matcher repeated = INVOCATION.matcher(uniqueId);
    return repeated.find() ? "-" + repeated.group(1) : "";
  }

  private static List<String> workflowIds(WorkflowClient client) {
    WorkflowServiceBlockingStub service = client.getWorkflowServiceStubs().blockingStub();
    String namespace = client.getOptions().getNamespace();
    TreeSet<String> ids = new TreeSet<>();
    Stream.concat(
            service
                .listOpenWorkflowExecutions(
                    ListOpenWorkflowExecutionsRequest.newBuilder().setNamespace(namespace).build())
                .getExecutionsList()
                .stream(),
            service
                .listClosedWorkflowExecutions(
                    ListClosedWorkflowExecutionsRequest.newBuilder()
                        .setNamespace(namespace)
                        .build())
                .getExecutionsList()
                .stream())
        .map(WorkflowExecutionInfo::getExecution)
        .forEach(execution -> ids.add(execution.getWorkflowId()));
    return List.copyOf(ids);
  }

  /**
   * The history once no workflow task is outstanding, so a recording never stops half-way through
   * one (the test may end while the worker still answers a signal or an activity's result).
   */
  private static WorkflowExecutionHistory settledHistory(WorkflowClient client, String workflowId)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(SETTLE);
    while (true) {
      WorkflowExecutionHistory history = client.fetchHistory(workflowId);
      if (!workflowTaskOutstanding(history.getEvents()) || Instant.now().isAfter(deadline)) {
        return history;
      }
      Thread.sleep(50);
    }
  }

  private static boolean workflowTaskOutstanding(List<HistoryEvent> events) {
    boolean outstanding = false;
    for (HistoryEvent event : events) {
      EventType type = event.getEventType();
      if (type == EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED) {
        outstanding = true;
      } else if (type == EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED
          || type == EventType.EVENT_TYPE_WORKFLOW_TASK_FAILED
          || type == EventType.EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT) {
        outstanding = false;
      }
    }
    return outstanding;
  }
}
