package io.policyflow.refund.policy;

import java.nio.charset.StandardCharsets;

/**
 * How much of a customer one conversation takes: customer messages and bytes of customer text
 * (UTF-8), counted over the whole conversation, after a handoff too. The message that would pass
 * either cap is not recorded: the conversation hands off and takes no new message ids (see {@code
 * SizeLimit} in the workflow's steps).
 *
 * <p>The caps keep one run far below Temporal's limits per run (2,000 updates, 50 MB and 51,200
 * events of history, a warning at 10 MB) and the {@code view} query's transcript below gRPC's 4 MB
 * message: every customer message is in its update's (or signal's) input in the history, and the
 * transcript is carried in the workflow's state and answered whole by {@code view}. The defaults
 * take 200 messages or 256 KiB of text (131 messages of 2,000 ASCII characters, the API's longest),
 * far more than a refund needs (10 to 30 messages, including a chat with an agent after a handoff),
 * and leave a full conversation's history at about 1 MB.
 *
 * @param maxCustomerMessages customer messages a conversation records at most, 1 to {@value
 *     #MOST_MESSAGES}
 * @param maxCustomerTextBytes bytes of customer text (UTF-8) a conversation records at most, 1 to
 *     {@value #MOST_TEXT_BYTES}
 */
public record ConversationLimits(int maxCustomerMessages, int maxCustomerTextBytes) {

  public static final int DEFAULT_MAX_CUSTOMER_MESSAGES = 200;
  public static final int DEFAULT_MAX_CUSTOMER_TEXT_BYTES = 256 * 1024;

  /**
   * The highest message cap: with as many ignored signals (which end the run) and the updates in
   * flight, a run stays far below Temporal's 2,000 updates.
   */
  public static final int MOST_MESSAGES = 1_000;

  /**
   * The highest text cap: the {@code view} query answers the whole transcript in one gRPC message
   * (4 MB).
   */
  public static final int MOST_TEXT_BYTES = 1024 * 1024;

  public ConversationLimits {
    if (maxCustomerMessages < 1 || maxCustomerMessages > MOST_MESSAGES) {
      throw new IllegalArgumentException(
          "maxCustomerMessages must be 1 to " + MOST_MESSAGES + ", got " + maxCustomerMessages);
    }
    if (maxCustomerTextBytes < 1 || maxCustomerTextBytes > MOST_TEXT_BYTES) {
      throw new IllegalArgumentException(
          "maxCustomerTextBytes must be 1 to " + MOST_TEXT_BYTES + ", got " + maxCustomerTextBytes);
    }
  }

  /** 200 customer messages, 256 KiB of customer text. */
  public static ConversationLimits defaults() {
    return new ConversationLimits(DEFAULT_MAX_CUSTOMER_MESSAGES, DEFAULT_MAX_CUSTOMER_TEXT_BYTES);
  }

  /** Whether a conversation that recorded this much takes one more message with this text. */
  public boolean admit(int messages, int textBytes, String text) {
    return messages < maxCustomerMessages && (long) textBytes + bytes(text) <= maxCustomerTextBytes;
  }

  /** The text's length in UTF-8, as it is counted against {@link #maxCustomerTextBytes}. */
  public static int bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
