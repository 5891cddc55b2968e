package io.policyflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.policyflow.api.problems.ProblemHandler;
import io.policyflow.api.refunds.ConversationService;
import io.policyflow.api.refunds.TemporalCalls;
import io.policyflow.api.refunds.TemporalFailures;
import io.policyflow.api.refunds.TemporalUnavailableException;
import io.policyflow.refund.client.RefundConversations;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowServiceException;
import io.temporal.serviceclient.RpcRetryOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The 503 mapping, with the real exceptions a WorkflowClient throws when nothing listens at its
 * address.
 */
class TemporalFailureMappingTest {

  static WorkflowServiceStubs stubs;
  static WorkflowClient client;

  @BeforeAll
  static void clientAtAClosedPort() {
    stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder()
                .setTarget("127.0.0.1:" + TemporalUnreachableTest.closedPort())
                .setRpcRetryOptions(
                    RpcRetryOptions.newBuilder().setMaximumAttempts(1).validateBuildWithDefaults())
                .setSystemInfoTimeout(Duration.ofMillis(500))
                .build());
    client =
        WorkflowClient.newInstance(
            stubs, WorkflowClientOptions.newBuilder().setNamespace("default").build());
  }

  @AfterAll
  static void close() {
    stubs.shutdownNow();
  }

  Throwable realFailure() {
    try {
      new RefundConversations(client).view("c-1");
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("the query should have failed");
  }

  @Test
  void theClientsUnavailableFailureIsRecognisedThroughItsWrapper() {
    Throwable failure = realFailure();

    assertThat(failure).isInstanceOf(WorkflowServiceException.class);
    assertThat(TemporalFailures.statusCode(failure)).contains(Status.Code.UNAVAILABLE);
    assertThat(TemporalFailures.isUnavailable(failure)).isTrue();
    assertThat(TemporalFailures.isNotFound(failure)).isFalse();
  }

  @Test
  void theHandlerAnswers503WithRetryAfterForAnEscapedUnavailableFailure() {
    ResponseEntity<ProblemDetail> response =
        new ProblemHandler().unexpected((Exception) realFailure());

    assertThat(response.getStatusCode().value()).isEqualTo(503);
    assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody().getStatus()).isEqualTo(503);
  }

  @Test
  void deadlineExceededAndWrappedStatusesAre503Too() {
    var wrapped = new RuntimeException(new StatusRuntimeException(Status.DEADLINE_EXCEEDED));
    assertThat(new ProblemHandler().unexpected(wrapped).getStatusCode().value()).isEqualTo(503);
    var other = new RuntimeException(new StatusRuntimeException(Status.INTERNAL));
    assertThat(new ProblemHandler().unexpected(other).getStatusCode().value()).isEqualTo(500);
  }

  @Test
  void theServiceTranslatesTheRealFailureTo503BeforeItsOwnTimeout() {
    TemporalCalls calls = new TemporalCalls();
    try {
      ConversationService service =
          new ConversationService(client, calls, new ApiProperties("t", Duration.ofSeconds(20)));
      long started = System.nanoTime();
      // a refused connection is UNAVAILABLE; on a loaded machine the SDK's own RPC deadline may
      // pass first
      // (DEADLINE_EXCEEDED): either way the caller gets the 503, well before the API's turn timeout
      assertThatThrownBy(() -> service.view("c-1"))
          .isInstanceOf(TemporalUnavailableException.class)
          .satisfies(
              e ->
                  assertThat(TemporalFailures.statusCode(e))
                      .hasValueSatisfying(
                          code ->
                              assertThat(code)
                                  .isIn(Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED)));
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    } finally {
      calls.destroy();
    }
  }
}
