package io.policyflow.config;

import io.policyflow.codec.CodecEndpoint;
import io.policyflow.codec.Codecs;
import io.policyflow.codec.KeyRing;
import io.temporal.common.converter.DataConverter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Payload encryption ({@code policyflow.codec.*}), bound by the worker and the API alike so both sides read what
 * the other writes. From Spring's environment, so the keys may come from the environment ({@code
 * POLICYFLOW_CODEC_KEYS}, ...) or from a mounted secret read as a config tree ({@code
 * spring.config.import=configtree:/run/secrets/} with a file {@code policyflow/codec/keys}).
 *
 * @param keys Comma-separated id:key entries, each key the Base64 of 32 random bytes (openssl rand -base64 32).
 *     The active key encrypts, every listed key decrypts. Blank: encryption off, payloads stored in clear text.
 * @param activeKey Id of the key that encrypts new payloads. Blank: the first of the keys.
 * @param authToken API only: the codec endpoint's shared secret (32 characters or more), for Temporal UI and the
 *     CLI. Blank: every /codec call answers 404.
 * @param corsOrigins API only: the browser origins allowed to call the codec endpoint (Temporal UI's), never *.
 */
@ConfigurationProperties("policyflow.codec")
public record CodecProperties(
    String keys,
    String activeKey,
    String authToken,
    @DefaultValue(CodecEndpoint.DEFAULT_CORS_ORIGIN) List<String> corsOrigins) {

  public CodecProperties {
    corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
  }

  /**
   * The encrypting converter when {@code keys} is set, Temporal's default converter otherwise.
   *
   * @throws io.policyflow.codec.KeyRingException when the keys are set but invalid
   */
  public DataConverter dataConverter() {
    return Codecs.dataConverterFromEnvironment(asVariables());
  }

  /**
   * These settings under the environment variable names the codec module reads ({@link KeyRing#ENV_KEYS}, ...), for
   * {@code KeyRing.fromEnvironment}, {@code CodecAuth.fromEnvironment} and {@code CodecEndpoint.corsOrigins}.
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
    return "CodecProperties[keys=" + (blank(keys) ? "<none>" : "<set>") + ", activeKey=" + activeKey
        + ", authToken=" + (blank(authToken) ? "<none>" : "<set>") + ", corsOrigins=" + corsOrigins + "]";
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
