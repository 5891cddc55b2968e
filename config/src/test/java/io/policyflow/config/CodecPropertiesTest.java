package io.policyflow.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.policyflow.codec.AesGcmPayloadCodec;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DataConverter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/**
 * The codec keys from the environment or from a config tree (a mounted Kubernetes secret), or their
 * absence.
 */
@ExtendWith(OutputCaptureExtension.class)
class CodecPropertiesTest {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(CodecProperties.class)
  static class Codec {}

  static final String K1 = "k1:" + key(1);
  static final String K2 = "k2:" + key(2);

  @TempDir Path secrets;

  static String key(int seed) {
    byte[] key = new byte[32];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (seed * 31 + i * 7);
    }
    return Base64.getEncoder().encodeToString(key);
  }

  static CodecProperties bound(Map<String, String> variables) {
    try (var context = EnvironmentAliasesTest.start(Codec.class, variables)) {
      return context.getBean(CodecProperties.class);
    }
  }

  static String keyId(DataConverter converter) {
    Payload payload = converter.toPayload("jane.doe@example.com").orElseThrow();
    assertThat(payload.getMetadataOrThrow("encoding").toStringUtf8())
        .isEqualTo(AesGcmPayloadCodec.ENCODING);
    return payload.getMetadataOrThrow(AesGcmPayloadCodec.METADATA_KEY_ID).toStringUtf8();
  }

  @Test
  void aConfigTreeWithTheKeyFileTurnsEncryptionOn() throws IOException {
    Path codec = Files.createDirectories(secrets.resolve("policyflow/codec"));
    Files.writeString(codec.resolve("keys"), K2 + "," + K1 + "\n");
    Files.writeString(codec.resolve("active-key"), "k1");

    CodecProperties properties =
        bound(Map.of("SPRING_CONFIG_IMPORT", "configtree:" + secrets.toAbsolutePath() + "/"));

    assertThat(keyId(properties.dataConverter())).isEqualTo("k1");
    assertThat(properties.toString()).doesNotContain(key(1), key(2));
  }

  @Test
  void theDocumentedVariablesStillWork() {
    CodecProperties properties =
        bound(
            Map.of(
                "POLICYFLOW_CODEC_KEYS",
                K2 + "," + K1,
                "POLICYFLOW_CODEC_ACTIVE_KEY",
                "k1",
                "POLICYFLOW_CODEC_AUTH_TOKEN",
                "codec-test-token-0123456789abcdef",
                "POLICYFLOW_CODEC_CORS_ORIGINS",
                "https://temporal.example.com, http://localhost:8233"));

    assertThat(keyId(properties.dataConverter())).isEqualTo("k1");
    assertThat(properties.authToken()).isEqualTo("codec-test-token-0123456789abcdef");
    assertThat(properties.corsOrigins())
        .containsExactly("https://temporal.example.com", "http://localhost:8233");
  }

  @Test
  void withoutKeysNoConverterIsMadeUnlessPlaintextIsAllowedExplicitly() {
    CodecProperties properties = bound(Map.of());

    assertThatThrownBy(properties::dataConverter)
        .isInstanceOf(PayloadEncryptionNotConfiguredException.class)
        .hasMessageContaining("set POLICYFLOW_CODEC_KEYS")
        .hasMessageContaining("POLICYFLOW_CODEC_ALLOW_PLAINTEXT=true");
    assertThat(properties.encrypted()).isFalse();
  }

  @Test
  void withThePlaintextOptOutPayloadsStayPlainJsonAndAWarningIsLogged(CapturedOutput output) {
    CodecProperties properties = bound(Map.of("POLICYFLOW_CODEC_ALLOW_PLAINTEXT", "true"));

    Payload payload = properties.dataConverter().toPayload("jane.doe@example.com").orElseThrow();
    assertThat(payload.getMetadataOrThrow("encoding").toStringUtf8()).isEqualTo("json/plain");
    assertThat(properties.corsOrigins()).containsExactly("http://localhost:8233");
    assertThat(output.getOut()).contains("WARN").contains(CodecProperties.PLAINTEXT_WARNING);
  }

  @Test
  void keysWinOverThePlaintextOptOut(CapturedOutput output) {
    CodecProperties properties =
        bound(Map.of("POLICYFLOW_CODEC_KEYS", K1, "POLICYFLOW_CODEC_ALLOW_PLAINTEXT", "true"));

    assertThat(keyId(properties.dataConverter())).isEqualTo("k1");
    assertThat(properties.encrypted()).isTrue();
    assertThat(output.getOut()).doesNotContain("payload encryption is OFF");
  }

  @Test
  void anActiveKeyWithoutKeysRefusesToStartUnencrypted() {
    assertThatThrownBy(() -> bound(Map.of("POLICYFLOW_CODEC_ACTIVE_KEY", "k1")).dataConverter())
        .hasMessageContaining("POLICYFLOW_CODEC_KEYS is empty");
  }
}
