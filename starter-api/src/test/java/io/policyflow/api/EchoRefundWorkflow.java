package io.policyflow.api;

import io.policyflow.refund.conversation.AgentAction;
import io.policyflow.refund.conversation.Author;
import io.policyflow.refund.conversation.Awaiting;
import io.policyflow.refund.conversation.ConversationView;
import io.policyflow.refund.conversation.CustomerMessage;
import io.policyflow.refund.conversation.Message;
import io.policyflow.refund.conversation.OpenResult;
import io.policyflow.refund.conversation.Outcome;
import io.policyflow.refund.conversation.Reading;
import io.policyflow.refund.conversation.Status;
import io.policyflow.refund.conversation.TurnResult;
import io.policyflow.refund.workflow.RefundRequest;
import io.policyflow.refund.workflow.RefundWorkflow;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for the refund workflow, kept for what the real one cannot do on demand: on {@code
 * close} it closes the conversation and keeps its run going, so that the validator refuses new
 * turns while a repeated message id is still answered ({@link ClosedButRunningApiTest}); the real
 * workflow ends its run as the conversation closes. It is also the worker of the {@code test}
 * profile, whose tests (codec, imported configuration) do not look at the conversation. Otherwise
 * it greets on start, echoes turns and answers a repeated message id from memory. It answers a turn
 * in the shape of runs started before constant-size turns ({@link TurnResult}, with the whole
 * conversation), which the API reads as well. What the real bot says is tested in {@link
 * RefundsApiTest}.
 */
public class EchoRefundWorkflow implements RefundWorkflow {

  private String conversationId;
  private final List<Message> transcript = new ArrayList<>();
  private final Map<String, List<Message>> answered = new HashMap<>();
  private Status status = Status.ACTIVE;
  private Awaiting awaiting = Awaiting.ORDER;
  private Outcome outcome;
  private boolean greeted;
  private int opens;

  @Override
  public ConversationView run(RefundRequest request) {
    conversationId = request.conversationId();
    String name =
        request.context().customerName() == null ? "there" : request.context().customerName();
    String verified = request.context().hasVerifiedEmail() ? " I see you're signed in." : "";
    say("Hi " + name + "! I can help you with a refund." + verified, List.of());
    say("What's your order number?", List.of("I don't know it"));
    greeted = true;
    Workflow.await(() -> false); // the run goes on, closed or not, until the test server stops
    return view();
  }

  @Override
  public OpenResult open() {
    Workflow.await(() -> greeted);
    opens++;
    return new OpenResult(opens == 1, view());
  }

  @Override
  public void validateOpen() {
    // every open is accepted (and counted): the API's answer to a repeated open is asserted with it
  }

  @Override
  public TurnResult reply(CustomerMessage message) {
    return new TurnResult(handle(message), view());
  }

  @Override
  public void validateReply(CustomerMessage message) {
    if (status == Status.CLOSED && !answered.containsKey(message.messageId())) {
      throw ApplicationFailure.newFailure("The conversation is closed.", "ConversationClosed");
    }
  }

  @Override
  public void receive(CustomerMessage message) {
    handle(message);
  }

  @Override
  public List<Reading> readings() {
    return List.of();
  }

  @Override
  public ConversationView view() {
    return new ConversationView(
        conversationId,
        Workflow.getInfo().getWorkflowId(),
        status,
        awaiting,
        outcome,
        transcript,
        null,
        null,
        null);
  }

  private List<Message> handle(CustomerMessage message) {
    List<Message> earlier = answered.get(message.messageId());
    if (earlier != null) {
      return earlier;
    }
    add(Author.CUSTOMER, message.text(), List.of());
    List<Message> replies = new ArrayList<>();
    if (message.text().strip().equalsIgnoreCase("close")) {
      status = Status.CLOSED;
      awaiting = Awaiting.NOTHING;
      outcome = Outcome.CANCELLED;
      replies.add(say("Closing this conversation.", List.of()));
    } else {
      replies.add(say("You said: " + message.text(), List.of()));
    }
    answered.put(message.messageId(), List.copyOf(replies));
    return replies;
  }

  private Message say(String text, List<String> options) {
    return add(Author.BOT, text, options);
  }

  private Message add(Author author, String text, List<String> options) {
    Message message =
        new Message(
            transcript.size() + 1,
            author,
            text,
            options,
            Instant.ofEpochMilli(Workflow.currentTimeMillis()));
    transcript.add(message);
    return message;
  }

  @Override
  public void agent(AgentAction action) {
    // the API does not send agent actions; nothing to record in this stand-in
  }
}
