package io.policyflow.kustomer.sandbox;

import java.time.Instant;

/** An internal note on a conversation. */
public record NoteView(String id, String conversationId, String body, Instant at) {}
