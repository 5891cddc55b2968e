package io.policyflow.api.kustomer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Kustomer's texts are cleaned, never refused (a refused delivery comes again): what is left is
 * visible text.
 */
class KustomerTextCleaningTest {

  @Test
  void aMessageOfOnlyZeroWidthOrBidiCharactersHasNoText() {
    for (String invisible :
        new String[] {
          "\u200B", "\u200B\u200C\u200D", "\uFEFF", "\u202E", "\u2066\u2069", " \u2060 "
        }) {
      assertThat(KustomerWebhookController.clean(invisible, 2000, true)).as(invisible).isNull();
    }
  }

  @Test
  void bidiOverridesAreRemovedFromAVisibleText() {
    assertThat(KustomerWebhookController.clean("refund \u202Edneifer\u202C please", 2000, true))
        .isEqualTo("refund dneifer please");
    assertThat(KustomerWebhookController.clean("\u200Fשלום", 2000, true)).isEqualTo("\u200Fשלום");
  }
}
