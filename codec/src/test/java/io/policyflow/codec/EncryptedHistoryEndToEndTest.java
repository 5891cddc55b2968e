package io.policyflow.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.util.JsonFormat;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.common.RetryOptions;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Runs a tiny workflow + activity through Temporal's test server with the encrypting data converter
 * and reads the history the server stored: no event may contain the customer's e-mail, while the
 * workflow result still comes back in clear text. The same run without the codec is the control
 * that shows the check can fail.
 */
class EncryptedHistoryEndToEndTest {

  static final String EMAIL = "jane.doe@example.com";
  static final String TASK_QUEUE = "codec-e2e";

  @WorkflowInterface
  public interface NotifyCustomerWorkflow {
    @WorkflowMethod
    String converse(String email);

    @SignalMethod
    void customerReplied(String reply);
  }

  @ActivityInterface
  public interface MailActivities {
    String sendMail(String email, String body);

    String backupAddress(String email);
  }

  public static class NotifyCustomerWorkflowImpl implements NotifyCustomerWorkflow {
    private String reply;

    @Override
    public String converse(String email) {
      MailActivities mail =
          Workflow.newActivityStub(
              MailActivities.class,
              ActivityOptions.newBuilder()
                  .setStartToCloseTimeout(Duration.ofSeconds(10))
                  .setSummary("mail " + email)
                  .setRetryOptions(
                      RetryOptions.newBuilder()
                          .setInitialInterval(Duration.ofMillis(50))
                          .setMaximumAttempts(3)
                          .build())
                  .build());
      Workflow.await(() -> reply != null);
      try {
        mail.backupAddress(email);
      } catch (ActivityFailure expected) {
        // recorded in history as ActivityTaskFailed, with the address in the message
      }
      return mail.sendMail(email, "We received: " + reply);
    }

    @Override
    public void customerReplied(String reply) {
      this.reply = reply;
    }
  }

  public static class MailActivitiesImpl implements MailActivities {
    @Override
    public String sendMail(String email, String body) {
      if (Activity.getExecutionContext().getInfo().getAttempt() == 1) {
        // The failure message quotes the address: it must be encrypted as well.
        throw ApplicationFailure.newFailure("mailbox " + email + " is busy", "MailboxBusy");
      }
      return "sent to " + email + ": " + body;
    }

    @Override
    public String backupAddress(String email) {
      throw ApplicationFailure.newNonRetryableFailure(
          "no backup address for " + email, "NoBackupAddress");
    }
  }

