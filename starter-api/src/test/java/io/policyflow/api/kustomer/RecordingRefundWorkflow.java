package io.policyflow.api.kustomer;

import io.policyflow.refund.conversation.AgentAction;
import io.policyflow.refund.conversation.Author;
import io.policyflow.refund.conversation.Awaiting;
import io.policyflow.refund.conversation.ConversationView;
import io.policyflow.refund.conversation.CustomerMessage;
import io.policyflow.refund.conversation.Message;
import io.policyflow.refund.conversation.OpenResult;
import io.policyflow.refund.conversation.Reading;
import io.policyflow.refund.conversation.Status;
import io.policyflow.refund.conversation.TurnResult;
import io.policyflow.refund.workflow.RefundRequest;
import io.policyflow.refund.workflow.RefundWorkflow;
import io.temporal.workflow.Workflow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A stand-in for the refund workflow that shows what the webhook did: the first line describes the
 * start request ({@code start push=<pushGreeting> channel=<..> locale=<..>}), then one CUSTOMER
 * line {@code <messageId>: <text>} per distinct message id (a repeated id is counted, not recorded
 * again: {@code signals} in the last line), and an AGENT line when an agent closes, which ends the
 * run. A stand-in because the webhook tests check what the webhook did to Temporal (how the run was
 * started, how many signals a redelivery made), which the real workflow does not show; they do not
 * look at what the bot says.
 */
public class RecordingRefundWorkflow implements RefundWorkflow {

  private final List<Message> transcript = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();
  private String conversationId;
  private int signals;
  private boolean closed;

  @Override
  public ConversationView run(RefundRequest request) {
    conversationId = request.conversationId();
    transcript.add(
        0,
        line(
            Author.BOT,
            "start push="
                + request.pushGreeting()
                + " channel="
                + request.context().channel()
                + " locale="
                + request.context().locale()));
    Workflow.await(() -> closed);
    return view();
  }

  @Override
  public void receive(CustomerMessage message) {
    signals++;
    if (seen.add(message.messageId())) {
      transcript.add(line(Author.CUSTOMER, message.messageId() + ": " + message.text()));
    }
  }

  @Override
  public void agent(AgentAction action) {
    transcript.add(
        line(Author.AGENT, action.kind() + " by " + action.agent() + ": " + action.note()));
    closed = true;
  }

  @Override
  public List<Reading> readings() {
    return List.of();
  }

  @Override
  public ConversationView view() {
    List<Message> lines = new ArrayList<>(transcript);
    lines.add(line(Author.BOT, "signals=" + signals));
    return new ConversationView(
        conversationId,
        Workflow.getInfo().getWorkflowId(),
        closed ? Status.CLOSED : Status.ACTIVE,
        Awaiting.NOTHING,
        null,
        lines,
        null,
        null,
        null);
  }

  @Override
  public OpenResult open() {
    throw new UnsupportedOperationException("Kustomer conversations are started by signal");
  }

  @Override
  public void validateOpen() {}

  @Override
  public TurnResult reply(CustomerMessage message) {
    throw new UnsupportedOperationException("Kustomer turns are signals");
  }

  @Override
  public void validateReply(CustomerMessage message) {}

  private Message line(Author author, String text) {
    return new Message(
        transcript.size() + 1,
        author,
        text,
        List.of(),
        Instant.ofEpochMilli(Workflow.currentTimeMillis()));
  }
}
