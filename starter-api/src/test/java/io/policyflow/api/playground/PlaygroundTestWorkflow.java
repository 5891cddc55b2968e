package io.policyflow.api.playground;

import io.policyflow.refund.client.RefundWorkflowNames;
import io.policyflow.refund.conversation.AgentAction;
import io.policyflow.refund.conversation.Author;
import io.policyflow.refund.conversation.Awaiting;
import io.policyflow.refund.conversation.ConversationView;
import io.policyflow.refund.conversation.CustomerMessage;
import io.policyflow.refund.conversation.Message;
import io.policyflow.refund.conversation.OpenResult;
import io.policyflow.refund.conversation.Status;
import io.policyflow.refund.conversation.TurnResult;
import io.policyflow.refund.workflow.RefundRequest;
import io.policyflow.refund.workflow.RefundWorkflow;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for the refund workflow, enough for the playground's API: greets with quick replies, sets the stage
 * search attribute, echoes turns, and waits on a 5-day timer (which the test server never fires on its own).
 */
public class PlaygroundTestWorkflow implements RefundWorkflow {

  private String conversationId;
  private final List<Message> transcript = new ArrayList<>();
  private final Map<String, List<Message>> answered = new HashMap<>();
  private boolean greeted;
  private boolean finished;

  @Override
  public ConversationView run(RefundRequest request) {
    conversationId = request.conversationId();
    Workflow.upsertTypedSearchAttributes(RefundWorkflowNames.STAGE.valueSet("ORDER"));
    say("Hi! Which order?", List.of("#000000101", "#000000102"));
    greeted = true;
    Workflow.await(Duration.ofDays(5), () -> finished);
    return view();
  }

  @Override
  public OpenResult open() {
    Workflow.await(() -> greeted);
    return new OpenResult(true, view());
  }

  @Override
  public TurnResult reply(CustomerMessage message) {
    Workflow.await(() -> greeted);
    List<Message> earlier = answered.get(message.messageId());
    if (earlier != null) {
      return new TurnResult(earlier, view());
    }
    transcript.add(new Message(transcript.size() + 1, Author.CUSTOMER, message.text(), List.of(), now()));
    List<Message> replies = List.of(say("You said: " + message.text(), List.of()));
    answered.put(message.messageId(), replies);
    return new TurnResult(replies, view());
  }

  @Override
  public void validateReply(CustomerMessage message) {}

  @Override
  public void receive(CustomerMessage message) {
    reply(message);
  }

  @Override
  public void agent(AgentAction action) {
    finished = true;
  }

  @Override
  public ConversationView view() {
    return new ConversationView(conversationId, Workflow.getInfo().getWorkflowId(), Status.ACTIVE, Awaiting.ORDER,
        null, transcript, null, null, null);
  }

  private Message say(String text, List<String> options) {
    Message message = new Message(transcript.size() + 1, Author.BOT, text, options, now());
    transcript.add(message);
    return message;
  }

  private static Instant now() {
    return Instant.ofEpochMilli(Workflow.currentTimeMillis());
  }
}
