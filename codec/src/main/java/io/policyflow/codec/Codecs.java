package io.policyflow.codec;

import io.temporal.common.converter.CodecDataConverter;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import java.util.List;
import java.util.Map;

/**
 * The one place the worker and the API get their {@link DataConverter} from, so both sides of
 * Temporal encrypt and decrypt the same way.
 *
 * <pre>{@code
 * DataConverter converter = Codecs.dataConverterFromEnvironment(System.getenv());
 * WorkflowClientOptions.newBuilder().setDataConverter(converter)...
 * }</pre>
 */
public final class Codecs {

  private Codecs() {}

  /**
   * {@link CodecDataConverter} over {@link DefaultDataConverter#newDefaultInstance()} with {@link
   * AesGcmPayloadCodec}.
   *
   * <p>Failure attributes are encoded too ({@code encodeFailureAttributes = true}): an exception
   * message or stack trace that quotes a customer's e-mail is encrypted like any other payload (the
   * server then shows the message "Encoded failure"; workers, the API and Temporal UI with the
   * codec endpoint see the real one).
   */
  public static CodecDataConverter dataConverter(KeyRing keyRing) {
    return dataConverter(DefaultDataConverter.newDefaultInstance(), keyRing);
  }

  /**
   * Same as {@link #dataConverter(KeyRing)} over another base converter (for example a {@link
   * DefaultDataConverter} with a customised Jackson {@code ObjectMapper}). Worker and API must use
   * the same base converter.
   */
  public static CodecDataConverter dataConverter(DataConverter base, KeyRing keyRing) {
    return new CodecDataConverter(base, List.of(new AesGcmPayloadCodec(keyRing)), true);
  }

  /**
   * The encrypting converter when {@value KeyRing#ENV_KEYS} is set, otherwise Temporal's default
   * converter (encryption off; payloads are stored in clear text).
   *
   * @throws KeyRingException when the codec variables are set but invalid
   */
  public static DataConverter dataConverterFromEnvironment(Map<String, String> env) {
    return KeyRing.fromEnvironment(env)
        .<DataConverter>map(Codecs::dataConverter)
        .orElseGet(DefaultDataConverter::newDefaultInstance);
  }
}
