package io.policyflow.api.kustomer;

import io.policyflow.api.ApiProperties;
import io.policyflow.api.refunds.TemporalCalls;
import io.policyflow.api.refunds.TemporalCalls.Deadline;
import io.policyflow.api.refunds.TemporalFailures;
import io.policyflow.api.refunds.TemporalUnavailableException;
import io.policyflow.refund.client.RefundConversations;
import io.policyflow.refund.conversation.AgentAction;
import io.policyflow.refund.conversation.ConversationContext;
import io.policyflow.refund.conversation.CustomerMessage;
import io.policyflow.refund.workflow.RefundWorkflow;
import io.temporal.client.WorkflowClient;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What a Kustomer delivery does to the refund workflow, through {@link RefundConversations}. A
 * customer message is the {@code receive} signal, with Kustomer's message id as the message id (a
 * redelivery is answered once by the workflow): on a conversation the bot already handles it joins
 * the run (whatever the conversation's queue is now, e.g. after a handoff); on a conversation
 * routed to the bot it is a signal-with-start ({@code USE_EXISTING}; the greeting is pushed through
 * the channel). An agent closing the conversation is the {@code agent(CLOSED)} signal, to a running
 * conversation only. A closed run is never started again ({@code REJECT_DUPLICATE}).
 */
@Service("policyflowKustomerWebhookService")
public class KustomerWebhookService {

  /** What was done with a delivery; the webhook answers it as JSON. */
  public record Outcome(String outcome, String conversationId, String workflowId, String detail) {

    static Outcome of(String outcome, String conversationId, String detail) {
      return new Outcome(
          outcome,
          conversationId,
          conversationId == null ? null : RefundWorkflow.workflowId(conversationId),
          detail);
    }
  }

  static final String SIGNALLED = "signalled";
  static final String JOINED = "joined";
  static final String CLOSED = "closed";
  static final String AGENT_CLOSED = "agent-closed";
  static final String IGNORED = "ignored";

  private static final Logger log = LoggerFactory.getLogger(KustomerWebhookService.class);

  private final RefundConversations conversations;
  private final TemporalCalls calls;
  private final Duration timeout;
  private final KustomerWebhookSettings settings;

  public KustomerWebhookService(
      WorkflowClient client,
      TemporalCalls calls,
      ApiProperties api,
      KustomerWebhookSettings settings) {
    this.conversations = new RefundConversations(client);
    this.calls = calls;
    this.timeout = api.turnTimeout();
    this.settings = settings;
  }

  /** A customer wrote on a Kustomer conversation. */
  public Outcome customerMessage(
      String conversationId, CustomerMessage message, ConversationContext context) {
    KustomerRouting routing = settings.routing();
    if (!routing.routesEverything()) {
      if (signalExisting(conversationId, () -> conversations.receive(conversationId, message))) {
        log.info(
            "Kustomer conversation {}: message {} joined the running conversation",
            conversationId,
            message.messageId());
        return Outcome.of(JOINED, conversationId, null);
      }
      if (!routing.routes(conversationId)) {
        log.debug(
            "Kustomer conversation {} is not routed to the refund bot ({})",
            conversationId,
            routing);
        return Outcome.of(
            IGNORED, conversationId, "The conversation is not routed to the refund bot.");
      }
    }
    return signalWithStart(conversationId, message, context);
  }

  /** An agent closed a Kustomer conversation. */
  public Outcome closedByAgent(String conversationId, AgentAction action) {
    if (signalExisting(conversationId, () -> conversations.agent(conversationId, action))) {
      log.info(
          "Kustomer conversation {} closed by {}: the refund conversation ends",
          conversationId,
          action.agent());
      return Outcome.of(AGENT_CLOSED, conversationId, null);
    }
    return Outcome.of(IGNORED, conversationId, "No running refund conversation.");
  }

  private Outcome signalWithStart(
      String conversationId, CustomerMessage message, ConversationContext context) {
    try {
      within(
          () -> {
            conversations.receiveOrStart(conversationId, message, context);
            return null;
          });
    } catch (RuntimeException e) {
      if (TemporalFailures.isAlreadyStarted(e) && !TemporalFailures.isUnavailable(e)) {
        log.info(
            "Kustomer conversation {}: its refund conversation has ended; message {} not processed",
            conversationId,
            message.messageId());
        return Outcome.of(
            CLOSED, conversationId, "The refund conversation has ended; an agent owns it.");
      }
      throw translate(e, conversationId);
    }
    log.info(
        "Kustomer conversation {}: message {} signalled (started or joined)",
        conversationId,
        message.messageId());
    return Outcome.of(SIGNALLED, conversationId, null);
  }

  /** Signals a run that exists and is running; false when there is none (or it has completed). */
  private boolean signalExisting(String conversationId, Runnable signal) {
    try {
      within(
          () -> {
            signal.run();
            return null;
          });
      return true;
    } catch (RuntimeException e) {
      if (TemporalFailures.isNotFound(e) && !TemporalFailures.isUnavailable(e)) {
        return false;
      }
      throw translate(e, conversationId);
    }
  }

  private <T> T within(Callable<T> call) {
    try {
      return calls.within(Deadline.after(timeout), call);
    } catch (TimeoutException e) {
      throw new TemporalUnavailableException(
          "Temporal did not answer in time; deliver the event again.", e);
    }
  }

  private RuntimeException translate(RuntimeException e, String conversationId) {
    if (e instanceof io.policyflow.api.problems.ApiProblemException) {
      return e;
    }
    if (TemporalFailures.isUnavailable(e)) {
      log.warn(
          "Kustomer conversation {}: Temporal unavailable ({})",
          conversationId,
          TemporalFailures.statusCode(e).map(Enum::name).orElse(e.getClass().getSimpleName()));
      return new TemporalUnavailableException(
          "Temporal is unavailable; deliver the event again later.", e);
    }
    return e;
  }
}
