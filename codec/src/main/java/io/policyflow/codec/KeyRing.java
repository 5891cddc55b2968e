package io.policyflow.codec;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 keys the payload codec may use, by key id.
 *
 * <p>Several keys are accepted so keys can be rotated: the <em>active</em> key encrypts every new
 * payload, and every key in the ring decrypts (a payload records the id of the key that encrypted
 * it). The active key is the one named by {@value #ENV_ACTIVE_KEY}, or the first one listed.
 *
 * <p>Environment format:
 *
 * <pre>
 * POLICYFLOW_CODEC_KEYS="k2:&lt;base64 of 32 random bytes&gt;,k1:&lt;base64 of 32 random bytes&gt;"
 * POLICYFLOW_CODEC_ACTIVE_KEY=k2          # optional, defaults to the first key
 * </pre>
 *
 * <p>Generate a key with {@code openssl rand -base64 32}. Error messages and {@link #toString()}
 * name key ids and lengths only, never key material.
 */
public final class KeyRing {

  /** Comma-separated {@code id:base64key} entries. Unset or blank: encryption off. */
  public static final String ENV_KEYS = "POLICYFLOW_CODEC_KEYS";

  /** Optional id of the key that encrypts new payloads; defaults to the first listed key. */
  public static final String ENV_ACTIVE_KEY = "POLICYFLOW_CODEC_ACTIVE_KEY";

  /** AES-256: 32 bytes. */
  public static final int KEY_LENGTH_BYTES = 32;

  private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final Map<String, SecretKey> keys;
  private final String activeKeyId;

  private KeyRing(Map<String, SecretKey> keys, String activeKeyId) {
    this.keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    this.activeKeyId = activeKeyId;
  }

  /**
   * Reads {@value #ENV_KEYS} and {@value #ENV_ACTIVE_KEY} from an environment map (usually {@code
   * System.getenv()}).
   *
   * @return empty when {@value #ENV_KEYS} is unset or blank (encryption off)
   * @throws KeyRingException when the variables are set but wrong (bad format, wrong key length, an
   *     active key that is not in the ring, or an active key without any keys)
   */
  public static Optional<KeyRing> fromEnvironment(Map<String, String> env) {
    Objects.requireNonNull(env, "env");
    String keys = env.get(ENV_KEYS);
    String active = env.get(ENV_ACTIVE_KEY);
    if (keys == null || keys.isBlank()) {
      if (active != null && !active.isBlank()) {
        throw new KeyRingException(
            ENV_ACTIVE_KEY
                + " is set but "
                + ENV_KEYS
                + " is empty: refusing to start with encryption silently off");
      }
      return Optional.empty();
    }
    return Optional.of(parse(keys, active));
  }

  /**
   * Parses {@code "id:base64,id:base64"}.
   *
   * @param activeKeyId the key that encrypts; {@code null} or blank means the first listed key
   * @throws KeyRingException on any malformed entry
   */
  public static KeyRing parse(String keysSpec, String activeKeyId) {
    if (keysSpec == null || keysSpec.isBlank()) {
      throw new KeyRingException(
          ENV_KEYS + " is empty: at least one key id:base64 entry is needed");
    }
    Builder builder = builder();
    String[] entries = keysSpec.split(",");
    for (int i = 0; i < entries.length; i++) {
      String entry = entries[i].trim();
      if (entry.isEmpty()) {
        throw new KeyRingException(ENV_KEYS + " entry #" + (i + 1) + " is empty (stray comma?)");
      }
      int colon = entry.indexOf(':');
      if (colon <= 0 || colon == entry.length() - 1) {
        throw new KeyRingException(
            ENV_KEYS
                + " entry #"
                + (i + 1)
                + " is not of the form <key id>:<base64 key>"
                + (colon <= 0 ? "" : " (key id '" + safeId(entry.substring(0, colon)) + "')"));
      }
      String id = entry.substring(0, colon).trim();
      String encoded = entry.substring(colon + 1).trim();
      byte[] raw;
      try {
        raw = Base64.getDecoder().decode(encoded);
      } catch (IllegalArgumentException e) {
        // Deliberately not chaining e: its message can quote the offending characters.
        throw new KeyRingException(
            "key '" + safeId(id) + "' in " + ENV_KEYS + " is not valid base64");
      }
      builder.add(id, raw);
    }
    if (activeKeyId != null && !activeKeyId.isBlank()) {
      builder.active(activeKeyId.trim());
    }
    return builder.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The id written on every newly encrypted payload. */
  public String activeKeyId() {
    return activeKeyId;
  }

  SecretKey activeKey() {
    return keys.get(activeKeyId);
  }

  /** The key with this id, if the ring holds it. */
  Optional<SecretKey> key(String keyId) {
    return Optional.ofNullable(keys.get(keyId));
  }

  /** Key ids in configuration order (the active one first only if it was listed first). */
  public List<String> keyIds() {
    return List.copyOf(keys.keySet());
  }

  @Override
  public String toString() {
    return "KeyRing{active=" + activeKeyId + ", keyIds=" + keys.keySet() + "}";
  }

  private static String safeId(String id) {
    // Ids are not secret, but a mangled entry might be a pasted key: only echo plausible ids.
    String trimmed = id.trim();
    return KEY_ID.matcher(trimmed).matches() ? trimmed : "<invalid id>";
  }

  /** Builds a ring from raw key bytes (tests, or keys fetched from a KMS/secret store). */
  public static final class Builder {
    private final Map<String, SecretKey> keys = new LinkedHashMap<>();
    private final List<String> order = new ArrayList<>();
    private String active;

    private Builder() {}

    /**
     * Adds a key.
     *
     * @throws KeyRingException for an invalid or duplicate id or a key that is not 32 bytes
     */
    public Builder add(String keyId, byte[] rawKey) {
      Objects.requireNonNull(rawKey, "rawKey");
      if (keyId == null || !KEY_ID.matcher(keyId).matches()) {
        throw new KeyRingException(
            "key id "
                + (keyId == null ? "null" : "'" + safeId(keyId) + "'")
                + " is invalid: use 1-64 characters from [A-Za-z0-9._-]");
      }
      if (keys.containsKey(keyId)) {
        throw new KeyRingException("key id '" + keyId + "' is listed twice");
      }
      if (rawKey.length != KEY_LENGTH_BYTES) {
        throw new KeyRingException(
            "key '"
                + keyId
                + "' is "
                + rawKey.length
                + " bytes; AES-256 needs exactly "
                + KEY_LENGTH_BYTES
                + " bytes (generate one with: openssl rand -base64 32)");
      }
      keys.put(keyId, new SecretKeySpec(rawKey.clone(), "AES"));
      order.add(keyId);
      return this;
    }

    /** Names the key that encrypts; without it the first added key does. */
    public Builder active(String keyId) {
      this.active = keyId;
      return this;
    }

    public KeyRing build() {
      if (keys.isEmpty()) {
        throw new KeyRingException("a key ring needs at least one key");
      }
      String activeId = active == null ? order.get(0) : active;
      if (!keys.containsKey(activeId)) {
        throw new KeyRingException(
            "active key '"
                + safeId(activeId)
                + "' ("
                + ENV_ACTIVE_KEY
                + ") is not among the configured keys "
                + order);
      }
      return new KeyRing(keys, activeId);
    }
  }
}
