package io.policyflow.api.codec;

import static io.policyflow.api.codec.CodecTesting.PLAIN_PAYLOADS;
import static io.policyflow.api.codec.CodecTesting.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.policyflow.api.Response;
import io.policyflow.api.codec.CodecTesting.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * Keys but no codec token: the codec server stays closed, whatever the caller sends (the API itself
 * runs).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CodecServerNotConfiguredTest {

  @TestBean(name = "policyflowCodecSettings", methodName = "keysWithoutToken")
  CodecSettings settings;

  static CodecSettings keysWithoutToken() {
    return CodecTesting.settings(CodecTesting.K1, null, null);
  }

  @Value("${local.server.port}")
  int port;

  @Test
  void everyCodecCallIs404ProblemNamingTheSettings() {
    Http http = new Http(port);
    for (Response response :
        new Response[] {
          http.post("/codec/encode", PLAIN_PAYLOADS, "Bearer " + TOKEN),
          http.post("/codec/decode", PLAIN_PAYLOADS, null),
          http.get("/codec", CodecTesting.basic("anyone", TOKEN)),
          http.get("/codec", null)
        }) {
      CodecServerTest.assertProblem(response, 404);
      assertThat(response.json().get("detail").asString())
          .isEqualTo(
              "codec server is not configured: set POLICYFLOW_CODEC_KEYS and POLICYFLOW_CODEC_AUTH_TOKEN");
      assertThat(response.header("WWW-Authenticate")).isNull();
    }
  }

  @Test
  void theRestOfTheApiIsUnaffected() {
    Response health = new Http(port).get("/actuator/health", null);
    assertThat(health.status()).isEqualTo(200);
  }
}
