package io.policyflow.api;

import io.policyflow.refund.conversation.AgentAction;
import io.policyflow.refund.conversation.Author;
import io.policyflow.refund.conversation.Awaiting;
import io.policyflow.refund.conversation.ConversationView;
import io.policyflow.refund.conversation.CustomerMessage;
import io.policyflow.refund.conversation.Message;
import io.policyflow.refund.conversation.OpenResult;
import io.policyflow.refund.conversation.OrderView;
import io.policyflow.refund.conversation.Outcome;
import io.policyflow.refund.conversation.RefundView;
import io.policyflow.refund.conversation.Status;
import io.policyflow.refund.conversation.TurnResult;
import io.policyflow.refund.workflow.RefundRequest;
import io.policyflow.refund.workflow.RefundWorkflow;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for the refund workflow, just enough to drive the API: greets on start, echoes turns, answers a
 * repeated message id from memory, and understands a few words:
 *
 * <ul>
 *   <li>{@code slow}: waits (up to 30 s) for the signal {@code receive("release")} before answering;
 *   <li>{@code refund}: fills order and refund (amounts, dates) and follows up;
 *   <li>{@code close}: closes the conversation, the run keeps going (the validator refuses new turns);
 *   <li>{@code bye}: closes the conversation and completes the run.
 * </ul>
 */
public class EchoRefundWorkflow implements RefundWorkflow {

  private String conversationId;
  private final List<Message> transcript = new ArrayList<>();
  private final Map<String, List<Message>> answered = new HashMap<>();
  private Status status = Status.ACTIVE;
  private Awaiting awaiting = Awaiting.ORDER;
  private Outcome outcome;
  private OrderView order;
  private RefundView refund;
  private boolean greeted;
  private boolean finished;
  private boolean released;
  private int opens;

  @Override
  public ConversationView run(RefundRequest request) {
    conversationId = request.conversationId();
    String name = request.context().customerName() == null ? "there" : request.context().customerName();
    String verified = request.context().hasVerifiedEmail() ? " I see you're signed in." : "";
    say("Hi " + name + "! I can help you with a refund." + verified, List.of());
    say("What's your order number?", List.of("I don't know it"));
    greeted = true;
    Workflow.await(() -> finished);
    Workflow.await(Workflow::isEveryHandlerFinished);
    return view();
  }

  @Override
  public OpenResult open() {
    Workflow.await(() -> greeted);
    opens++;
    return new OpenResult(opens == 1, view());
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
    if ("release".equals(message.text())) {
      released = true;
    } else {
      handle(message);
    }
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
        order,
        refund,
        null);
  }

  private List<Message> handle(CustomerMessage message) {
    List<Message> earlier = answered.get(message.messageId());
    if (earlier != null) {
      return earlier;
    }
    add(Author.CUSTOMER, message.text(), List.of());
    List<Message> replies = new ArrayList<>();
    switch (message.text().strip().toLowerCase()) {
      case "slow" -> {
        Workflow.await(Duration.ofSeconds(30), () -> released);
        replies.add(say("Thanks for waiting: that's done.", List.of()));
      }
      case "refund" -> {
        Instant now = Instant.ofEpochMilli(Workflow.currentTimeMillis());
        order = new OrderView("000000123", Instant.parse("2025-05-02T10:15:30Z"), new BigDecimal("59.00"),
            "EUR", "complete");
        refund = new RefundView("CM-42", new BigDecimal("59.00"), "EUR", now, LocalDate.of(2025, 6, 13));
        status = Status.FOLLOWING_UP;
        awaiting = Awaiting.FOLLOW_UP;
        outcome = Outcome.REFUNDED;
        replies.add(say("Your refund of 59.00 EUR is on its way.", List.of()));
      }
      case "close" -> {
        status = Status.CLOSED;
        awaiting = Awaiting.NOTHING;
        outcome = Outcome.CANCELLED;
        replies.add(say("Closing this conversation.", List.of()));
      }
      case "bye" -> {
        status = Status.CLOSED;
        awaiting = Awaiting.NOTHING;
        outcome = Outcome.CANCELLED;
        replies.add(say("Goodbye!", List.of()));
        finished = true;
      }
      default -> replies.add(say("You said: " + message.text(), List.of()));
    }
    answered.put(message.messageId(), List.copyOf(replies));
    return replies;
  }

  private Message say(String text, List<String> options) {
    return add(Author.BOT, text, options);
  }

  private Message add(Author author, String text, List<String> options) {
    Message message = new Message(transcript.size() + 1, author, text, options,
        Instant.ofEpochMilli(Workflow.currentTimeMillis()));
    transcript.add(message);
    return message;
  }

  @Override
  public void agent(AgentAction action) {
    // the API does not send agent actions; nothing to record in this stand-in
  }
}
