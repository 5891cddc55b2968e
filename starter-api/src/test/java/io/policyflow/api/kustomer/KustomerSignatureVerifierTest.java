package io.policyflow.api.kustomer;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyflow.api.kustomer.KustomerApiProperties.SignatureEncoding;
import io.policyflow.api.kustomer.KustomerSignatureVerifier.Rejection;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The signature check alone: valid, invalid, missing, malformed, replayed (stale), and the
 * encodings.
 */
class KustomerSignatureVerifierTest {

  static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  static final byte[] BODY =
      "{\"name\":\"kustomer.message.create\",\"data\":{}}".getBytes(StandardCharsets.UTF_8);
  static final String TS = Long.toString(NOW.getEpochSecond());

  final KustomerSignatureVerifier verifier = verifier(SignatureEncoding.AUTO, false);

  static KustomerSignatureVerifier verifier(SignatureEncoding encoding, boolean requireTimestamp) {
    return new KustomerSignatureVerifier(
        "s3cret",
        encoding,
        Duration.ofMinutes(5),
        requireTimestamp,
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  String hex(String timestamp) {
    return verifier.sign(BODY, timestamp);
  }

  @Test
  void aValidSignatureOverTimestampAndBodyPasses() {
    assertThat(verifier.check(BODY, hex(TS), TS)).isNull();
    assertThat(verifier.check(BODY, "sha256=" + hex(TS).toUpperCase(), TS)).isNull();
    assertThat(verifier.check(BODY, hex(null), null))
        .as("no timestamp: the raw body is signed")
        .isNull();
  }

  @Test
  void base64IsAcceptedUnlessHexIsRequired() {
    String base64 = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex(TS)));

    assertThat(verifier.check(BODY, base64, TS)).isNull();
    assertThat(verifier(SignatureEncoding.BASE64, false).check(BODY, base64, TS)).isNull();
    assertThat(verifier(SignatureEncoding.HEX, false).check(BODY, base64, TS))
        .isEqualTo(Rejection.MALFORMED_SIGNATURE);
    assertThat(verifier(SignatureEncoding.BASE64, false).check(BODY, hex(TS), TS))
        .isEqualTo(Rejection.MALFORMED_SIGNATURE);
  }

  @Test
  void oneMacInAnyEncodingVerifiesAsTheSameBytes() {
    String hex = hex(TS);
    byte[] mac = HexFormat.of().parseHex(hex);
    String base64 = Base64.getEncoder().encodeToString(mac);
    String base64Url = Base64.getUrlEncoder().withoutPadding().encodeToString(mac);

    for (String header :
        new String[] {hex, hex.toUpperCase(), "sha256=" + hex, "SHA256=" + base64, base64Url}) {
      KustomerSignatureVerifier.Verification verification = verifier.verify(BODY, header, TS);
      assertThat(verification.rejection()).as(header).isNull();
      assertThat(verification.mac()).as(header).isEqualTo(mac);
    }
    assertThat(verifier.verify(BODY, hex, otherTimestamp()).mac()).as("refused: no MAC").isNull();
  }

  static String otherTimestamp() {
    return Long.toString(NOW.getEpochSecond() + 1);
  }

  @Test
  void anythingElseIsRefusedWithItsReason() {
    byte[] tampered =
        "{\"name\":\"kustomer.message.create\",\"data\":{ }}".getBytes(StandardCharsets.UTF_8);
    String otherTime = Long.toString(NOW.getEpochSecond() + 1);

    assertThat(verifier.check(BODY, null, TS)).isEqualTo(Rejection.MISSING_SIGNATURE);
    assertThat(verifier.check(BODY, "  ", TS)).isEqualTo(Rejection.MISSING_SIGNATURE);
    assertThat(verifier.check(BODY, "not-a-signature!", TS))
        .isEqualTo(Rejection.MALFORMED_SIGNATURE);
    assertThat(verifier.check(BODY, hex(TS).substring(2), TS))
        .isEqualTo(Rejection.MALFORMED_SIGNATURE);
    assertThat(verifier.check(tampered, hex(TS), TS)).isEqualTo(Rejection.INVALID_SIGNATURE);
    assertThat(verifier.check(BODY, hex(TS), otherTime))
        .as("the timestamp is signed")
        .isEqualTo(Rejection.INVALID_SIGNATURE);
    assertThat(verifier.check(BODY, hex(null), TS)).isEqualTo(Rejection.INVALID_SIGNATURE);
    assertThat(verifier.check(BODY, hex(TS), "noon")).isEqualTo(Rejection.MALFORMED_TIMESTAMP);
    assertThat(
            new KustomerSignatureVerifier(
                    "other", null, Duration.ofMinutes(5), false, Clock.fixed(NOW, ZoneOffset.UTC))
                .check(BODY, hex(TS), TS))
        .isEqualTo(Rejection.INVALID_SIGNATURE);
  }

  @Test
  void aReplayedDeliveryOutsideTheWindowIsStale() {
    String old = Long.toString(NOW.minus(Duration.ofMinutes(6)).getEpochSecond());
    String recent = Long.toString(NOW.minus(Duration.ofMinutes(4)).getEpochSecond());
    String ahead = Long.toString(NOW.plus(Duration.ofMinutes(6)).getEpochSecond());

    assertThat(verifier.check(BODY, hex(old), old)).isEqualTo(Rejection.STALE);
    assertThat(verifier.check(BODY, hex(ahead), ahead)).isEqualTo(Rejection.STALE);
    assertThat(verifier.check(BODY, hex(recent), recent)).isNull();
  }

  @Test
  void timestampsMayBeMillisOrIsoAndCanBeRequired() {
    String millis = Long.toString(NOW.toEpochMilli());
    String iso = NOW.toString();

    assertThat(verifier.check(BODY, hex(millis), millis)).isNull();
    assertThat(verifier.check(BODY, hex(iso), iso)).isNull();
    assertThat(verifier(SignatureEncoding.AUTO, true).check(BODY, hex(null), null))
        .isEqualTo(Rejection.MISSING_TIMESTAMP);
  }
}
