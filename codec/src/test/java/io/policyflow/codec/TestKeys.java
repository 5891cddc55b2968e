package io.policyflow.codec;

import java.util.Arrays;
import java.util.Base64;

/** Deterministic test keys (never used outside tests). */
final class TestKeys {

  private TestKeys() {}

  static byte[] raw(int seed) {
    byte[] key = new byte[KeyRing.KEY_LENGTH_BYTES];
    Arrays.fill(key, (byte) seed);
    key[0] = (byte) (seed * 31 + 7);
    return key;
  }

  static String base64(int seed) {
    return Base64.getEncoder().encodeToString(raw(seed));
  }

  static KeyRing ring(String activeId, Object... idsAndSeeds) {
    KeyRing.Builder builder = KeyRing.builder();
    for (int i = 0; i < idsAndSeeds.length; i += 2) {
      builder.add((String) idsAndSeeds[i], raw((Integer) idsAndSeeds[i + 1]));
    }
    return builder.active(activeId).build();
  }
}
