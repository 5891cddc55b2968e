package io.policyflow.api.codec;

import io.policyflow.codec.CodecAuth;
import io.policyflow.codec.CodecEndpoint;
import io.policyflow.codec.KeyRing;
import io.policyflow.config.CodecProperties;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the codec server ({@code /codec}) runs with: the key ring ({@code POLICYFLOW_CODEC_KEYS},
 * {@code POLICYFLOW_CODEC_ACTIVE_KEY}), the codec token ({@code POLICYFLOW_CODEC_AUTH_TOKEN}) and
 * the browser origins allowed by CORS ({@code POLICYFLOW_CODEC_CORS_ORIGINS}, default {@code
 * http://localhost:8233}).
 *
 * <p>The application builds it from {@link CodecProperties} ({@link CodecServerConfiguration});
 * tests replace that bean. Without keys or without a token the server is closed: every {@code
 * /codec} call answers 404. {@link #toString()} names key ids only, never key material or the
 * token.
 */
public final class CodecSettings {

  /** Detail of the 404 every {@code /codec} call gets while the server is closed. */
  public static final String NOT_CONFIGURED =
      "codec server is not configured: set "
          + KeyRing.ENV_KEYS
          + " and "
          + CodecEndpoint.ENV_AUTH_TOKEN;

  private final KeyRing keyRing;
  private final CodecAuth auth;
  private final List<String> corsOrigins;

  public CodecSettings(
      Optional<KeyRing> keyRing, Optional<CodecAuth> auth, List<String> corsOrigins) {
    this.keyRing = Objects.requireNonNull(keyRing, "keyRing").orElse(null);
    this.auth = Objects.requireNonNull(auth, "auth").orElse(null);
    this.corsOrigins = List.copyOf(corsOrigins);
  }

  /**
   * From {@code policyflow.codec.*}.
   *
   * @throws IllegalArgumentException (including {@link io.policyflow.codec.KeyRingException}) when
   *     a setting is set but invalid: a malformed key ring, a token shorter than {@value
   *     CodecAuth#MIN_TOKEN_LENGTH} characters, or a CORS origin that is {@code *} or not an origin
   */
  public static CodecSettings of(CodecProperties properties) {
    Map<String, String> env = properties.asVariables();
    return new CodecSettings(
        KeyRing.fromEnvironment(env),
        CodecAuth.fromEnvironment(env),
        CodecEndpoint.corsOrigins(env));
  }

  /**
   * True when both a key ring and a codec token are configured; otherwise {@code /codec} answers
   * 404.
   */
  public boolean enabled() {
    return keyRing != null && auth != null;
  }

  public Optional<KeyRing> keyRing() {
    return Optional.ofNullable(keyRing);
  }

  public Optional<CodecAuth> auth() {
    return Optional.ofNullable(auth);
  }

  /** Normalised browser origins ({@code scheme://host[:port]}) allowed to call the server. */
  public List<String> corsOrigins() {
    return corsOrigins;
  }

  @Override
  public String toString() {
    return "CodecSettings[enabled="
        + enabled()
        + ", keyRing="
        + (keyRing == null ? "<none>" : keyRing)
        + ", token="
        + (auth == null ? "<none>" : "<configured>")
        + ", corsOrigins="
        + corsOrigins
        + "]";
  }
}
