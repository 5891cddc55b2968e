package io.policyflow.benchmark;

import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WithStartWorkflowOperation;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP floors, served by the same Spring web server, behind the same bearer-token filter
 * ({@code /v1/*}) and with JSON bodies shaped like a customer turn, so that they cost what the API
 * stack costs and nothing else:
 *
 * <ul>
 *   <li>{@code POST /v1/benchmark/noop}: nothing behind it;
 *   <li>{@code POST /v1/benchmark/floor/{workflowId}/echo}: one bare update of a {@link
 *       FloorWorkflow};
 *   <li>{@code POST /v1/benchmark/floor-open}: one bare update-with-start of a {@link
 *       FloorWorkflow} (the floor of opening a conversation).
 * </ul>
 */
@RestController
@RequestMapping(path = "/v1/benchmark", produces = MediaType.APPLICATION_JSON_VALUE)
public class FloorController {

  private final WorkflowClient client;

  public FloorController(WorkflowClient client) {
    this.client = client;
  }

  public record Turn(String messageId, String text) {}

  public record Open(String conversationId) {}

  @PostMapping(path = "/noop", consumes = MediaType.APPLICATION_JSON_VALUE)
  public Map<String, Object> noop(@RequestBody Turn turn) {
    return answer(turn.text());
  }

  @PostMapping(path = "/floor/{workflowId}/echo", consumes = MediaType.APPLICATION_JSON_VALUE)
  public Map<String, Object> echo(@PathVariable String workflowId, @RequestBody Turn turn) {
    return answer(client.newWorkflowStub(FloorWorkflow.class, workflowId).echo(turn.text()));
  }

  @PostMapping(path = "/floor-open", consumes = MediaType.APPLICATION_JSON_VALUE)
  public Map<String, Object> open(@RequestBody Open open) {
    FloorWorkflow workflow =
        client.newWorkflowStub(
            FloorWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue(FloorWorkflow.TASK_QUEUE)
                .setWorkflowId("floor-open-" + open.conversationId())
                .setWorkflowIdConflictPolicy(
                    WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING)
                .build());
    String text =
        WorkflowClient.executeUpdateWithStart(
            workflow::echo,
            "hello",
            UpdateOptions.newBuilder(String.class).build(),
            new WithStartWorkflowOperation<>(workflow::run, 1));
    return answer(text);
  }

  private static Map<String, Object> answer(String text) {
    return Map.of("replies", List.of(Map.of("seq", 1, "author", "BOT", "text", text)));
  }
}
