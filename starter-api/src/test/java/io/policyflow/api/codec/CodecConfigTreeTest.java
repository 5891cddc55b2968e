package io.policyflow.api.codec;

import static io.policyflow.api.codec.CodecTesting.JSON;
import static io.policyflow.api.codec.CodecTesting.PLAIN_PAYLOADS;
import static io.policyflow.api.codec.CodecTesting.TOKEN;
import static io.policyflow.api.codec.CodecTesting.unb64;
import static org.assertj.core.api.Assertions.assertThat;

import io.policyflow.api.Response;
import io.policyflow.codec.AesGcmPayloadCodec;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DataConverter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The codec keys and token from a config tree, as a Kubernetes secret mounted as files is read
 * ({@code src/test/resources/codec-configtree/policyflow/codec/keys} and {@code .../auth-token}:
 * test values).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.config.import=configtree:src/test/resources/codec-configtree/")
@ActiveProfiles("test")
class CodecConfigTreeTest {

  @Value("${local.server.port}")
  int port;

  @Autowired
  @Qualifier("mainDataConverter")
  DataConverter converter;

  @Test
  void theMountedKeysEncryptTheApisPayloadsAndOpenTheCodecServer() {
    Payload payload = converter.toPayload("jane.doe@example.com").orElseThrow();
    assertThat(payload.getMetadataOrThrow("encoding").toStringUtf8())
        .isEqualTo(AesGcmPayloadCodec.ENCODING);
    assertThat(payload.getMetadataOrThrow(AesGcmPayloadCodec.METADATA_KEY_ID).toStringUtf8())
        .isEqualTo("k1");

    Response encoded =
        new CodecTesting.Http(port).post("/codec/encode", PLAIN_PAYLOADS, "Bearer " + TOKEN);
    assertThat(encoded.status()).as(encoded.toString()).isEqualTo(200);
    JsonNode metadata = JSON.readTree(encoded.body()).get("payloads").get(0).get("metadata");
    assertThat(unb64(metadata.get(AesGcmPayloadCodec.METADATA_KEY_ID).asString())).isEqualTo("k1");
  }
}
