package io.policyflow.refund.text;

/** Email addresses as they may appear in text a customer sees or an operator logs: masked. */
public final class Emails {

  private Emails() {}

  /** "jane.doe@example.com" → "j***@example.com". */
  public static String mask(String email) {
    if (email == null) {
      return null;
    }
    int at = email.indexOf('@');
    if (at <= 0) {
      return "***";
    }
    return email.charAt(0) + "***" + email.substring(at);
  }
}
