package io.policyflow.activities.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StandardWebhookSignatureTest {

  @Test
  void signsTheSpecsReferenceVector() {
    // The vector of the Standard Webhooks reference libraries (libraries/go/webhook_test.go,
    // TestWebhookSign).
    byte[] key = StandardWebhookSignature.key("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

    assertThat(
            StandardWebhookSignature.sign(
                "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L,
                "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8),
                key))
        .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  }

  @Test
  void aSecretWithoutThePrefixIsItsUtf8Bytes() {
    assertThat(StandardWebhookSignature.key("s3crét"))
        .isEqualTo("s3crét".getBytes(StandardCharsets.UTF_8));
    assertThat(StandardWebhookSignature.key("whsec-not-the-prefix"))
        .isEqualTo("whsec-not-the-prefix".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void unusableSecretsAndIdsAreRefused() {
    assertThatThrownBy(() -> StandardWebhookSignature.key(""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StandardWebhookSignature.key("whsec_"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StandardWebhookSignature.key("whsec_***"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> StandardWebhookSignature.sign("msg.1", 1L, new byte[0], new byte[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
