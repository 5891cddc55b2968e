package io.policyflow.refund.workflow;

import io.policyflow.refund.client.RefundWorkflowNames;
import io.policyflow.refund.conversation.AgentAction;
import io.policyflow.refund.conversation.ConversationView;
import io.policyflow.refund.conversation.CustomerMessage;
import io.policyflow.refund.conversation.OpenResult;
import io.policyflow.refund.conversation.Reading;
import io.policyflow.refund.conversation.TurnReply;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;

/**
 * One refund conversation, from the first bot message to its end. Workflow id: {@link
 * #workflowId(String)}.
 *
 * <p>A customer turn arrives either as the {@link #reply} update (the chat backend gets the replies
 * in the response) or as the {@link #receive} signal (replies go out through the channel activity).
 * Both run the same handler; a repeated message id is answered from the transcript.
 *
 * <p>The names Temporal registers are the constants of {@link RefundWorkflowNames}; callers go
 * through {@link io.policyflow.refund.client.RefundConversations}.
 */
@WorkflowInterface
public interface RefundWorkflow {

  String TASK_QUEUE = "refund-conversations";
  String WORKFLOW_ID_PREFIX = "refund-";

  static String workflowId(String conversationId) {
    return WORKFLOW_ID_PREFIX + conversationId;
  }

  /** Runs the conversation; returns its final view. */
  @WorkflowMethod(name = RefundWorkflowNames.WORKFLOW_TYPE)
  ConversationView run(RefundRequest request);

  /**
   * Waits for the greeting and answers the conversation; {@code created} is true only the first
   * time.
   */
  @UpdateMethod(name = RefundWorkflowNames.OPEN)
  OpenResult open();

  /**
   * Refuses an {@code open} once the conversation has been opened (failure type {@link
   * RefundWorkflowNames#ALREADY_OPEN}): the caller reads it with {@link #view} instead, and the
   * whole conversation is not written into the history again with each open.
   */
  @UpdateValidatorMethod(updateName = RefundWorkflowNames.OPEN)
  void validateOpen();

  /**
   * A customer turn, answered synchronously: its replies and the conversation's state (a {@link
   * io.policyflow.refund.conversation.TurnAnswer}); runs started before constant-size turns answer
   * the whole conversation (a {@link io.policyflow.refund.conversation.TurnResult}).
   */
  @UpdateMethod(name = RefundWorkflowNames.REPLY)
  TurnReply reply(CustomerMessage message);

  /**
   * Refuses a turn on a closed conversation, or a new message id on a full one (failure type {@link
   * RefundWorkflowNames#CONVERSATION_FULL}); a repeated message id is still answered.
   */
  @UpdateValidatorMethod(updateName = RefundWorkflowNames.REPLY)
  void validateReply(CustomerMessage message);

  /** A customer turn delivered asynchronously; replies go out through the channel. */
  @SignalMethod(name = RefundWorkflowNames.RECEIVE)
  void receive(CustomerMessage message);

  /**
   * An agent acted on the conversation in the helpdesk (e.g. closed it): recorded, and closing ends
   * the run.
   */
  @SignalMethod(name = RefundWorkflowNames.AGENT)
  void agent(AgentAction action);

  /** The conversation as it is now. */
  @QueryMethod(name = RefundWorkflowNames.VIEW)
  ConversationView view();

  /** How the bot read each customer message so far: at most one reading per customer message. */
  @QueryMethod(name = RefundWorkflowNames.READINGS)
  List<Reading> readings();
}
