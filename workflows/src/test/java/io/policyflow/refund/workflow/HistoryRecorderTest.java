package io.policyflow.refund.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Recorded histories keep stable, readable names: a new recording of the same scenario replaces its
 * file.
 */
class HistoryRecorderTest {

  @Test
  void aHistoryIsNamedAfterItsLabelScenarioAndTest() {
    assertThat(
            HistoryRecorder.fileName(
                "v1", ConfirmAndRefundScenarioTest.class, "noMeansNothingIsRefunded"))
        .isEqualTo("v1-confirm-and-refund-no-means-nothing-is-refunded");
    assertThat(
            HistoryRecorder.fileName(
                "v2",
                ConversationControlScenarioTest.class,
                "notUnderstoodTwiceInARowGoesToAnAgent"))
        .isEqualTo("v2-conversation-control-not-understood-twice-in-a-row-goes-to-an-agent");
  }

  @Test
  void aConversationIdIsKebabCase() {
    assertThat(HistoryRecorder.kebab("refund-c-2")).isEqualTo("refund-c-2");
    assertThat(HistoryRecorder.kebab("refund-Web_42")).isEqualTo("refund-web-42");
  }
}
