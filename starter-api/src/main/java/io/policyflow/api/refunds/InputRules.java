package io.policyflow.api.refunds;

import io.policyflow.api.problems.InvalidFieldException;
import io.policyflow.refund.conversation.ConversationContext;
import io.policyflow.refund.conversation.CustomerMessage;
import java.util.regex.Pattern;

/**
 * What the API accepts before anything reaches Temporal. Details name the field and the rule, never the value
 * (it may be customer data).
 */
public final class InputRules {

  /** Conversation and message ids. */
  public static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
  /** Longest customer text, in Unicode code points. */
  public static final int MAX_TEXT_LENGTH = 2000;

  static final int MAX_EMAIL_LENGTH = 254;
  static final int MAX_NAME_LENGTH = 200;
  static final int MAX_LOCALE_LENGTH = 35;
  static final int MAX_CHANNEL_LENGTH = 64;

  private InputRules() {}

  public static String conversationId(String value) {
    return id("conversationId", value);
  }

  public static String messageId(String value) {
    return id("messageId", value);
  }

  private static String id(String field, String value) {
    if (value == null || value.isEmpty()) {
      throw new InvalidFieldException(field, field + " is required: 1 to 128 characters of [A-Za-z0-9._:-].");
    }
    if (!ID.matcher(value).matches()) {
      throw new InvalidFieldException(field, field + " must be 1 to 128 characters of [A-Za-z0-9._:-].");
    }
    return value;
  }

  /** The customer's text: not blank, at most 2,000 characters, no control characters but \n and \t. */
  public static String text(String value) {
    if (value == null) {
      throw new InvalidFieldException("text", "text is required.");
    }
    if (value.isBlank()) {
      throw new InvalidFieldException("text", "text must not be empty.");
    }
    if (value.codePointCount(0, value.length()) > MAX_TEXT_LENGTH) {
      throw new InvalidFieldException("text", "text must be at most " + MAX_TEXT_LENGTH + " characters.");
    }
    checkCharacters("text", value, true);
    return value;
  }

  public static CustomerMessage message(CustomerTurnRequest body) {
    return new CustomerMessage(messageId(body.messageId()), text(body.text()));
  }

  /** The context of a new conversation; absent means empty. */
  public static ConversationContext context(OpenConversationRequest.ContextRequest body) {
    if (body == null) {
      return ConversationContext.empty();
    }
    return new ConversationContext(
        optional("context.customerEmail", body.customerEmail(), MAX_EMAIL_LENGTH),
        body.emailVerified(),
        optional("context.customerName", body.customerName(), MAX_NAME_LENGTH),
        optional("context.locale", body.locale(), MAX_LOCALE_LENGTH),
        optional("context.channel", body.channel(), MAX_CHANNEL_LENGTH));
  }

  private static String optional(String field, String value, int maxLength) {
    if (value == null) {
      return null;
    }
    if (value.codePointCount(0, value.length()) > maxLength) {
      throw new InvalidFieldException(field, field + " must be at most " + maxLength + " characters.");
    }
    checkCharacters(field, value, false);
    return value;
  }

  private static void checkCharacters(String field, String value, boolean allowNewlineAndTab) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && !(allowNewlineAndTab && (c == '\n' || c == '\t'))) {
        throw new InvalidFieldException(
            field,
            field
                + " must not contain control characters"
                + (allowNewlineAndTab ? " (line feed and tab are allowed)." : "."));
      }
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new InvalidFieldException(field, field + " contains an invalid (unpaired surrogate) character.");
      }
    }
  }
}
