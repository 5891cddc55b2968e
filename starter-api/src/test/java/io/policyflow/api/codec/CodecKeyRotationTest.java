package io.policyflow.api.codec;

import static io.policyflow.api.codec.CodecTesting.EMAIL_JSON;
import static io.policyflow.api.codec.CodecTesting.JSON;
import static io.policyflow.api.codec.CodecTesting.PLAIN_PAYLOADS;
import static io.policyflow.api.codec.CodecTesting.TOKEN;
import static io.policyflow.api.codec.CodecTesting.b64;
import static io.policyflow.api.codec.CodecTesting.unb64;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.policyflow.api.Response;
import io.policyflow.api.codec.CodecTesting.Http;
import io.policyflow.codec.KeyRing;
import io.policyflow.codec.RemoteCodecException;
import io.policyflow.codec.RemoteCodecHandler;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * Step 2 of a key rotation (docs/production.md): the server runs with {@code k2} active and {@code
 * k1} still in the ring. What was encrypted with {@code k1} (by a codec server or worker before the
 * rotation) still decodes; what is encoded now uses {@code k2}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CodecKeyRotationTest {

  @TestBean(name = "policyflowCodecSettings", methodName = "rotatedRing")
  CodecSettings settings;

  static CodecSettings rotatedRing() {
    return CodecTesting.settings(CodecTesting.K2 + "," + CodecTesting.K1, "k2", TOKEN);
  }

  /** The codec server of before the rotation: ring {@code k1} only. */
  static final RemoteCodecHandler BEFORE =
      RemoteCodecHandler.forKeyRing(KeyRing.parse(CodecTesting.K1, null));

  @Value("${local.server.port}")
  int port;

  @Test
  void aPayloadEncodedWithRingK1DecodesWithRingK2ActiveAndK1() {
    String encodedWithK1 =
        new String(
            BEFORE.encode(PLAIN_PAYLOADS.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    assertThat(
            unb64(
                JSON.readTree(encodedWithK1)
                    .get("payloads")
                    .get(0)
                    .get("metadata")
                    .get("encryption-key-id")
                    .asString()))
        .isEqualTo("k1");

    Response decoded = new Http(port).post("/codec/decode", encodedWithK1, "Bearer " + TOKEN);

    assertThat(decoded.status()).as(decoded.toString()).isEqualTo(200);
    assertThat(decoded.json()).isEqualTo(JSON.readTree(PLAIN_PAYLOADS));
  }

  @Test
  void newPayloadsAreEncryptedWithK2WhichTheOldRingCannotRead() {
    Response encoded = new Http(port).post("/codec/encode", PLAIN_PAYLOADS, "Bearer " + TOKEN);

    assertThat(encoded.status()).as(encoded.toString()).isEqualTo(200);
    assertThat(
            unb64(
                encoded
                    .json()
                    .get("payloads")
                    .get(0)
                    .get("metadata")
                    .get("encryption-key-id")
                    .asString()))
        .isEqualTo("k2");
    assertThatThrownBy(() -> BEFORE.decode(encoded.body().getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(RemoteCodecException.class)
        .hasMessageContaining("'k2'");
    Response decoded = new Http(port).post("/codec/decode", encoded.body(), "Bearer " + TOKEN);
    assertThat(unb64(decoded.json().get("payloads").get(0).get("data").asString()))
        .isEqualTo(EMAIL_JSON);
  }

  @Test
  void aPayloadUnderAKeyThatIsNotInTheRingIs400NamingTheKeyIdOnly() {
    RemoteCodecHandler retired =
        RemoteCodecHandler.forKeyRing(KeyRing.parse("k0:" + CodecTesting.key(0), null));
    String encodedWithK0 =
        new String(
            retired.encode(PLAIN_PAYLOADS.getBytes(StandardCharsets.UTF_8)),
            StandardCharsets.UTF_8);
    String data = JSON.readTree(encodedWithK0).get("payloads").get(0).get("data").asString();

    Response response = new Http(port).post("/codec/decode", encodedWithK0, "Bearer " + TOKEN);

    CodecServerTest.assertProblem(response, 400);
    assertThat(response.json().get("type").asString())
        .isEqualTo(CodecController.UNDECODABLE_PAYLOAD.toString());
    assertThat(response.json().get("detail").asString()).contains("'k0'", "[k2, k1]");
    assertThat(response.body())
        .doesNotContain(data.substring(0, 16))
        .doesNotContain(b64(EMAIL_JSON))
        .doesNotContain(CodecTesting.key(0))
        .doesNotContain(CodecTesting.key(1))
        .doesNotContain(CodecTesting.key(2));
  }
}
