package io.policyflow.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.policyflow.refund.client.RefundWorkflowNames;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.api.operatorservice.v1.ListSearchAttributesRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionMetadata;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The local stack (worker, API, sandbox store) on Temporal's own server ({@code temporal server
 * start-dev}, no search attribute registered beforehand): whole refunds over HTTP, the
 * conversations found with visibility queries on their search attributes, and a Temporal restart
 * with its SQLite file kept in the middle of a conversation.
 */
class RealServerConversationTest {

  @RegisterExtension
  static final TemporalDevServer temporal = TemporalDevServer.withoutSearchAttributes();

  private static final String TOKEN = "real-server-test-token";
  private static LocalStack stack;
  private static Http api;
  private static SandboxHttp store;

  @BeforeAll
  static void startStack() {
    stack =
        LocalStack.start(
            Map.of("TEMPORAL_ADDRESS", temporal.target(), "SANDBOX_PORT", "0"),
            "--server.port=0",
            "--policyflow.api.token=" + TOKEN);
    api = new Http(stack.apiPort(), TOKEN);
    store = new SandboxHttp(stack.sandbox().baseUrl());
  }

  @AfterAll
  static void stopStack() {
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void aWholeRefundIsIssuedOnceAndFoundByItsSearchAttributes() {
    assertThat(
            api.post(
                    "/v1/refunds",
                    "{\"conversationId\":\"rs-refund\",\"context\":{\"customerName\":\"Jane\"}}")
                .status())
        .isEqualTo(201);
    assertThat(api.say("rs-refund", "m1", "it's jane.doe@example.com"))
        .contains("#000000101", "#000000102");
    assertThat(api.say("rs-refund", "m2", "000000101"))
        .contains("unused and in their original packaging");
    assertThat(api.say("rs-refund", "m3", "unused")).contains("refund $10.00", "Shall I go ahead?");
    assertThat(api.say("rs-refund", "m4", "yes")).contains("refunded $10.00", "3–5 business days");
    assertThat(api.say("rs-refund", "m4", "yes")).contains("refunded $10.00");
    assertThat(store.creditMemos("000000101")).hasSize(1);
    assertThat(api.get("/v1/refunds/rs-refund").body().get("status").asText())
        .isEqualTo("FOLLOWING_UP");
    // a second conversation, waiting for the customer to choose an order
    api.post(
        "/v1/refunds",
        "{\"conversationId\":\"rs-choosing\",\"context\":{\"customerName\":\"Jane\","
            + "\"customerEmail\":\"jane.doe@example.com\",\"emailVerified\":true}}");
    assertThat(api.get("/v1/refunds/rs-choosing").body().get("awaiting").asText())
        .isEqualTo("ORDER");

    // the stack registered the search attributes it found missing
    assertThat(definedSearchAttributes())
        .containsAllEntriesOf(
            Map.of(
                "RefundStage", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
                "RefundOutcome", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
                "OrderNumber", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD));
    // visibility is eventually consistent: the query answers what the conversations are once it has
    // caught up
    WorkflowClient client = temporal.client();
    String refunded = "RefundStage = 'FOLLOWING_UP' AND OrderNumber = '000000101'";
    assertThat(eventually(() -> ids(client, refunded), List.of("refund-rs-refund")))
        .containsExactly("refund-rs-refund");
    assertThat(client.countWorkflows(refunded).getCount()).isEqualTo(1);
    WorkflowExecutionMetadata execution = client.listExecutions(refunded).findFirst().orElseThrow();
    assertThat(execution.getTypedSearchAttributes().get(RefundWorkflowNames.OUTCOME))
        .isEqualTo("REFUNDED");
    assertThat(
            eventually(() -> ids(client, "RefundStage = 'ORDER'"), List.of("refund-rs-choosing")))
        .contains("refund-rs-choosing")
        .doesNotContain("refund-rs-refund");
  }

  @Test
  void theClockCannotMoveOnTemporalsOwnServer() {
    Http.Response clock = api.post("/dev/clock/skip", "{\"duration\":\"P8D\"}");

    assertThat(clock.status()).isEqualTo(409);
    assertThat(clock.body().get("detail").asText()).contains("Temporal's test server");
  }

  @Test
  void aConversationGoesOnAfterTemporalRestartsWithItsDatabase() {
    api.post(
        "/v1/refunds",
        "{\"conversationId\":\"rs-restart\",\"context\":{\"customerName\":\"Sam\"}}");
    assertThat(api.say("rs-restart", "m1", "sam.guest@example.com")).contains("#000000201");
    JsonNode beforeRestart = api.get("/v1/refunds/rs-restart").body();

    temporal.restart();

    JsonNode afterRestart = api.getWhenAvailable("/v1/refunds/rs-restart").body();
    assertThat(afterRestart.get("awaiting").asText()).isEqualTo("ORDER");
    assertThat(afterRestart.get("messages")).isEqualTo(beforeRestart.get("messages"));
    assertThat(api.sayWhenAvailable("rs-restart", "m2", "000000201"))
        .contains("unused and in their original packaging");
    assertThat(api.say("rs-restart", "m3", "unused"))
        .contains("refund $30.00", "Shall I go ahead?");
    assertThat(api.say("rs-restart", "m4", "yes")).contains("refunded $30.00", "3–5 business days");
    assertThat(store.creditMemos("000000201")).hasSize(1);
    assertThat(RestartTest.customerTexts(api.get("/v1/refunds/rs-restart").body()))
        .containsExactly("sam.guest@example.com", "000000201", "unused", "yes");
  }

  private static Map<String, IndexedValueType> definedSearchAttributes() {
    OperatorServiceStubs operator =
        OperatorServiceStubs.newServiceStubs(
            OperatorServiceStubsOptions.newBuilder()
                .setTarget(temporal.target())
                .validateAndBuildWithDefaults());
    try {
      return operator
          .blockingStub()
          .listSearchAttributes(
              ListSearchAttributesRequest.newBuilder().setNamespace("default").build())
          .getCustomAttributesMap();
    } finally {
      operator.shutdownNow();
    }
  }

  private static List<String> ids(WorkflowClient client, String query) {
    return client
        .listExecutions(query)
        .map(e -> e.getExecution().getWorkflowId())
        .sorted()
        .toList();
  }

  /** The supplier's value once it satisfies the expectation, or its last value after 30 s. */
  private static List<String> eventually(Supplier<List<String>> value, List<String> expected) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    List<String> last = value.get();
    while (!last.containsAll(expected) && System.nanoTime() < deadline) {
      StackProcess.sleep(Duration.ofMillis(250));
      last = value.get();
    }
    return last;
  }
}
