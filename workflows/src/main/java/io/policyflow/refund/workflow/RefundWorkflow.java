package io.policyflow.refund.workflow;

import io.policyflow.refund.conversation.AgentAction;
import io.policyflow.refund.conversation.ConversationView;
import io.policyflow.refund.conversation.CustomerMessage;
import io.policyflow.refund.conversation.OpenResult;
import io.policyflow.refund.conversation.TurnResult;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One refund conversation, from the first bot message to its end. Workflow id: {@link #workflowId(String)}.
 *
 * <p>A customer turn arrives either as the {@link #reply} update (the chat backend gets the replies in the
 * response) or as the {@link #receive} signal (replies go out through the channel activity). Both run the same
 * handler; a repeated message id is answered from the transcript.
 */
@WorkflowInterface
public interface RefundWorkflow {

  String TASK_QUEUE = "refund-conversations";
  String WORKFLOW_ID_PREFIX = "refund-";

  static String workflowId(String conversationId) {
    return WORKFLOW_ID_PREFIX + conversationId;
  }

  /** Runs the conversation; returns its final view. */
  @WorkflowMethod
  ConversationView run(RefundRequest request);

  /** Waits for the greeting and answers the conversation; {@code created} is true only the first time. */
  @UpdateMethod
  OpenResult open();

  /** A customer turn, answered synchronously. */
  @UpdateMethod
  TurnResult reply(CustomerMessage message);

  /** Refuses a turn on a closed conversation (a repeated message id is still answered). */
  @UpdateValidatorMethod(updateName = "reply")
  void validateReply(CustomerMessage message);

  /** A customer turn delivered asynchronously; replies go out through the channel. */
  @SignalMethod
  void receive(CustomerMessage message);

  /** An agent acted on the conversation in the helpdesk (e.g. closed it): recorded, and closing ends the run. */
  @SignalMethod
  void agent(AgentAction action);

  /** The conversation as it is now. */
  @QueryMethod
  ConversationView view();
}
