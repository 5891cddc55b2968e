package io.policyflow.refund.conversation;

import java.time.Instant;
import java.util.List;

/**
 * One line of the transcript.
 *
 * @param seq position in the transcript, from 1
 * @param options quick replies the customer may pick (empty when none)
 */
public record Message(int seq, Author author, String text, List<String> options, Instant at) {
  public Message {
    options = options == null ? List.of() : List.copyOf(options);
  }
}
