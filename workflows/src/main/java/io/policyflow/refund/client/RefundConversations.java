package io.policyflow.refund.client;

import io.policyflow.refund.conversation.AgentAction;
import io.policyflow.refund.conversation.ConversationContext;
import io.policyflow.refund.conversation.ConversationView;
import io.policyflow.refund.conversation.CustomerMessage;
import io.policyflow.refund.conversation.OpenResult;
import io.policyflow.refund.conversation.Reading;
import io.policyflow.refund.conversation.TurnAnswer;
import io.policyflow.refund.workflow.RefundRequest;
import io.policyflow.refund.workflow.RefundWorkflow;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.BatchRequest;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WithStartWorkflowOperation;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateHandle;
import io.temporal.client.WorkflowUpdateStage;
import java.util.List;
import java.util.Optional;

/**
 * The refund workflow as a caller sees it, one conversation id at a time: open it, send customer
 * turns (update or signal), record an agent's action, read it. Every call is one blocking Temporal
 * call with the SDK's own retries and no deadline of its own; Temporal's exceptions come out as
 * they are.
 *
 * <ul>
 *   <li>A conversation is started at most once ({@code USE_EXISTING}) and never again once closed
 *       ({@code REJECT_DUPLICATE}: the start fails with {@code WorkflowExecutionAlreadyStarted}).
 *   <li>A turn's update id is {@link RefundWorkflowNames#replyUpdateId}: a repeated message id
 *       joins the same update, also while it still runs.
 *   <li>A turn answers a {@link TurnAnswer}; from a run started before constant-size turns its
 *       {@code state} is null (the whole conversation is then only in {@link #view}).
 * </ul>
 */
public final class RefundConversations {

  private final WorkflowClient client;
  private final String taskQueue;

  /** Conversations on the refund workflow's task queue. */
  public RefundConversations(WorkflowClient client) {
    this(client, RefundWorkflow.TASK_QUEUE);
  }

  /** Conversations started on another task queue (tests). */
  public RefundConversations(WorkflowClient client, String taskQueue) {
    this.client = client;
    this.taskQueue = taskQueue;
  }

  /**
   * Update-with-start of {@code open}, returned once accepted: starts the conversation (policy as
   * configured on the worker) or joins the running one. Its result's {@code created} is true only
   * for the call that started it; a conversation already opened refuses it ({@code
   * WorkflowUpdateException}, refusal {@link RefundWorkflowNames#ALREADY_OPEN}): read it with
   * {@link #view}.
   */
  public WorkflowUpdateHandle<OpenResult> startOpen(
      String conversationId, ConversationContext context) {
    RefundWorkflow workflow =
        client.newWorkflowStub(RefundWorkflow.class, startOptions(conversationId));
    return WorkflowClient.startUpdateWithStart(
        workflow::open,
        UpdateOptions.<OpenResult>newBuilder()
            .setWaitForStage(WorkflowUpdateStage.ACCEPTED)
            .build(),
        new WithStartWorkflowOperation<>(
            workflow::run, RefundRequest.withConfiguredPolicy(conversationId, context)));
  }

  /** Like {@link #startOpen}, waiting for the result in the same call. */
  public OpenResult open(String conversationId, ConversationContext context) {
    RefundWorkflow workflow =
        client.newWorkflowStub(RefundWorkflow.class, startOptions(conversationId));
    return WorkflowClient.executeUpdateWithStart(
        workflow::open,
        UpdateOptions.<OpenResult>newBuilder().build(),
        new WithStartWorkflowOperation<>(
            workflow::run, RefundRequest.withConfiguredPolicy(conversationId, context)));
  }

  /**
   * A customer turn as the {@code reply} update, returned once accepted (the validator refuses a
   * closed conversation, and a new message id on a full one: refusal {@link
   * RefundWorkflowNames#CONVERSATION_FULL}).
   */
  public WorkflowUpdateHandle<TurnAnswer> startReply(
      String conversationId, CustomerMessage message) {
    return stub(conversationId)
        .startUpdate(replyOptions(message, WorkflowUpdateStage.ACCEPTED), message);
  }

  /** Like {@link #startReply}, waiting for the answer in the same call. */
  public TurnAnswer reply(String conversationId, CustomerMessage message) {
    return stub(conversationId)
        .startUpdate(replyOptions(message, WorkflowUpdateStage.COMPLETED), message)
        .getResult();
  }

  /**
   * A customer turn as the {@code receive} signal, to the running conversation (replies go out
   * through the channel); {@code WorkflowNotFoundException} when none runs.
   */
  public void receive(String conversationId, CustomerMessage message) {
    stub(conversationId).signal(RefundWorkflowNames.RECEIVE, message);
  }

  /**
   * Signal-with-start of {@code receive}: joins the running conversation or starts one whose
   * greeting is pushed through the channel (an asynchronous chat backend cannot read it from the
   * start call).
   */
  public void receiveOrStart(
      String conversationId, CustomerMessage message, ConversationContext context) {
    RefundWorkflow workflow =
        client.newWorkflowStub(RefundWorkflow.class, startOptions(conversationId));
    BatchRequest batch = client.newSignalWithStartRequest();
    batch.add(workflow::run, RefundRequest.asynchronous(conversationId, context));
    batch.add(workflow::receive, message);
    client.signalWithStart(batch);
  }

  /**
   * What an agent did, as the {@code agent} signal; {@code WorkflowNotFoundException} when no run
   * is going.
   */
  public void agent(String conversationId, AgentAction action) {
    stub(conversationId).signal(RefundWorkflowNames.AGENT, action);
  }

  /** The {@code view} query: the whole conversation as it is now (also a closed one). */
  public ConversationView view(String conversationId) {
    return stub(conversationId).query(RefundWorkflowNames.VIEW, ConversationView.class);
  }

  /** The {@code readings} query: how the bot read each customer message of the conversation. */
  public List<Reading> readings(String conversationId) {
    Reading[] readings = stub(conversationId).query(RefundWorkflowNames.READINGS, Reading[].class);
    return List.of(readings);
  }

  /** The latest run of the conversation: status, search attributes, history length. */
  public WorkflowExecutionDescription describe(String conversationId) {
    return stub(conversationId).describe();
  }

  private WorkflowOptions startOptions(String conversationId) {
    return WorkflowOptions.newBuilder()
        .setWorkflowId(RefundWorkflow.workflowId(conversationId))
        .setTaskQueue(taskQueue)
        .setWorkflowIdConflictPolicy(
            WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING)
        .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
        .build();
  }

  private static UpdateOptions<TurnAnswer> replyOptions(
      CustomerMessage message, WorkflowUpdateStage stage) {
    return UpdateOptions.newBuilder(TurnAnswer.class)
        .setUpdateName(RefundWorkflowNames.REPLY)
        .setUpdateId(RefundWorkflowNames.replyUpdateId(message.messageId()))
        .setWaitForStage(stage)
        .build();
  }

  private WorkflowStub stub(String conversationId) {
    return client.newUntypedWorkflowStub(
        RefundWorkflow.workflowId(conversationId), Optional.empty(), Optional.empty());
  }
}
