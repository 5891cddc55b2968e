package io.policyflow.refund.client;

import io.temporal.common.SearchAttributeKey;
import io.temporal.failure.ApplicationFailure;
import java.util.List;

/**
 * The names Temporal knows the refund workflow by: its type, its update, signal and query names
 * (the annotations of {@link io.policyflow.refund.workflow.RefundWorkflow} use these constants),
 * the update id of a customer turn and the search attributes. Everything that reads a history,
 * starts an update or registers an attribute uses them, so a rename is one edit here and cannot
 * break a reader at run time.
 */
public final class RefundWorkflowNames {

  /** The workflow type. */
  public static final String WORKFLOW_TYPE = "RefundWorkflow";

  /** Update: waits for the greeting and answers the conversation. */
  public static final String OPEN = "open";

  /** Update: a customer turn, answered synchronously. */
  public static final String REPLY = "reply";

  /** Signal: a customer turn delivered asynchronously. */
  public static final String RECEIVE = "receive";

  /** Signal: an agent acted on the conversation in the helpdesk. */
  public static final String AGENT = "agent";

  /** Query: the conversation as it is now. */
  public static final String VIEW = "view";

  /** Query: how the bot read each customer message (workflow state only, not in the history). */
  public static final String READINGS = "readings";

  /**
   * Refusal of a {@code reply} because the conversation reached its length limit: the failure's
   * type, and the start of its message (see {@link #isRefusal}).
   */
  public static final String CONVERSATION_FULL = "ConversationFull";

  /**
   * Refusal of an {@code open} because the conversation is already open (read it with {@code
   * view}).
   */
  public static final String ALREADY_OPEN = "AlreadyOpen";

  /**
   * Update id of a customer turn, before its message id: a repeated message id joins the same
   * update.
   */
  public static final String REPLY_UPDATE_ID_PREFIX = "reply:";

  /**
   * Keyword: what the bot waits for while active ({@code EMAIL}, {@code ORDER}, …), else the
   * status.
   */
  public static final SearchAttributeKey<String> STAGE =
      SearchAttributeKey.forKeyword("RefundStage");

  /** Keyword: how the conversation ended (or is ending). */
  public static final SearchAttributeKey<String> OUTCOME =
      SearchAttributeKey.forKeyword("RefundOutcome");

  /** Keyword: the number of the order the conversation is about. */
  public static final SearchAttributeKey<String> ORDER_NUMBER =
      SearchAttributeKey.forKeyword("OrderNumber");

  /**
   * Every search attribute the workflow sets (never personal data); a namespace must have them
   * registered.
   */
  public static final List<SearchAttributeKey<String>> SEARCH_ATTRIBUTES =
      List.of(STAGE, OUTCOME, ORDER_NUMBER);

  private RefundWorkflowNames() {}

  /**
   * The failure of a validator's refusal, whose message starts with its type and ": ". Whether it
   * is a refusal of this type: by its type or by its message, as SDK 1.38 hands a validator's
   * failure to the client with its message only (the type becomes {@code
   * WorkflowExecutionException}, temporalio/sdk-java#2875).
   */
  public static boolean isRefusal(ApplicationFailure failure, String type) {
    String message = failure.getOriginalMessage();
    return type.equals(failure.getType()) || (message != null && message.startsWith(type + ": "));
  }

  /** The message of a validator's refusal of this type. */
  public static String refusal(String type, String detail) {
    return type + ": " + detail;
  }

  /** The update id of the turn with this message id. */
  public static String replyUpdateId(String messageId) {
    return REPLY_UPDATE_ID_PREFIX + messageId;
  }

  /** The message id of a turn's update id, or null when the id is not a turn's. */
  public static String messageIdOf(String updateId) {
    return updateId != null && updateId.startsWith(REPLY_UPDATE_ID_PREFIX)
        ? updateId.substring(REPLY_UPDATE_ID_PREFIX.length())
        : null;
  }
}