  /** Runs the workflow with this converter; returns its result and the stored history. */
  private static Run run(DataConverter converter, String workflowId) {
    TestWorkflowEnvironment env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(
                    WorkflowClientOptions.newBuilder().setDataConverter(converter).build())
                .build());
    try {
      Worker worker = env.newWorker(TASK_QUEUE);
      worker.registerWorkflowImplementationTypes(NotifyCustomerWorkflowImpl.class);
      worker.registerActivitiesImplementations(new MailActivitiesImpl());
      env.start();

      WorkflowClient client = env.getWorkflowClient();
      NotifyCustomerWorkflow workflow =
          client.newWorkflowStub(
              NotifyCustomerWorkflow.class,
              WorkflowOptions.newBuilder()
                  .setTaskQueue(TASK_QUEUE)
                  .setWorkflowId(workflowId)
                  .setMemo(Map.of("customer", EMAIL))
                  .setStaticSummary("Refund conversation with " + EMAIL)
                  .build());
      WorkflowClient.start(workflow::converse, EMAIL);
      workflow.customerReplied("yes please, " + EMAIL);
      String result = WorkflowStub.fromTyped(workflow).getResult(String.class);

      List<HistoryEvent> events = client.fetchHistory(workflowId).getEvents();
      return new Run(result, events);
    } finally {
      env.close();
    }
  }

  record Run(String result, List<HistoryEvent> events) {
    List<String> eventsContaining(String needle) {
      List<String> hits = new ArrayList<>();
      for (HistoryEvent event : events) {
        String bytes = new String(event.toByteArray(), StandardCharsets.ISO_8859_1);
        if (bytes.contains(needle)) {
          hits.add(event.getEventId() + " " + event.getEventType());
        }
      }
      return hits;
    }

    HistoryEvent first(EventType type) {
      return events.stream().filter(e -> e.getEventType() == type).findFirst().orElseThrow();
    }
  }

  @Test
  void historyHoldsNoPlaintextEmailButTheResultDecodes() throws Exception {
    KeyRing ring = TestKeys.ring("k1", "k1", 1);

    Run run = run(Codecs.dataConverter(ring), "refund-000000102");

    String expected = "sent to " + EMAIL + ": We received: yes please, " + EMAIL;
    assertThat(run.result()).isEqualTo(expected);
    assertThat(run.eventsContaining(EMAIL)).as("events holding the plaintext e-mail").isEmpty();
    assertThat(run.eventsContaining("jane.doe")).isEmpty();

    // Positive evidence that the payloads are there, encrypted (not just absent).
    Payload input =
        run.first(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED)
            .getWorkflowExecutionStartedEventAttributes()
            .getInput()
            .getPayloads(0);
    Payload signal =
        run.first(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED)
            .getWorkflowExecutionSignaledEventAttributes()
            .getInput()
            .getPayloads(0);
    Payload activityInput =
        run.first(EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
            .getActivityTaskScheduledEventAttributes()
            .getInput()
            .getPayloads(0);
    Payload activityResult =
        run.first(EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED)
            .getActivityTaskCompletedEventAttributes()
            .getResult()
            .getPayloads(0);
    Payload workflowResult =
        run.first(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED)
            .getWorkflowExecutionCompletedEventAttributes()
            .getResult()
            .getPayloads(0);
    assertThat(List.of(input, signal, activityInput, activityResult, workflowResult))
        .allMatch(AesGcmPayloadCodec::isEncrypted);

    // The activity summary (shown by Temporal UI) and the workflow's static summary are payloads
    // too, encrypted like the rest; the UI decodes them through the codec endpoint.
    HistoryEvent scheduled = run.first(EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED);
    assertThat(scheduled.getUserMetadata().hasSummary()).isTrue();
    assertThat(AesGcmPayloadCodec.isEncrypted(scheduled.getUserMetadata().getSummary())).isTrue();
    HistoryEvent started = run.first(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED);
    assertThat(started.getUserMetadata().hasSummary()).isTrue();
    assertThat(AesGcmPayloadCodec.isEncrypted(started.getUserMetadata().getSummary())).isTrue();
    assertThat(
            started
                .getWorkflowExecutionStartedEventAttributes()
                .getMemo()
                .getFieldsOrThrow("customer"))
        .matches(AesGcmPayloadCodec::isEncrypted);

    // A failure whose message quotes the address: message and stack trace are moved into
    // encrypted attributes (the server only sees "Encoded failure").
    var failure =
        run.first(EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED)
            .getActivityTaskFailedEventAttributes()
            .getFailure();
    assertThat(failure.getMessage()).isEqualTo("Encoded failure");
    assertThat(failure.getStackTrace()).isEmpty();
    assertThat(AesGcmPayloadCodec.isEncrypted(failure.getEncodedAttributes())).isTrue();
    // sendMail's first attempt failed too (retried): where the server records that last failure,
    // it is encoded the same way.
    run.events().stream()
        .filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED)
        .map(e -> e.getActivityTaskStartedEventAttributes().getLastFailure())
        .filter(f -> !f.getMessage().isEmpty())
        .forEach(f -> assertThat(f.getMessage()).isEqualTo("Encoded failure"));

    // What Temporal UI does: post the stored payloads to the codec endpoint and show the answer.
    RemoteCodecHandler handler = RemoteCodecHandler.forKeyRing(ring);
    String body =
        JsonFormat.printer()
            .print(Payloads.newBuilder().addPayloads(input).addPayloads(workflowResult).build());
    Payloads.Builder decoded = Payloads.newBuilder();
    JsonFormat.parser()
        .merge(
            new String(
                handler.decode(body.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8),
            decoded);
    DataConverter plain = DefaultDataConverter.newDefaultInstance();
    assertThat(plain.fromPayloads(0, Optional.of(decoded.build()), String.class, String.class))
        .isEqualTo(EMAIL);
    assertThat(plain.fromPayloads(1, Optional.of(decoded.build()), String.class, String.class))
        .isEqualTo(expected);
  }

  @Test
  void controlWithoutTheCodecTheSameCheckFindsTheEmail() {
    Run run = run(DefaultDataConverter.newDefaultInstance(), "refund-000000103");

    assertThat(run.result()).contains(EMAIL);
    assertThat(run.eventsContaining(EMAIL))
        .as("without encryption the e-mail is in the stored history")
        .isNotEmpty();
  }
}
