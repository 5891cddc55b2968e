package io.policyflow.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CodecEndpointAndAuthTest {

  private static final String TOKEN = "0123456789abcdef0123456789abcdef-token";

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void bearerAndBasicCarryingTheTokenAreAuthorized() {
    CodecAuth auth = new CodecAuth(TOKEN);
    assertThat(auth.isAuthorized("Bearer " + TOKEN)).isTrue();
    assertThat(auth.isAuthorized("bearer   " + TOKEN + " ")).isTrue();
    assertThat(auth.isAuthorized(basic("anyone", TOKEN))).isTrue();
    assertThat(auth.isAuthorized(basic("", TOKEN))).isTrue();
  }

  @Test
  void everythingElseIsRejected() {
    CodecAuth auth = new CodecAuth(TOKEN);
    assertThat(auth.isAuthorized(null)).isFalse();
    assertThat(auth.isAuthorized("")).isFalse();
    assertThat(auth.isAuthorized("Bearer")).isFalse();
    assertThat(auth.isAuthorized("Bearer " + TOKEN + "x")).isFalse();
    assertThat(auth.isAuthorized(TOKEN)).isFalse();
    assertThat(auth.isAuthorized("Token " + TOKEN)).isFalse();
    assertThat(auth.isAuthorized(basic(TOKEN, "wrong"))).isFalse();
    assertThat(auth.isAuthorized("Basic %%%")).isFalse();
    assertThat(auth.isAuthorized("Basic " + Base64.getEncoder().encodeToString(TOKEN.getBytes())))
        .isFalse();
  }

  @Test
  void tokenMustBeLongAndIsNeverPrinted() {
    assertThatThrownBy(() -> new CodecAuth("short-token"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 32")
        .message()
        .doesNotContain("short-token");
    assertThat(new CodecAuth(TOKEN).toString()).doesNotContain(TOKEN);
    assertThat(CodecAuth.fromEnvironment(Map.of())).isEmpty();
    assertThat(CodecAuth.fromEnvironment(Map.of(CodecEndpoint.ENV_AUTH_TOKEN, TOKEN))).isPresent();
  }

  @Test
  void corsOriginsDefaultToTheComposeUiAndAreNormalised() {
    assertThat(CodecEndpoint.corsOrigins(Map.of())).containsExactly("http://localhost:8233");
    assertThat(
            CodecEndpoint.corsOrigins(
                Map.of(
                    CodecEndpoint.ENV_CORS_ORIGINS,
                    " http://LOCALHOST:8233/ , https://temporal.example.com,http://localhost:8233")))
        .containsExactly("http://localhost:8233", "https://temporal.example.com");
  }

  @Test
  void wildcardAndNonOriginsAreRejected() {
    for (String bad :
        new String[] {"*", "localhost:8233", "ftp://x", "http://x/path", "nonsense"}) {
      assertThatThrownBy(
              () -> CodecEndpoint.corsOrigins(Map.of(CodecEndpoint.ENV_CORS_ORIGINS, bad)))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(CodecEndpoint.ENV_CORS_ORIGINS);
    }
  }

  @Test
  void pathsMatchTheComposeCodecEndpoint() {
    assertThat(CodecEndpoint.ENCODE_PATH).isEqualTo("/codec/encode");
    assertThat(CodecEndpoint.DECODE_PATH).isEqualTo("/codec/decode");
    assertThat(CodecEndpoint.CORS_ALLOWED_HEADERS).contains("X-Namespace", "Content-Type");
  }
}
