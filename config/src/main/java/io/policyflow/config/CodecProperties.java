package io.policyflow.config;

import io.policyflow.codec.CodecEndpoint;
import io.policyflow.codec.Codecs;
import io.policyflow.codec.KeyRing;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Payload encryption ({@code policyflow.codec.*}), bound by the worker and the API alike so both
 * sides read what the other writes. From Spring's environment, so the keys may come from the
 * environment ({@code POLICYFLOW_CODEC_KEYS}, ...) or from a mounted secret read as a config tree
 * ({@code spring.config.import=configtree:/run/secrets/} with a file {@code
 * policyflow/codec/keys}).
 *
 * @param keys Comma-separated id:key entries, each key the Base64 of 32 random bytes (openssl rand
 *     -base64 32). The active key encrypts, every listed key decrypts. Blank: the worker and the
 *     API refuse to start, unless allow-plaintext is true.
 * @param activeKey Id of the key that encrypts new payloads. Blank: the first of the keys.
 * @param authToken API only: the codec endpoint's shared secret (32 characters or more), for
 *     Temporal UI and the CLI. Blank: every /codec call answers 404.
 * @param corsOrigins API only: the browser origins allowed to call the codec endpoint (Temporal
 *     UI's), never *.
 * @param allowPlaintext Without keys, start anyway and store payloads (customer e-mails, messages,
 *     orders) in clear in Temporal's history, with a warning at startup. For tests and the local
 *     stack only. Ignored when keys are set.
 */
@ConfigurationProperties("policyflow.codec")
public record CodecProperties(
    String keys,
    String activeKey,
    String authToken,
    @DefaultValue(CodecEndpoint.DEFAULT_CORS_ORIGIN) List<String> corsOrigins,
    @DefaultValue("false") boolean allowPlaintext) {

  /** Logged once at startup by the worker and the API when they run without keys, opted out. */
  public static final String PLAINTEXT_WARNING =
      "payload encryption is OFF: customer data is stored in clear in"
          + " Temporal's history (policyflow.codec.allow-plaintext=true; set POLICYFLOW_CODEC_KEYS to encrypt it)";

  private static final Logger log = LoggerFactory.getLogger(CodecProperties.class);

  public CodecProperties {
    corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
  }

  /**
   * The encrypting converter when {@code keys} is set. Without keys, Temporal's default converter
   * (payloads in clear) if {@code allow-plaintext} is true, logging {@link #PLAINTEXT_WARNING};
   * otherwise the application must not start.
   *
   * @throws io.policyflow.codec.KeyRingException when the keys are set but invalid
   * @throws PayloadEncryptionNotConfiguredException without keys and without {@code
   *     allow-plaintext}
   */
  public DataConverter dataConverter() {
    Optional<KeyRing> keyRing = KeyRing.fromEnvironment(asVariables());
    if (keyRing.isPresent()) {
      return Codecs.dataConverter(keyRing.get());
    }
    if (!allowPlaintext) {
      throw new PayloadEncryptionNotConfiguredException();
    }
    log.warn(PLAINTEXT_WARNING);
    return DefaultDataConverter.newDefaultInstance();
  }

  /** True when keys are set: payloads are encrypted. */
  public boolean encrypted() {
    return !blank(keys);
  }

  /**
   * These settings under the environment variable names the codec module reads ({@link
   * KeyRing#ENV_KEYS}, ...), for {@code KeyRing.fromEnvironment}, {@code CodecAuth.fromEnvironment}
   * and {@code CodecEndpoint.corsOrigins}.
   */
  public Map<String, String> asVariables() {
    Map<String, String> variables = new HashMap<>();
    put(variables, KeyRing.ENV_KEYS, keys);
    put(variables, KeyRing.ENV_ACTIVE_KEY, activeKey);
    put(variables, CodecEndpoint.ENV_AUTH_TOKEN, authToken);
    put(variables, CodecEndpoint.ENV_CORS_ORIGINS, String.join(",", corsOrigins));
    return variables;
  }

  private static void put(Map<String, String> variables, String name, String value) {
    if (value != null) {
      variables.put(name, value);
    }
  }

  /** Never shows a key or the token. */
  @Override
  public String toString() {
    return "CodecProperties[keys="
        + (blank(keys) ? "<none>" : "<set>")
        + ", activeKey="
        + activeKey
        + ", authToken="
        + (blank(authToken) ? "<none>" : "<set>")
        + ", corsOrigins="
        + corsOrigins
        + ", allowPlaintext="
        + allowPlaintext
        + "]";
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
