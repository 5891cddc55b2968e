package io.policyflow.api.refunds;

import io.policyflow.api.problems.InvalidFieldException;
import io.policyflow.refund.conversation.ConversationContext;
import io.policyflow.refund.conversation.CustomerMessage;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the API accepts before anything reaches Temporal. Details name the field and the rule, never
 * the value (it may be customer data).
 */
public final class InputRules {

  /** Conversation and message ids (but not {@code .} or {@code ..}: see {@link #isId}). */
  public static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  /** Longest customer text, in Unicode code points. */
  public static final int MAX_TEXT_LENGTH = 2000;

  static final int MAX_EMAIL_LENGTH = 254;
  static final int MAX_NAME_LENGTH = 200;
  static final int MAX_LOCALE_LENGTH = 35;
  static final int MAX_CHANNEL_LENGTH = 64;

  /**
   * Letters that render as blank space (Hangul fillers, the blank Braille pattern): not visible.
   */
  private static final Set<Integer> BLANK_LOOKING = Set.of(0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800);

  private InputRules() {}

  /**
   * An id is 1 to 128 characters of {@code [A-Za-z0-9._:-]}, and not a dot segment ({@code .} or
   * {@code ..}), which a URL path such as {@code /v1/refunds/{id}} cannot carry.
   */
  public static boolean isId(String value) {
    return value != null
        && ID.matcher(value).matches()
        && !value.equals(".")
        && !value.equals("..");
  }

  public static String conversationId(String value) {
    return id("conversationId", value);
  }

  public static String messageId(String value) {
    return id("messageId", value);
  }

  private static String id(String field, String value) {
    if (value == null || value.isEmpty()) {
      throw new InvalidFieldException(
          field, field + " is required: 1 to 128 characters of [A-Za-z0-9._:-].");
    }
    if (!isId(value)) {
      throw new InvalidFieldException(
          field,
          field + " must be 1 to 128 characters of [A-Za-z0-9._:-], and not \".\"" + " or \"..\".");
    }
    return value;
  }

  /**
   * The customer's text: not blank, at most 2,000 characters, no control characters but \n and \t,
   * no bidirectional override, embedding or isolate (which can make a transcript or an agent's note
   * read differently from what was written), and at least one visible character (not only spaces,
   * zero-width or format characters).
   */
  public static String text(String value) {
    if (value == null) {
      throw new InvalidFieldException("text", "text is required.");
    }
    if (value.isBlank()) {
      throw new InvalidFieldException("text", "text must not be empty.");
    }
    if (value.codePointCount(0, value.length()) > MAX_TEXT_LENGTH) {
      throw new InvalidFieldException(
          "text", "text must be at most " + MAX_TEXT_LENGTH + " characters.");
    }
    checkCharacters("text", value, true);
    if (!hasVisibleCharacter(value)) {
      throw new InvalidFieldException(
          "text",
          "text must contain a visible character (not only spaces, zero-width"
              + " or formatting characters).");
    }
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
      throw new InvalidFieldException(
          field, field + " must be at most " + maxLength + " characters.");
    }
    checkCharacters(field, value, false);
    if (!value.isBlank() && !hasVisibleCharacter(value)) {
      throw new InvalidFieldException(
          field,
          field
              + " must contain a visible character (not only zero-width or"
              + " formatting characters).");
    }
    return value;
  }

  /**
   * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder
   * the text shown around them. The marks U+200E and U+200F, which right-to-left text may need, are
   * not among them.
   */
  public static boolean isBidiControl(int codePoint) {
    return (codePoint >= 0x202A && codePoint <= 0x202E)
        || (codePoint >= 0x2066 && codePoint <= 0x2069);
  }

  /** At least one letter, digit, punctuation mark or symbol that is not a blank-looking filler. */
  public static boolean hasVisibleCharacter(String value) {
    return value.codePoints().anyMatch(InputRules::isVisible);
  }

  private static boolean isVisible(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER,
          Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.MATH_SYMBOL,
          Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL ->
          !BLANK_LOOKING.contains(codePoint);
      default -> false;
    };
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
      if (isBidiControl(c)) {
        throw new InvalidFieldException(
            field,
            field
                + " must not contain bidirectional override, embedding or"
                + " isolate characters (U+202A to U+202E, U+2066 to U+2069).");
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new InvalidFieldException(
            field, field + " contains an invalid (unpaired surrogate) character.");
      }
    }
  }
}
