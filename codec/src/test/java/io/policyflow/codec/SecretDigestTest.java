package io.policyflow.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretDigestTest {

  @Test
  void matchesOnlyTheSameSecret() {
    SecretDigest secret = SecretDigest.of("cx:s3cret");

    assertThat(secret.matches("cx:s3cret")).isTrue();
    assertThat(secret.matches("cx:s3cre")).isFalse();
    assertThat(secret.matches("cx:s3cret ")).isFalse();
    assertThat(secret.matches("CX:S3CRET")).isFalse();
    assertThat(secret.matches("")).isFalse();
    assertThat(secret.matches(null)).isFalse();
  }

  @Test
  void neverShowsTheSecret() {
    assertThat(SecretDigest.of("cx:s3cret").toString()).doesNotContain("s3cret");
  }
}
