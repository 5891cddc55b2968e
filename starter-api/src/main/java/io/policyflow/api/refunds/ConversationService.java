package io.policyflow.api.refunds;

import io.policyflow.api.ApiProperties;
import io.policyflow.api.refunds.TemporalCalls.Deadline;
import io.policyflow.refund.client.RefundConversations;
import io.policyflow.refund.client.RefundWorkflowNames;
import io.policyflow.refund.conversation.Author;
import io.policyflow.refund.conversation.ConversationContext;
import io.policyflow.refund.conversation.ConversationView;
import io.policyflow.refund.conversation.CustomerMessage;
import io.policyflow.refund.conversation.Message;
import io.policyflow.refund.conversation.OpenResult;
import io.policyflow.refund.conversation.Reading;
import io.policyflow.refund.conversation.TurnAnswer;
import io.policyflow.refund.conversation.TurnResult;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowUpdateHandle;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The API's side of the refund workflow, through {@link RefundConversations}: opens a conversation
 * (update-with-start of {@code open}), forwards a customer turn (the {@code reply} update, then the
 * {@code view} query for the whole conversation, which the update's answer no longer carries) and
 * reads the conversation (the {@code view} query). A running conversation refuses a second {@code
 * open}: it is then answered with the {@code view} query; a full one refuses new message ids
 * ({@link ConversationFullException}). Every call is bounded by {@code
 * policyflow.api.turn-timeout}; Temporal's exceptions come out as {@link
 * io.policyflow.api.problems.ApiProblemException}s.
 */
@Service("policyflowApiConversationService")
public class ConversationService {

  /**
   * Text of the holding reply: a turn that takes longer than the turn timeout is answered with it,
   * and the outcome follows through the channel and the transcript.
   */
  public static final String HOLDING_TEXT =
      "I'm still working on that — I'll message you here as soon as it's done.";

  /**
   * The holding reply's {@code seq}: 0, as it is not a line of the transcript (whose lines count
   * from 1); the real replies appear in the transcript with their own numbers.
   */
  public static final int HOLDING_SEQ = 0;

  private static final Logger log = LoggerFactory.getLogger(ConversationService.class);

  private final RefundConversations conversations;
  private final TemporalCalls calls;
  private final Duration timeout;
  private final Clock clock;

  @Autowired
  public ConversationService(WorkflowClient client, TemporalCalls calls, ApiProperties properties) {
    this(client, calls, properties.turnTimeout(), Clock.systemUTC());
  }

  ConversationService(WorkflowClient client, TemporalCalls calls, Duration timeout, Clock clock) {
    this.conversations = new RefundConversations(client);
    this.calls = calls;
    this.timeout = timeout;
    this.clock = clock;
  }

  /**
   * Opens the conversation, or answers the existing one ({@code created} false), including a closed
   * one, which is never started again.
   */
  public OpenResult open(String conversationId, ConversationContext context) {
    Deadline deadline = Deadline.after(timeout);
    try {
      WorkflowUpdateHandle<OpenResult> handle =
          calls.within(deadline, () -> conversations.startOpen(conversationId, context));
      OpenResult result = calls.result(handle, deadline);
      log.info("Conversation {} opened (created: {})", conversationId, result.created());
      return result;
    } catch (TimeoutException e) {
      throw new TemporalUnavailableException(
          "Temporal or the refund worker did not answer in time. Send the same request again: it will not"
              + " start a second conversation.",
          e);
    } catch (RuntimeException e) {
      if (TemporalFailures.isAlreadyStarted(e)) {
        // REJECT_DUPLICATE refused the start: a closed run with this id exists; answer with its
        // view
        log.info("Conversation {} exists and is closed; answering its view", conversationId);
        return new OpenResult(false, view(conversationId));
      }
      if (TemporalFailures.isRefusal(e, RefundWorkflowNames.ALREADY_OPEN)) {
        // the running conversation refuses a second open (it would write the conversation into its
        // history)
        return new OpenResult(false, view(conversationId));
      }
      throw translate(e, conversationId, RefundWorkflowNames.OPEN);
    }
  }

