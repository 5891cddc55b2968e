package io.policyflow.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.common.converter.EncodingKeys;
import io.temporal.payload.codec.PayloadCodecException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AesGcmPayloadCodecTest {

  private static final String EMAIL = "jane.doe@example.com";

  private final DataConverter json = DefaultDataConverter.newDefaultInstance();
  private final AesGcmPayloadCodec codec = new AesGcmPayloadCodec(TestKeys.ring("k1", "k1", 1));

  record Customer(String email, String orderNumber) {}

  private Payload plain(Object value) {
    return json.toPayload(value).orElseThrow();
  }

  @Test
  void roundTripRestoresEveryPayloadExactly() {
    List<Payload> original =
        List.of(
            plain(new Customer(EMAIL, "000000102")),
            plain("refund approved"),
            plain(42),
            Payload.newBuilder()
                .putMetadata("encoding", ByteString.copyFromUtf8("binary/null"))
                .build());

    List<Payload> encoded = codec.encode(original);
    List<Payload> decoded = codec.decode(encoded);

    assertThat(encoded).hasSize(4).allSatisfy(p -> assertThat(AesGcmPayloadCodec.isEncrypted(p)));
    assertThat(decoded).isEqualTo(original);
    assertThat(json.fromPayload(decoded.get(0), Customer.class, Customer.class))
        .isEqualTo(new Customer(EMAIL, "000000102"));
  }

  @Test
  void encryptedPayloadCarriesEncodingAndKeyIdAndNoPlaintext() {
    Payload original = plain(new Customer(EMAIL, "000000102"));
    assertThat(original.toByteString().toStringUtf8()).contains(EMAIL); // the check below can fail

    Payload encrypted = codec.encode(List.of(original)).get(0);

    assertThat(encrypted.getMetadataMap())
        .containsEntry(
            EncodingKeys.METADATA_ENCODING_KEY, ByteString.copyFromUtf8("binary/encrypted"))
        .containsEntry(AesGcmPayloadCodec.METADATA_KEY_ID, ByteString.copyFromUtf8("k1"))
        .containsEntry(
            AesGcmPayloadCodec.METADATA_CIPHER, ByteString.copyFromUtf8("AES/GCM/NoPadding"));
    byte[] all = encrypted.toByteArray();
    assertThat(new String(all, StandardCharsets.ISO_8859_1))
        .doesNotContain(EMAIL)
        .doesNotContain("json/plain")
        .doesNotContain("000000102");
    // IV (12) + serialized payload + tag (16)
    assertThat(encrypted.getData().size()).isEqualTo(12 + original.getSerializedSize() + 16);
  }

  @Test
  void sameValueEncryptsDifferentlyEachTime() {
    Payload original = plain(EMAIL);
    Payload first = codec.encode(List.of(original)).get(0);
    Payload second = codec.encode(List.of(original)).get(0);

    assertThat(first.getData()).isNotEqualTo(second.getData());
    assertThat(first.getData().substring(0, 12)).isNotEqualTo(second.getData().substring(0, 12));
    assertThat(codec.decode(List.of(first, second))).containsExactly(original, original);
  }

  @Test
  void payloadsThatAreNotEncryptedPassThroughDecode() {
    Payload legacy = plain(EMAIL);
    assertThat(codec.decode(List.of(legacy))).containsExactly(legacy);
  }

  @Test
  void unknownKeyIdFailsClearly() {
    AesGcmPayloadCodec other = new AesGcmPayloadCodec(TestKeys.ring("k9", "k9", 9));
    Payload fromOther = other.encode(List.of(plain(EMAIL))).get(0);

    assertThatThrownBy(() -> codec.decode(List.of(fromOther)))
        .isInstanceOf(PayloadCodecException.class)
        .hasMessageContaining("'k9'")
        .hasMessageContaining("not in the key ring")
        .hasMessageContaining("[k1]");
  }

  @Test
  void tamperedCiphertextFails() {
    Payload encrypted = codec.encode(List.of(plain(EMAIL))).get(0);
    byte[] data = encrypted.getData().toByteArray();
    data[20] ^= 0x01; // a ciphertext byte, after the 12-byte IV
    Payload tampered = encrypted.toBuilder().setData(ByteString.copyFrom(data)).build();

    assertThatThrownBy(() -> codec.decode(List.of(tampered)))
        .isInstanceOf(PayloadCodecException.class)
        .hasMessageContaining("failed authentication")
        .hasMessageContaining("'k1'");
  }

  @Test
  void tamperedIvOrTagFails() {
    Payload encrypted = codec.encode(List.of(plain(EMAIL))).get(0);
    byte[] iv = encrypted.getData().toByteArray();
    iv[0] ^= 0x01;
    byte[] tag = encrypted.getData().toByteArray();
    tag[tag.length - 1] ^= 0x01;

    for (byte[] data : List.of(iv, tag)) {
      Payload tampered = encrypted.toBuilder().setData(ByteString.copyFrom(data)).build();
      assertThatThrownBy(() -> codec.decode(List.of(tampered)))
          .isInstanceOf(PayloadCodecException.class)
          .hasMessageContaining("failed authentication");
    }
  }

  @Test
  void relabellingWithAnotherKnownKeyIdFails() {
    KeyRing ring = TestKeys.ring("k1", "k1", 1, "k2", 2);
    AesGcmPayloadCodec twoKeys = new AesGcmPayloadCodec(ring);
    Payload encrypted = twoKeys.encode(List.of(plain(EMAIL))).get(0);
    Payload relabelled =
        encrypted.toBuilder()
            .putMetadata(AesGcmPayloadCodec.METADATA_KEY_ID, ByteString.copyFromUtf8("k2"))
            .build();

    assertThatThrownBy(() -> twoKeys.decode(List.of(relabelled)))
        .isInstanceOf(PayloadCodecException.class)
        .hasMessageContaining("failed authentication");
  }

  @Test
  void truncatedOrKeylessPayloadFails() {
    Payload encrypted = codec.encode(List.of(plain(EMAIL))).get(0);
    Payload truncated = encrypted.toBuilder().setData(encrypted.getData().substring(0, 20)).build();
    Payload keyless =
        encrypted.toBuilder().removeMetadata(AesGcmPayloadCodec.METADATA_KEY_ID).build();

    assertThatThrownBy(() -> codec.decode(List.of(truncated)))
        .isInstanceOf(PayloadCodecException.class)
        .hasMessageContaining("too short");
    assertThatThrownBy(() -> codec.decode(List.of(keyless)))
        .isInstanceOf(PayloadCodecException.class)
        .hasMessageContaining("encryption-key-id");
  }

  @Test
  void codecDataConverterEncryptsValuesAndFailureMessages() {
    DataConverter converter = Codecs.dataConverter(TestKeys.ring("k1", "k1", 1));

    Payload payload = converter.toPayload(new Customer(EMAIL, "000000102")).orElseThrow();
    assertThat(AesGcmPayloadCodec.isEncrypted(payload)).isTrue();
    assertThat(payload.toByteString().toStringUtf8()).doesNotContain(EMAIL);
    assertThat(converter.fromPayload(payload, Customer.class, Customer.class))
        .isEqualTo(new Customer(EMAIL, "000000102"));

    var failure =
        converter.exceptionToFailure(new IllegalStateException("mailbox " + EMAIL + " is full"));
    assertThat(failure.toByteString().toStringUtf8()).doesNotContain(EMAIL);
    assertThat(failure.getMessage()).isEqualTo("Encoded failure");
    assertThat(converter.failureToException(failure)).hasMessageContaining(EMAIL);
  }

  @Test
  void dataConverterFromEnvironmentIsPlainWhenUnsetAndEncryptingWhenSet() {
    DataConverter off = Codecs.dataConverterFromEnvironment(Map.of());
    assertThat(AesGcmPayloadCodec.isEncrypted(off.toPayload(EMAIL).orElseThrow())).isFalse();

    DataConverter on =
        Codecs.dataConverterFromEnvironment(Map.of(KeyRing.ENV_KEYS, "k1:" + TestKeys.base64(1)));
    Payload encrypted = on.toPayload(EMAIL).orElseThrow();
    assertThat(AesGcmPayloadCodec.isEncrypted(encrypted)).isTrue();
    // interoperates with a codec built from the same key
    assertThat(codec.decode(List.of(encrypted))).containsExactly(plain(EMAIL));
  }
}
