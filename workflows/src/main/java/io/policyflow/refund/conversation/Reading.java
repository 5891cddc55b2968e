package io.policyflow.refund.conversation;

/**
 * How the bot read one customer message: for a CX manager who wants to see why the bot answered as
 * it did. Kept in workflow state only (the {@code readings} query), never in the history.
 *
 * @param seq the customer message's number in the transcript
 * @param question what the bot was waiting for when the message came (the {@link Awaiting} it
 *     answered; the intents that hold at any point are read first)
 * @param reading a short text built from the typed readings, e.g. {@code "intent: none; yes/no:
 *     yes"}
 */
public record Reading(int seq, String question, String reading) {}