  /**
   * Forwards a customer turn: its replies and the whole conversation after it (the {@code view}
   * query, as the turn's answer carries only the conversation's state). A turn that is not done
   * within the turn timeout is answered with a holding reply and the current view; the workflow
   * goes on with it.
   */
  public TurnResult reply(String conversationId, CustomerMessage message) {
    Deadline deadline = Deadline.after(timeout);
    WorkflowUpdateHandle<TurnAnswer> handle;
    try {
      handle = calls.within(deadline, () -> conversations.startReply(conversationId, message));
    } catch (TimeoutException e) {
      // not even accepted (no worker, or Temporal unreachable): the message was not taken
      throw new TemporalUnavailableException(
          "Temporal or the refund worker did not take the message in time. Send it again with the same"
              + " messageId.",
          e);
    } catch (RuntimeException e) {
      throw translateTurnFailure(e, conversationId);
    }
    TurnAnswer answer;
    try {
      answer = calls.result(handle, deadline);
    } catch (TimeoutException e) {
      log.info(
          "Conversation {}: turn {} still running; answering with a holding reply",
          conversationId,
          message.messageId());
      return new TurnResult(List.of(holdingReply()), view(conversationId));
    } catch (RuntimeException e) {
      throw translateTurnFailure(e, conversationId);
    }
    return new TurnResult(answer.replies(), view(conversationId));
  }

  /** The conversation as it is now (also a closed one). */
  public ConversationView view(String conversationId) {
    try {
      return calls.within(Deadline.after(timeout), () -> conversations.view(conversationId));
    } catch (TimeoutException e) {
      throw new TemporalUnavailableException(
          "Temporal or the refund worker did not answer in time.", e);
    } catch (RuntimeException e) {
      throw translate(e, conversationId, RefundWorkflowNames.VIEW);
    }
  }

  /** How the bot read each customer message of the conversation (the {@code readings} query). */
  public List<Reading> readings(String conversationId) {
    try {
      return calls.within(Deadline.after(timeout), () -> conversations.readings(conversationId));
    } catch (TimeoutException e) {
      throw new TemporalUnavailableException(
          "Temporal or the refund worker did not answer in time.", e);
    } catch (RuntimeException e) {
      throw translate(e, conversationId, RefundWorkflowNames.READINGS);
    }
  }

  Message holdingReply() {
    return new Message(HOLDING_SEQ, Author.BOT, HOLDING_TEXT, List.of(), clock.instant());
  }

  private RuntimeException translateTurnFailure(RuntimeException e, String conversationId) {
    if (TemporalFailures.isRefusal(e, RefundWorkflowNames.CONVERSATION_FULL)) {
      log.info("Conversation {}: turn refused by the workflow (conversation full)", conversationId);
      return new ConversationFullException(conversationId, e);
    }
    if (TemporalFailures.refusedUpdate(e).isPresent()) {
      log.info(
          "Conversation {}: turn refused by the workflow (closed conversation)", conversationId);
      return new ConversationClosedException(conversationId, e);
    }
    if (TemporalFailures.isNotFound(e) && !TemporalFailures.isUnavailable(e)) {
      // an update on a completed workflow answers NOT_FOUND too: tell "closed" from "unknown"
      return existsClosed(conversationId)
          ? new ConversationClosedException(conversationId, e)
          : new ConversationNotFoundException(conversationId, e);
    }
    return translate(e, conversationId, RefundWorkflowNames.REPLY);
  }

  /** True when a run exists and is no longer running; false when there is none. */
  private boolean existsClosed(String conversationId) {
    WorkflowExecutionStatus status;
    try {
      status =
          calls.within(
              Deadline.after(timeout), () -> conversations.describe(conversationId).getStatus());
    } catch (TimeoutException e) {
      throw new TemporalUnavailableException("Temporal did not answer in time.", e);
    } catch (RuntimeException e) {
      if (TemporalFailures.isNotFound(e) && !TemporalFailures.isUnavailable(e)) {
        return false;
      }
      throw translate(e, conversationId, "describe");
    }
    if (status == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING) {
      // it was completing or continuing as new just then: a retry will find the current run
      throw new TemporalUnavailableException(
          "The conversation is changing state. Send the message again.", null);
    }
    return true;
  }

  private RuntimeException translate(RuntimeException e, String conversationId, String operation) {
    if (e instanceof io.policyflow.api.problems.ApiProblemException) {
      return e;
    }
    if (TemporalFailures.isUnavailable(e)) {
      log.warn(
          "Conversation {}: Temporal unavailable during {}: {}",
          conversationId,
          operation,
          TemporalFailures.statusCode(e).map(Enum::name).orElse(e.getClass().getSimpleName()));
      return new TemporalUnavailableException("Temporal is unavailable. Retry later.", e);
    }
    if (TemporalFailures.isNotFound(e)) {
      return new ConversationNotFoundException(conversationId, e);
    }
    if (TemporalFailures.refusedUpdate(e).isPresent()) {
      return new ConversationClosedException(conversationId, e);
    }
    return e;
  }
}
