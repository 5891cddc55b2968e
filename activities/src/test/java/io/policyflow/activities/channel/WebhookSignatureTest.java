package io.policyflow.activities.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  private static final byte[] BODY =
      "{\"conversationId\":\"c-1\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void signsWithAKnownHmacSha256Vector() {
    // The well-known HMAC-SHA256 example; checked with: printf "The quick brown fox jumps over the
    // lazy dog"
    //   | openssl dgst -sha256 -hmac key
    byte[] body = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.US_ASCII);
    assertThat(WebhookSignature.sign(body, "key"))
        .isEqualTo("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
  }

  @Test
  void verifyAcceptsTheRightSignatureOnly() {
    String header = WebhookSignature.sign(BODY, "s3cret");

    assertThat(WebhookSignature.verify(BODY, "s3cret", header)).isTrue();
    assertThat(
            WebhookSignature.verify(
                BODY, "s3cret", header.toUpperCase().replace("SHA256=", "sha256=")))
        .isTrue();
    assertThat(WebhookSignature.verify(BODY, "other", header)).isFalse();
    assertThat(
            WebhookSignature.verify(
                "{\"conversationId\":\"c-2\"}".getBytes(StandardCharsets.UTF_8), "s3cret", header))
        .isFalse();
    assertThat(WebhookSignature.verify(BODY, "s3cret", header.substring("sha256=".length())))
        .isFalse();
    assertThat(WebhookSignature.verify(BODY, "s3cret", header.substring(0, header.length() - 1)))
        .isFalse();
    assertThat(WebhookSignature.verify(BODY, "s3cret", null)).isFalse();
    assertThat(WebhookSignature.verify(BODY, "s3cret", "sha256=zz")).isFalse();
  }
}
