package io.policyflow.api.codec;

import static io.policyflow.api.codec.CodecTesting.K1;
import static io.policyflow.api.codec.CodecTesting.K2;
import static io.policyflow.api.codec.CodecTesting.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.policyflow.codec.CodecEndpoint;
import io.policyflow.codec.KeyRingException;
import io.policyflow.config.CodecProperties;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodecSettingsTest {

  @Test
  void enabledOnlyWithKeysAndAToken() {
    assertThat(CodecTesting.settings(null, null, null).enabled()).isFalse();
    assertThat(CodecTesting.settings(K1, null, null).enabled()).isFalse();
    assertThat(CodecTesting.settings(null, null, TOKEN).enabled()).isFalse();
    assertThat(CodecTesting.settings("  ", null, "  ").enabled()).isFalse();
    CodecSettings both = CodecTesting.settings(K2 + "," + K1, "k1", TOKEN);
    assertThat(both.enabled()).isTrue();
    assertThat(both.keyRing().orElseThrow().activeKeyId()).isEqualTo("k1");
    assertThat(both.keyRing().orElseThrow().keyIds()).containsExactly("k2", "k1");
    assertThat(both.auth().orElseThrow().isAuthorized("Bearer " + TOKEN)).isTrue();
  }

  @Test
  void corsOriginsDefaultToTheUiAndAreNormalised() {
    assertThat(
            CodecSettings.of(new CodecProperties(K1, null, TOKEN, List.of(), false)).corsOrigins())
        .containsExactly("http://localhost:8233");
    CodecSettings listed =
        CodecSettings.of(
            new CodecProperties(
                null,
                null,
                null,
                List.of("https://Temporal.example.com/", " http://localhost:8233"),
                false));
    assertThat(listed.corsOrigins())
        .isEqualTo(List.of("https://temporal.example.com", "http://localhost:8233"));
  }

  @Test
  void invalidSettingsFailLoudly() {
    assertThatThrownBy(() -> CodecTesting.settings("k1:dG9vLXNob3J0", null, TOKEN))
        .isInstanceOf(KeyRingException.class);
    assertThatThrownBy(() -> CodecTesting.settings(K1, null, "short-token"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(CodecEndpoint.ENV_AUTH_TOKEN);
    assertThatThrownBy(
            () -> CodecSettings.of(new CodecProperties(null, null, null, List.of("*"), false)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toStringNamesKeyIdsButNoSecrets() {
    String shown = CodecTesting.settings(K2 + "," + K1, null, TOKEN).toString();
    assertThat(shown)
        .contains("k1", "k2", "enabled=true")
        .doesNotContain(TOKEN)
        .doesNotContain(CodecTesting.key(1))
        .doesNotContain(CodecTesting.key(2));
  }
}
