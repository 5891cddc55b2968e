package io.policyflow.codec;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks the {@code Authorization} header of codec requests against a shared token ({@value
 * CodecEndpoint#ENV_AUTH_TOKEN}). Optional helper: the web layer may use it or its own auth.
 *
 * <p>Two forms are accepted, both carrying the same token:
 *
 * <ul>
 *   <li>{@code Authorization: Bearer <token>}: the CLI ({@code temporal workflow show
 *       --codec-endpoint http://localhost:8080/codec --codec-auth "Bearer <token>"}) and scripts;
 *   <li>{@code Authorization: Basic base64(<any user>:<token>)}: the browser. Temporal UI can't add
 *       a custom header, but with {@code TEMPORAL_CODEC_INCLUDE_CREDENTIALS=true} its fetch carries
 *       the browser's HTTP credentials for the codec origin. Answer an unauthenticated {@code GET
 *       /codec} with 401 and {@link #WWW_AUTHENTICATE}: opening that URL once in the browser
 *       prompts for the token (as password) and the browser then sends it with the UI's codec
 *       calls.
 * </ul>
 *
 * <p>Comparison is constant-time over SHA-256 digests ({@link SecretDigest}). Never answer a CORS
 * preflight ({@code OPTIONS}) with 401: browsers send it without credentials.
 */
public final class CodecAuth {

  /** Shortest token accepted: 32 characters ({@code openssl rand -hex 16} and up). */
  public static final int MIN_TOKEN_LENGTH = 32;

  /** {@code WWW-Authenticate} value for 401 answers to browser navigation. */
  public static final String WWW_AUTHENTICATE =
      "Basic realm=\"policyflow-codec\", charset=\"UTF-8\"";

  private final SecretDigest token;

  public CodecAuth(String token) {
    Objects.requireNonNull(token, "token");
    if (token.length() < MIN_TOKEN_LENGTH) {
      throw new IllegalArgumentException(
          CodecEndpoint.ENV_AUTH_TOKEN
              + " is "
              + token.length()
              + " characters; use at least "
              + MIN_TOKEN_LENGTH
              + " (openssl rand -hex 32)");
    }
    this.token = SecretDigest.of(token);
  }

  /**
   * From {@value CodecEndpoint#ENV_AUTH_TOKEN}; empty when unset (then keep the endpoint closed).
   */
  public static Optional<CodecAuth> fromEnvironment(Map<String, String> env) {
    String token = env.get(CodecEndpoint.ENV_AUTH_TOKEN);
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new CodecAuth(token.trim()));
  }

  /** True when the header carries the token as Bearer or as the Basic password. */
  public boolean isAuthorized(String authorizationHeader) {
    return presentedToken(authorizationHeader).map(token::matches).orElse(false);
  }

  static Optional<String> presentedToken(String header) {
    if (header == null) {
      return Optional.empty();
    }
    String value = header.trim();
    int space = value.indexOf(' ');
    if (space <= 0) {
      return Optional.empty();
    }
    String scheme = value.substring(0, space).toLowerCase(Locale.ROOT);
    String credentials = value.substring(space + 1).trim();
    if (credentials.isEmpty()) {
      return Optional.empty();
    }
    switch (scheme) {
      case "bearer":
        return Optional.of(credentials);
      case "basic":
        String decoded;
        try {
          decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(colon + 1));
      default:
        return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "CodecAuth{token=<redacted>}";
  }
}
