package io.policyflow.refund.conversation;

/**
 * What the chat backend already knows when the conversation starts. Every field is optional.
 *
 * @param emailVerified true when the chat backend has verified {@code customerEmail} (the bot then
 *     skips asking)
 */
public record ConversationContext(
    String customerEmail,
    Boolean emailVerified,
    String customerName,
    String locale,
    String channel) {

  public static ConversationContext empty() {
    return new ConversationContext(null, null, null, null, null);
  }

  public boolean hasVerifiedEmail() {
    return Boolean.TRUE.equals(emailVerified) && customerEmail != null && !customerEmail.isBlank();
  }
}
