package io.policyflow.refund.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DefaultDataConverter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The limits travel in the policy, as Temporal's data converter writes and reads it; a policy
 * recorded before there were limits reads with the defaults.
 */
class ConversationLimitsTest {

  private static final DefaultDataConverter CONVERTER = DefaultDataConverter.newDefaultInstance();

  @Test
  void aPolicyRecordedBeforeThereWereLimitsReadsWithTheDefaults() {
    String recorded = json(RefundPolicy.defaults()).replaceFirst(",\"limits\":\\{[^}]*}", "");
    assertThat(recorded).doesNotContain("limits").contains("\"maxNotUnderstood\":2");

    RefundPolicy read = read(recorded);

    assertThat(read.limits()).isEqualTo(new ConversationLimits(200, 262_144));
    assertThat(read).isEqualTo(RefundPolicy.defaults());
    assertThat(
            read(recorded.replace(
                    "\"maxNotUnderstood\":2", "\"maxNotUnderstood\":2,\"limits\":null"))
                .limits())
        .isEqualTo(ConversationLimits.defaults());
  }

  @Test
  void limitsOfItsOwnGoThereAndBack() {
    RefundPolicy policy = RefundPolicy.defaults().withLimits(new ConversationLimits(12, 4_096));

    String json = json(policy);

    assertThat(json)
        .contains("\"limits\":{\"maxCustomerMessages\":12,\"maxCustomerTextBytes\":4096}");
    assertThat(read(json)).isEqualTo(policy);
  }

  @Test
  void theFifteenArgumentConstructorHasTheDefaultLimits() {
    RefundPolicy d = RefundPolicy.defaults();
    RefundPolicy policy =
        new RefundPolicy(
            d.returnWindowDays(),
            d.refundableStates(),
            d.nonReturnableSkus(),
            d.offlinePaymentMethods(),
            d.refundShipping(),
            d.ordersListed(),
            d.minBusinessDays(),
            d.maxBusinessDays(),
            d.holidays(),
            d.timeZone(),
            d.reminderAfter(),
            d.abandonAfter(),
            d.followUpReplyWindow(),
            d.slowTurnThreshold(),
            d.maxNotUnderstood());

    assertThat(policy.limits()).isEqualTo(ConversationLimits.defaults());
  }

  @Test
  void aMessageIsAdmittedWhileBothCapsHoldWithItCountedInUtf8() {
    ConversationLimits limits = new ConversationLimits(3, 10);

    assertThat(limits.admit(2, 0, "x".repeat(10))).isTrue();
    assertThat(limits.admit(3, 0, "x")).as("a fourth message").isFalse();
    assertThat(limits.admit(0, 4, "é".repeat(3))).as("4 + 6 bytes").isTrue();
    assertThat(limits.admit(0, 4, "é".repeat(3) + "x")).as("4 + 7 bytes").isFalse();
    assertThat(ConversationLimits.bytes("😀é a")).isEqualTo(4 + 2 + 2);
  }

  @Test
  void capsOutsideTheirRangeAreRefused() {
    assertThatThrownBy(() -> new ConversationLimits(0, 1_000))
        .hasMessageContaining("maxCustomerMessages");
    assertThatThrownBy(() -> new ConversationLimits(1_001, 1_000))
        .hasMessageContaining("maxCustomerMessages");
    assertThatThrownBy(() -> new ConversationLimits(10, 0))
        .hasMessageContaining("maxCustomerTextBytes");
    assertThatThrownBy(() -> new ConversationLimits(10, 1024 * 1024 + 1))
        .hasMessageContaining("maxCustomerTextBytes");
  }

  private static String json(RefundPolicy policy) {
    Optional<Payload> payload = CONVERTER.toPayload(policy);
    return payload.orElseThrow().getData().toString(StandardCharsets.UTF_8);
  }

  private static RefundPolicy read(String json) {
    Payload payload =
        CONVERTER.toPayload(RefundPolicy.defaults()).orElseThrow().toBuilder()
            .setData(ByteString.copyFromUtf8(json))
            .build();
    return CONVERTER.fromPayload(payload, RefundPolicy.class, RefundPolicy.class);
  }
}
