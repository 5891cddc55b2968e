package io.policyflow.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyRingTest {

  @Test
  void unsetOrBlankEnvironmentMeansEncryptionOff() {
    assertThat(KeyRing.fromEnvironment(Map.of())).isEmpty();
    assertThat(KeyRing.fromEnvironment(Map.of(KeyRing.ENV_KEYS, "  "))).isEmpty();
  }

  @Test
  void activeKeyWithoutKeysIsRejected() {
    assertThatThrownBy(() -> KeyRing.fromEnvironment(Map.of(KeyRing.ENV_ACTIVE_KEY, "k2")))
        .isInstanceOf(KeyRingException.class)
        .hasMessageContaining("POLICYFLOW_CODEC_KEYS is empty");
  }

  @Test
  void firstKeyIsActiveByDefaultAndAllKeysAreKept() {
    KeyRing ring =
        KeyRing.fromEnvironment(
                Map.of(
                    KeyRing.ENV_KEYS,
                    " k2:" + TestKeys.base64(2) + " , k1:" + TestKeys.base64(1) + " "))
            .orElseThrow();

    assertThat(ring.activeKeyId()).isEqualTo("k2");
    assertThat(ring.keyIds()).containsExactly("k2", "k1");
    assertThat(ring.key("k1")).isPresent();
    assertThat(ring.key("k3")).isEmpty();
  }

  @Test
  void configuredActiveKeyWins() {
    KeyRing ring =
        KeyRing.fromEnvironment(
                Map.of(
                    KeyRing.ENV_KEYS,
                    "k1:" + TestKeys.base64(1) + ",k2:" + TestKeys.base64(2),
                    KeyRing.ENV_ACTIVE_KEY,
                    "k2"))
            .orElseThrow();

    assertThat(ring.activeKeyId()).isEqualTo("k2");
    assertThat(ring.keyIds()).containsExactly("k1", "k2");
  }

  @Test
  void activeKeyMustBeInTheRing() {
    assertThatThrownBy(() -> KeyRing.parse("k1:" + TestKeys.base64(1), "k2"))
        .isInstanceOf(KeyRingException.class)
        .hasMessageContaining("active key 'k2'")
        .hasMessageContaining("[k1]");
  }

  @Test
  void wrongKeyLengthIsRejectedWithoutPrintingTheKey() {
    String shortKey = Base64.getEncoder().encodeToString("sixteen-byte-key".getBytes());
    String longKey = Base64.getEncoder().encodeToString(new byte[64]);

    assertThatThrownBy(() -> KeyRing.parse("k1:" + shortKey, null))
        .isInstanceOf(KeyRingException.class)
        .hasMessageContaining("key 'k1' is 16 bytes")
        .hasMessageContaining("exactly 32 bytes")
        .hasMessageContaining("openssl rand -base64 32")
        .message()
        .doesNotContain(shortKey)
        .doesNotContain("sixteen-byte-key");
    assertThatThrownBy(() -> KeyRing.parse("k1:" + TestKeys.base64(1) + ",k0:" + longKey, null))
        .hasMessageContaining("key 'k0' is 64 bytes")
        .message()
        .doesNotContain(longKey)
        .doesNotContain(TestKeys.base64(1));
  }

  @Test
  void invalidBase64IsRejectedWithoutPrintingTheValue() {
    String garbage = "this-is-not*base64!!secret";
    assertThatThrownBy(() -> KeyRing.parse("k1:" + garbage, null))
        .isInstanceOf(KeyRingException.class)
        .hasMessageContaining("key 'k1'")
        .hasMessageContaining("not valid base64")
        .hasNoCause()
        .message()
        .doesNotContain(garbage)
        .doesNotContain("secret");
  }

  @Test
  void malformedEntriesAreRejected() {
    String key = TestKeys.base64(1);
    assertThatThrownBy(() -> KeyRing.parse(key, null))
        .isInstanceOf(KeyRingException.class)
        .hasMessageContaining("<key id>:<base64 key>")
        .message()
        .doesNotContain(key);
    assertThatThrownBy(() -> KeyRing.parse("k1:" + key + ",,k2:" + key, null))
        .hasMessageContaining("entry #2 is empty");
    assertThatThrownBy(() -> KeyRing.parse("k1:" + key + ",k1:" + TestKeys.base64(2), null))
        .hasMessageContaining("'k1' is listed twice");
    assertThatThrownBy(() -> KeyRing.parse("bad id:" + key, null))
        .hasMessageContaining("is invalid");
    assertThatThrownBy(() -> KeyRing.parse("k1:", null)).hasMessageContaining("entry #1");
  }

  @Test
  void toStringNamesIdsOnly() {
    KeyRing ring = KeyRing.parse("k2:" + TestKeys.base64(2) + ",k1:" + TestKeys.base64(1), null);
    assertThat(ring.toString())
        .isEqualTo("KeyRing{active=k2, keyIds=[k2, k1]}")
        .doesNotContain(TestKeys.base64(1));
  }
}
