package io.policyflow.kustomer.sandbox;

/**
 * One webhook event sent (or being sent) to one subscription.
 *
 * @param id the delivery's id (also the envelope's {@code id})
 * @param event the event name, e.g. {@code kustomer.message.create}
 * @param url where it goes
 * @param attempts attempts made so far
 * @param lastStatus the HTTP status of the last attempt; 0 when it failed without an answer, -1
 *     before any
 * @param delivered true once an attempt got a 2xx
 * @param body the exact JSON body sent
 * @param subjectId the message id (message events) or conversation id (conversation events)
 */
public record Delivery(
    String id,
    String event,
    String url,
    int attempts,
    int lastStatus,
    boolean delivered,
    String body,
    String subjectId) {}
