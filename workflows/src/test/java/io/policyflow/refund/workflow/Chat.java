package io.policyflow.refund.workflow;

import io.policyflow.refund.conversation.AgentAction;
import io.policyflow.refund.conversation.ConversationContext;
import io.policyflow.refund.conversation.ConversationView;
import io.policyflow.refund.conversation.CustomerMessage;
import io.policyflow.refund.conversation.Message;
import io.policyflow.refund.conversation.TurnResult;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.util.List;

/** Drives one conversation the way a chat backend does: start it, then send the customer's turns as updates. */
final class Chat {

  private final WorkflowClient client;
  private final String taskQueue;
  final String conversationId;
  private int nextMessage = 1;
  private RefundWorkflow stub;

  Chat(WorkflowClient client, String taskQueue, String conversationId) {
    this.client = client;
    this.taskQueue = taskQueue;
    this.conversationId = conversationId;
  }

  /** Starts the conversation and returns the bot's opening messages. */
  List<String> open(ConversationContext context) {
    return open(RefundRequest.withConfiguredPolicy(conversationId, context));
  }

  /** Starts the conversation with this request and returns the bot's opening messages. */
  List<String> open(RefundRequest request) {
    RefundWorkflow starter =
        client.newWorkflowStub(
            RefundWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(RefundWorkflow.workflowId(conversationId))
                .setTaskQueue(taskQueue)
                .build());
    WorkflowClient.start(starter::run, request);
    stub = client.newWorkflowStub(RefundWorkflow.class, RefundWorkflow.workflowId(conversationId));
    return texts(stub.open().conversation().messages());
  }

  List<String> open() {
    return open(ConversationContext.empty());
  }

  /** Sends a customer turn and returns the texts of the bot's replies. */
  List<String> say(String text) {
    return texts(send("m-" + nextMessage++, text).replies());
  }

  /** The customer's turn, as the update with this message id. */
  TurnResult send(String messageId, String text) {
    return stub.reply(new CustomerMessage(messageId, text));
  }

  /** The customer's turn, as a signal (an asynchronous chat backend). */
  void signal(String text) {
    stub.receive(new CustomerMessage("m-" + nextMessage++, text));
  }

  /** What an agent did in the helpdesk. */
  void agent(AgentAction action) {
    stub.agent(action);
  }

  ConversationView view() {
    return stub.view();
  }

  /** Sends the turn and returns the replies joined as one text, for assertions on wording. */
  String reply(String text) {
    return String.join("\n", say(text));
  }

  static List<String> texts(List<Message> messages) {
    return messages.stream().map(Message::text).toList();
  }

  RefundWorkflow stub() {
    return stub;
  }
}
