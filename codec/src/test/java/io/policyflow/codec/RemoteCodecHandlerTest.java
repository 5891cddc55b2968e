package io.policyflow.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.protobuf.util.JsonFormat;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.common.v1.Payloads;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RemoteCodecHandlerTest {

  private static final String EMAIL = "jane.doe@example.com";

  private final KeyRing ring = TestKeys.ring("k1", "k1", 1);
  private final RemoteCodecHandler handler = RemoteCodecHandler.forKeyRing(ring);
  private final DataConverter json = DefaultDataConverter.newDefaultInstance();

  record RefundRequest(String email, String orderNumber, long amountCents) {}

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(utf8(s));
  }

  private static Payloads parse(byte[] body) throws Exception {
    Payloads.Builder builder = Payloads.newBuilder();
    JsonFormat.parser().merge(new String(body, StandardCharsets.UTF_8), builder);
    return builder.build();
  }

  @Test
  void roundTripsRealTemporalPayloadsJson() throws Exception {
    Payloads original =
        json.toPayloads(new RefundRequest(EMAIL, "000000102", 4999), "approved", null)
            .orElseThrow();
    byte[] request = utf8(JsonFormat.printer().print(original));

    byte[] encodedBody = handler.encode(request);
    String encodedJson = new String(encodedBody, StandardCharsets.UTF_8);
    Payloads encoded = parse(encodedBody);

    assertThat(encoded.getPayloadsCount()).isEqualTo(3);
    assertThat(encoded.getPayloadsList()).allMatch(AesGcmPayloadCodec::isEncrypted);
    assertThat(encodedJson).doesNotContain(EMAIL).doesNotContain(b64(EMAIL).substring(0, 12));
    // protobuf JSON: metadata values are base64
    JsonObject first =
        JsonParser.parseString(encodedJson)
            .getAsJsonObject()
            .getAsJsonArray("payloads")
            .get(0)
            .getAsJsonObject();
    assertThat(first.getAsJsonObject("metadata").get("encoding").getAsString())
        .isEqualTo(b64("binary/encrypted"));
    assertThat(first.getAsJsonObject("metadata").get("encryption-key-id").getAsString())
        .isEqualTo(b64("k1"));

    Payloads decoded = parse(handler.decode(encodedBody));
    assertThat(decoded).isEqualTo(original);
    assertThat(
            json.fromPayloads(
                0, java.util.Optional.of(decoded), RefundRequest.class, RefundRequest.class))
        .isEqualTo(new RefundRequest(EMAIL, "000000102", 4999));
  }

  @Test
  void decodesWhatTheWorkerEncryptedInTheWireFormatTheUiSends() {
    // What the worker wrote to history, as the UI would post it (hand-built JSON, not JsonFormat).
    Payload stored = Codecs.dataConverter(ring).toPayload(EMAIL).orElseThrow();
    JsonObject metadata = new JsonObject();
    stored
        .getMetadataMap()
        .forEach(
            (k, v) -> metadata.addProperty(k, Base64.getEncoder().encodeToString(v.toByteArray())));
    JsonObject payload = new JsonObject();
    payload.add("metadata", metadata);
    payload.addProperty("data", Base64.getEncoder().encodeToString(stored.getData().toByteArray()));
    JsonArray payloads = new JsonArray();
    payloads.add(payload);
    // plus a payload that was never encrypted, which must pass through unchanged
    JsonObject clear = new JsonObject();
    JsonObject clearMeta = new JsonObject();
    clearMeta.addProperty("encoding", b64("json/plain"));
    clear.add("metadata", clearMeta);
    clear.addProperty("data", b64("\"hello\""));
    payloads.add(clear);
    JsonObject body = new JsonObject();
    body.add("payloads", payloads);

    String response = new String(handler.decode(utf8(body.toString())), StandardCharsets.UTF_8);

    JsonArray out = JsonParser.parseString(response).getAsJsonObject().getAsJsonArray("payloads");
    assertThat(out).hasSize(2);
    JsonObject decoded = out.get(0).getAsJsonObject();
    assertThat(decoded.getAsJsonObject("metadata").get("encoding").getAsString())
        .isEqualTo(b64("json/plain"));
    assertThat(
            new String(
                Base64.getDecoder().decode(decoded.get("data").getAsString()),
                StandardCharsets.UTF_8))
        .isEqualTo("\"" + EMAIL + "\"");
    assertThat(out.get(1)).isEqualTo(clear);
  }

  @Test
  void emptyPayloadListIsValid() {
    assertThat(new String(handler.decode(utf8("{\"payloads\":[]}")), StandardCharsets.UTF_8))
        .isEqualTo("{}");
  }

  @Test
  void unknownFieldsFromNewerClientsAreIgnored() throws Exception {
    Payload p = json.toPayload("x").orElseThrow();
    String body =
        "{\"payloads\":[{\"metadata\":{\"encoding\":\""
            + b64("json/plain")
            + "\"},\"data\":\""
            + Base64.getEncoder().encodeToString(p.getData().toByteArray())
            + "\",\"someFutureField\":[1,2]}],\"alsoNew\":true}";
    assertThat(parse(handler.decode(handler.encode(utf8(body)))).getPayloads(0)).isEqualTo(p);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not json at all",
        "[]",
        "42",
        "{}",
        "{\"payloads\":\"nope\"}",
        "{\"payloads\":{}}",
        "{\"payloads\":[{\"data\":\"%%% not base64 %%%\"}]}",
        "{\"payloads\":[{\"metadata\":{\"encoding\":{\"x\":1}}}]}",
        "{\"payloads\":[42]}",
        "{\"payloads\":[ {\"data\":\"AA==\"} ",
      })
  void garbageIsRejectedAsMalformed(String body) {
    for (var op :
        List.<java.util.function.Function<byte[], byte[]>>of(handler::encode, handler::decode)) {
      assertThatThrownBy(() -> op.apply(utf8(body)))
          .isInstanceOf(RemoteCodecException.class)
          .satisfies(
              e -> {
                RemoteCodecException rce = (RemoteCodecException) e;
                assertThat(rce.reason()).isEqualTo(RemoteCodecException.Reason.MALFORMED_REQUEST);
                assertThat(rce.httpStatus()).isEqualTo(400);
              });
    }
  }

  @Test
  void invalidUtf8AndNullAreMalformed() {
    assertThatThrownBy(() -> handler.decode(new byte[] {(byte) 0xC3, (byte) 0x28}))
        .isInstanceOf(RemoteCodecException.class)
        .hasMessageContaining("UTF-8");
    assertThatThrownBy(() -> handler.decode(null)).isInstanceOf(RemoteCodecException.class);
  }

  @Test
  void malformedMessagesDoNotEchoPayloadData() {
    String secretish = "{\"payloads\":[{\"data\":\"" + EMAIL + "\"}]}";
    assertThatThrownBy(() -> handler.decode(utf8(secretish)))
        .isInstanceOf(RemoteCodecException.class)
        .message()
        .doesNotContain(EMAIL);
  }

  @Test
  void undecodablePayloadIsATypedError() {
    Payload foreign =
        new AesGcmPayloadCodec(TestKeys.ring("k9", "k9", 9))
            .encode(List.of(json.toPayload(EMAIL).orElseThrow()))
            .get(0);
    String body;
    try {
      body = JsonFormat.printer().print(Payloads.newBuilder().addPayloads(foreign).build());
    } catch (Exception e) {
      throw new AssertionError(e);
    }

    assertThatThrownBy(() -> handler.decode(utf8(body)))
        .isInstanceOf(RemoteCodecException.class)
        .hasMessageContaining("'k9'")
        .satisfies(
            e ->
                assertThat(((RemoteCodecException) e).reason())
                    .isEqualTo(RemoteCodecException.Reason.UNDECODABLE_PAYLOAD));
  }

  @Test
  void oversizedBodyIsRejected() {
    RemoteCodecHandler small = new RemoteCodecHandler(new AesGcmPayloadCodec(ring), 64);
    byte[] body = utf8("{\"payloads\":[{\"data\":\"" + "A".repeat(100) + "\"}]}");
    assertThatThrownBy(() -> small.decode(body))
        .isInstanceOf(RemoteCodecException.class)
        .satisfies(e -> assertThat(((RemoteCodecException) e).httpStatus()).isEqualTo(413));
  }
}
