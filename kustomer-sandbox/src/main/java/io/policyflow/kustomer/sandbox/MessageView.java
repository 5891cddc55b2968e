package io.policyflow.kustomer.sandbox;

import java.time.Instant;

/**
 * A message on a conversation's timeline.
 *
 * @param direction {@code in} (customer) or {@code out} (bot or agent)
 * @param via how it was created: {@code inbound} (a simulated customer), {@code chat-outbound}
 *     ({@code POST /v2.1/chat/outbound/messages}), {@code message} ({@code POST
 *     /v1/conversations/{id}/messages}) or {@code draft} ({@code POST /v1/customers/{id}/drafts},
 *     treated as sent)
 * @param senderUserId the user a chat outbound message was sent as ({@code from}); null otherwise
 */
public record MessageView(
    String id,
    String conversationId,
    String direction,
    String via,
    String channel,
    String text,
    boolean auto,
    String senderUserId,
    Instant at) {}
