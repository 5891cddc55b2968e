package io.policyflow.refund.workflow;

import io.policyflow.refund.client.RefundConversations;
import io.policyflow.refund.conversation.AgentAction;
import io.policyflow.refund.conversation.ConversationContext;
import io.policyflow.refund.conversation.ConversationView;
import io.policyflow.refund.conversation.CustomerMessage;
import io.policyflow.refund.conversation.Message;
import io.policyflow.refund.conversation.OpenResult;
import io.policyflow.refund.conversation.Reading;
import io.policyflow.refund.conversation.TurnAnswer;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.util.List;

/**
 * Drives one conversation the way a chat backend does, through {@link RefundConversations}: start
 * it, then send the customer's turns as updates.
 */
final class Chat {

  private final WorkflowClient client;
  private final String taskQueue;
  private final RefundConversations conversations;
  final String conversationId;
  private int nextMessage = 1;

  Chat(WorkflowClient client, String taskQueue, String conversationId) {
    this.client = client;
    this.taskQueue = taskQueue;
    this.conversations = new RefundConversations(client, taskQueue);
    this.conversationId = conversationId;
  }

  /** Starts the conversation and returns the bot's opening messages. */
  List<String> open(ConversationContext context) {
    return open(RefundRequest.withConfiguredPolicy(conversationId, context));
  }

  /**
   * Starts the conversation with this request (a policy of its own, or a pushed greeting) and
   * returns the bot's opening messages, as the {@code open} update that joins the run answers them.
   */
  List<String> open(RefundRequest request) {
    RefundWorkflow starter =
        client.newWorkflowStub(
            RefundWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(RefundWorkflow.workflowId(conversationId))
                .setTaskQueue(taskQueue)
                .build());
    WorkflowClient.start(starter::run, request);
    return texts(conversations.open(conversationId, request.context()).conversation().messages());
  }

  List<String> open() {
    return open(ConversationContext.empty());
  }

  /** Sends a customer turn and returns the texts of the bot's replies. */
  List<String> say(String text) {
    return texts(send("m-" + nextMessage++, text).replies());
  }

  /** The customer's turn, as the update with this message id. */
  TurnAnswer send(String messageId, String text) {
    return conversations.reply(conversationId, new CustomerMessage(messageId, text));
  }

  /** The customer's turn, as a signal (an asynchronous chat backend). */
  void signal(String text) {
    signal("m-" + nextMessage++, text);
  }

  /** The customer's turn with this message id, as a signal. */
  void signal(String messageId, String text) {
    conversations.receive(conversationId, new CustomerMessage(messageId, text));
  }

  /** Opens the running conversation again, as a chat backend that lost track of it would. */
  OpenResult openAgain() {
    return conversations.open(conversationId, ConversationContext.empty());
  }

  /** What an agent did in the helpdesk. */
  void agent(AgentAction action) {
    conversations.agent(conversationId, action);
  }

  List<Reading> readings() {
    return conversations.readings(conversationId);
  }

  ConversationView view() {
    return conversations.view(conversationId);
  }

  /** Sends the turn and returns the replies joined as one text, for assertions on wording. */
  String reply(String text) {
    return String.join("\n", say(text));
  }

  static List<String> texts(List<Message> messages) {
    return messages.stream().map(Message::text).toList();
  }
}
