package io.policyflow.codec;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.EncodingKeys;
import io.temporal.payload.codec.PayloadCodec;
import io.temporal.payload.codec.PayloadCodecException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts every Temporal payload with AES-256-GCM.
 *
 * <p>The whole serialized {@link Payload} (its metadata and data) is encrypted, so the encoding of
 * the original value is hidden too. The result is a new payload:
 *
 * <ul>
 *   <li>metadata {@code encoding = binary/encrypted}, {@code encryption-key-id = <active key id>},
 *       {@code encryption-cipher = AES/GCM/NoPadding};
 *   <li>data {@code = IV (12 random bytes) || ciphertext || GCM tag (16 bytes)}; the key id is
 *       bound as additional authenticated data, so relabelling a payload with another key id fails.
 * </ul>
 *
 * <p>Decoding picks the key by the recorded id from the {@link KeyRing}, passes through any payload
 * that is not {@code binary/encrypted} (data written before encryption was switched on, or by
 * another codec-less client), and throws {@link PayloadCodecException} for an unknown key id, a
 * missing key id, or ciphertext that fails authentication. Codecs run outside workflow code, so
 * {@link SecureRandom} is fine here. Thread-safe.
 */
public final class AesGcmPayloadCodec implements PayloadCodec {

  /** Value of the {@code encoding} metadata on encrypted payloads. */
  public static final String ENCODING = "binary/encrypted";

  /** Metadata key holding the id of the key that encrypted the payload. */
  public static final String METADATA_KEY_ID = "encryption-key-id";

  /** Metadata key naming the cipher, informational. */
  public static final String METADATA_CIPHER = "encryption-cipher";

  public static final String CIPHER = "AES/GCM/NoPadding";

  static final int IV_LENGTH_BYTES = 12;
  static final int TAG_LENGTH_BITS = 128;

  private static final ByteString ENCODING_BYTES = ByteString.copyFromUtf8(ENCODING);
  private static final ByteString CIPHER_BYTES = ByteString.copyFromUtf8(CIPHER);

  private final KeyRing keyRing;
  private final SecureRandom random;

  public AesGcmPayloadCodec(KeyRing keyRing) {
    this(keyRing, new SecureRandom());
  }

  AesGcmPayloadCodec(KeyRing keyRing, SecureRandom random) {
    this.keyRing = Objects.requireNonNull(keyRing, "keyRing");
    this.random = Objects.requireNonNull(random, "random");
  }

  public KeyRing keyRing() {
    return keyRing;
  }

  @Override
  public List<Payload> encode(List<Payload> payloads) {
    List<Payload> out = new ArrayList<>(payloads.size());
    for (Payload payload : payloads) {
      out.add(encrypt(payload));
    }
    return out;
  }

  @Override
  public List<Payload> decode(List<Payload> payloads) {
    List<Payload> out = new ArrayList<>(payloads.size());
    for (Payload payload : payloads) {
      out.add(decrypt(payload));
    }
    return out;
  }

  /** True when the payload carries this codec's {@code binary/encrypted} encoding. */
  public static boolean isEncrypted(Payload payload) {
    return ENCODING_BYTES.equals(
        payload.getMetadataOrDefault(EncodingKeys.METADATA_ENCODING_KEY, ByteString.EMPTY));
  }

  private Payload encrypt(Payload payload) {
    String keyId = keyRing.activeKeyId();
    byte[] iv = new byte[IV_LENGTH_BYTES];
    random.nextBytes(iv);
    byte[] sealed;
    try {
      Cipher cipher = Cipher.getInstance(CIPHER);
      cipher.init(
          Cipher.ENCRYPT_MODE, keyRing.activeKey(), new GCMParameterSpec(TAG_LENGTH_BITS, iv));
      cipher.updateAAD(aad(keyId));
      sealed = cipher.doFinal(payload.toByteArray());
    } catch (GeneralSecurityException e) {
      throw new PayloadCodecException("AES-GCM encryption failed with key '" + keyId + "'", e);
    }
    ByteBuffer data = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed);
    return Payload.newBuilder()
        .putMetadata(EncodingKeys.METADATA_ENCODING_KEY, ENCODING_BYTES)
        .putMetadata(METADATA_CIPHER, CIPHER_BYTES)
        .putMetadata(METADATA_KEY_ID, ByteString.copyFromUtf8(keyId))
        .setData(ByteString.copyFrom(data.array()))
        .build();
  }

  private Payload decrypt(Payload payload) {
    if (!isEncrypted(payload)) {
      return payload;
    }
    ByteString keyIdBytes = payload.getMetadataOrDefault(METADATA_KEY_ID, null);
    if (keyIdBytes == null || keyIdBytes.isEmpty()) {
      throw new PayloadCodecException(
          "encrypted payload has no '" + METADATA_KEY_ID + "' metadata; cannot pick a key");
    }
    String keyId = keyIdBytes.toStringUtf8();
    SecretKey key =
        keyRing
            .key(keyId)
            .orElseThrow(
                () ->
                    new PayloadCodecException(
                        "payload was encrypted with key id '"
                            + printable(keyId)
                            + "', which is not in the key ring "
                            + keyRing.keyIds()
                            + " (add the old key to "
                            + KeyRing.ENV_KEYS
                            + " to read it)"));
    byte[] data = payload.getData().toByteArray();
    if (data.length < IV_LENGTH_BYTES + TAG_LENGTH_BITS / 8) {
      throw new PayloadCodecException(
          "encrypted payload (key '" + keyId + "') is too short to hold an IV and a GCM tag");
    }
    byte[] plain;
    try {
      Cipher cipher = Cipher.getInstance(CIPHER);
      cipher.init(
          Cipher.DECRYPT_MODE,
          key,
          new GCMParameterSpec(TAG_LENGTH_BITS, data, 0, IV_LENGTH_BYTES));
      cipher.updateAAD(aad(keyId));
      plain = cipher.doFinal(data, IV_LENGTH_BYTES, data.length - IV_LENGTH_BYTES);
    } catch (AEADBadTagException e) {
      throw new PayloadCodecException(
          "encrypted payload failed authentication with key '"
              + keyId
              + "': the ciphertext or its metadata was tampered with, or the key is wrong",
          e);
    } catch (GeneralSecurityException e) {
      throw new PayloadCodecException("AES-GCM decryption failed with key '" + keyId + "'", e);
    }
    try {
      return Payload.parseFrom(plain);
    } catch (InvalidProtocolBufferException e) {
      throw new PayloadCodecException(
          "decrypted bytes (key '" + keyId + "') are not a serialized Temporal Payload", e);
    }
  }

  private static byte[] aad(String keyId) {
    return ("policyflow-codec/v1:" + keyId).getBytes(StandardCharsets.UTF_8);
  }

  private static String printable(String keyId) {
    String trimmed = keyId.length() > 64 ? keyId.substring(0, 64) + "..." : keyId;
    return trimmed.replaceAll("[^\\x20-\\x7E]", "?");
  }
}
