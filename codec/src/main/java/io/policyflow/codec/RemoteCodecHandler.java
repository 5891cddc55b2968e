package io.policyflow.codec;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.common.v1.Payloads;
import io.temporal.payload.codec.PayloadCodec;
import io.temporal.payload.codec.PayloadCodecException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The HTTP-free half of Temporal's remote codec ("codec server") protocol, which Temporal UI and
 * the {@code temporal} CLI call to show encrypted payloads in clear text.
 *
 * <p>Both operations take and return the protobuf JSON of {@code temporal.api.common.v1.Payloads}:
 *
 * <pre>
 * {"payloads":[{"metadata":{"encoding":"&lt;base64&gt;", ...},"data":"&lt;base64&gt;"}]}
 * </pre>
 *
 * (metadata values and data are base64 because they are protobuf {@code bytes}). The HTTP layer
 * maps them to {@code POST <base>/encode} and {@code POST <base>/decode} with {@code Content-Type:
 * application/json}; see {@link CodecEndpoint} for paths, CORS and auth constants. Any {@link
 * RemoteCodecException} becomes {@link RemoteCodecException#httpStatus()} with its message as the
 * body. Thread-safe.
 */
public final class RemoteCodecHandler {

  /** Default request size limit: 8 MiB (Temporal's own gRPC message limit is 4 MiB). */
  public static final int DEFAULT_MAX_REQUEST_BYTES = 8 * 1024 * 1024;

  private static final JsonFormat.Parser PARSER = JsonFormat.parser().ignoringUnknownFields();
  private static final JsonFormat.Printer PRINTER =
      JsonFormat.printer().omittingInsignificantWhitespace();

  private final PayloadCodec codec;
  private final int maxRequestBytes;

  public RemoteCodecHandler(PayloadCodec codec) {
    this(codec, DEFAULT_MAX_REQUEST_BYTES);
  }

  public RemoteCodecHandler(PayloadCodec codec, int maxRequestBytes) {
    this.codec = Objects.requireNonNull(codec, "codec");
    if (maxRequestBytes <= 0) {
      throw new IllegalArgumentException("maxRequestBytes must be positive");
    }
    this.maxRequestBytes = maxRequestBytes;
  }

  /** Handler over {@link AesGcmPayloadCodec} with this key ring. */
  public static RemoteCodecHandler forKeyRing(KeyRing keyRing) {
    return new RemoteCodecHandler(new AesGcmPayloadCodec(keyRing));
  }

  public int maxRequestBytes() {
    return maxRequestBytes;
  }

  /** {@code POST /encode}: encrypts the payloads (used when the UI/CLI starts or signals). */
  public byte[] encode(byte[] jsonBody) {
    return handle(jsonBody, codec::encode, "encode");
  }

  /** {@code POST /decode}: decrypts the payloads; payloads that are not encrypted pass through. */
  public byte[] decode(byte[] jsonBody) {
    return handle(jsonBody, codec::decode, "decode");
  }

  private byte[] handle(byte[] body, UnaryOperator<List<Payload>> operation, String name) {
    Payloads request = parse(body);
    List<Payload> result;
    try {
      result = operation.apply(request.getPayloadsList());
    } catch (PayloadCodecException e) {
      throw new RemoteCodecException(
          RemoteCodecException.Reason.UNDECODABLE_PAYLOAD,
          "cannot " + name + " payloads: " + e.getMessage(),
          e);
    }
    try {
      return PRINTER
          .print(Payloads.newBuilder().addAllPayloads(result).build())
          .getBytes(StandardCharsets.UTF_8);
    } catch (InvalidProtocolBufferException e) {
      // Payloads has no Any fields; printing cannot fail for a built message.
      throw new IllegalStateException("cannot print Payloads as JSON", e);
    }
  }

  Payloads parse(byte[] body) {
    if (body == null || body.length == 0) {
      throw malformed("empty request body; expected {\"payloads\":[...]}");
    }
    if (body.length > maxRequestBytes) {
      throw new RemoteCodecException(
          RemoteCodecException.Reason.REQUEST_TOO_LARGE,
          "request body is " + body.length + " bytes; the limit is " + maxRequestBytes);
    }
    String json;
    try {
      json =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body))
              .toString();
    } catch (CharacterCodingException e) {
      throw malformed("request body is not UTF-8");
    }
    JsonElement root;
    try {
      root = JsonParser.parseString(json);
    } catch (JsonParseException e) {
      throw malformed("request body is not JSON");
    }
    if (!root.isJsonObject()) {
      throw malformed("request body must be a JSON object {\"payloads\":[...]}");
    }
    JsonObject object = root.getAsJsonObject();
    if (!object.has("payloads") || !object.get("payloads").isJsonArray()) {
      throw malformed("request body must have a \"payloads\" array");
    }
    Payloads.Builder builder = Payloads.newBuilder();
    try {
      PARSER.merge(json, builder);
    } catch (InvalidProtocolBufferException | RuntimeException e) {
      // Not echoing e.getMessage(): protobuf quotes the offending value, which may be payload data.
      throw malformed(
          "\"payloads\" is not valid protobuf JSON of temporal.api.common.v1.Payloads"
              + " (metadata values and data must be base64)");
    }
    return builder.build();
  }

  private static RemoteCodecException malformed(String message) {
    return new RemoteCodecException(RemoteCodecException.Reason.MALFORMED_REQUEST, message);
  }
}
