package io.policyflow.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DataConverter;
import io.temporal.payload.codec.PayloadCodecException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rotation procedure in docs/production.md, step by step. */
class KeyRotationTest {

  private static final String EMAIL = "jane.doe@example.com";
  private static final String K1 = "k1:" + TestKeys.base64(1);
  private static final String K2 = "k2:" + TestKeys.base64(2);

  private static DataConverter converter(String keys, String active) {
    Map<String, String> env =
        active == null
            ? Map.of(KeyRing.ENV_KEYS, keys)
            : Map.of(KeyRing.ENV_KEYS, keys, KeyRing.ENV_ACTIVE_KEY, active);
    return Codecs.dataConverterFromEnvironment(env);
  }

  private static String keyIdOf(Payload payload) {
    return payload.getMetadataOrThrow(AesGcmPayloadCodec.METADATA_KEY_ID).toStringUtf8();
  }

  @Test
  void newActiveKeyEncryptsWhileOldKeyStillDecrypts() {
    // Before: only k1.
    DataConverter before = converter(K1, null);
    Payload old = before.toPayload(EMAIL).orElseThrow();
    assertThat(keyIdOf(old)).isEqualTo("k1");

    // Step 1: k2 added and active, k1 still accepted.
    DataConverter during = converter(K2 + "," + K1, "k2");
    assertThat(during.fromPayload(old, String.class, String.class)).isEqualTo(EMAIL);
    Payload fresh = during.toPayload(EMAIL).orElseThrow();
    assertThat(keyIdOf(fresh)).isEqualTo("k2");
    assertThat(during.fromPayload(fresh, String.class, String.class)).isEqualTo(EMAIL);

    // A process still on the old ring cannot read k2 data: why every process gets k2 before any
    // of them makes it active (step 0 in the docs).
    assertThatThrownBy(() -> before.fromPayload(fresh, String.class, String.class))
        .isInstanceOf(PayloadCodecException.class)
        .hasMessageContaining("'k2'");

    // Step 0 of the docs: k2 known everywhere but k1 still active.
    DataConverter staged = converter(K1 + "," + K2, "k1");
    assertThat(keyIdOf(staged.toPayload(EMAIL).orElseThrow())).isEqualTo("k1");
    assertThat(staged.fromPayload(fresh, String.class, String.class)).isEqualTo(EMAIL);

    // Last step, only after retention expired every k1 history: k1 removed.
    DataConverter after = converter(K2, null);
    assertThat(after.fromPayload(fresh, String.class, String.class)).isEqualTo(EMAIL);
    assertThatThrownBy(() -> after.fromPayload(old, String.class, String.class))
        .isInstanceOf(PayloadCodecException.class)
        .hasMessageContaining("'k1'");
  }
}
