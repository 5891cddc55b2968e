package io.policyflow.codec;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A secret kept only as its SHA-256 digest, and compared in constant time over digests: neither its
 * content nor its length leaks through timing. The codec endpoint's token ({@link CodecAuth}) and
 * the starter API's own secrets (its bearer token, the playground's credentials) are checked with
 * it.
 */
public final class SecretDigest {

  private final byte[] digest;

  private SecretDigest(byte[] digest) {
    this.digest = digest;
  }

  public static SecretDigest of(String secret) {
    return new SecretDigest(sha256(secret));
  }

  public boolean matches(String presented) {
    return presented != null && MessageDigest.isEqual(digest, sha256(presented));
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  @Override
  public String toString() {
    return "SecretDigest[****]";
  }
}
