package io.policyflow.api.kustomer;

import io.policyflow.api.kustomer.KustomerApiProperties.SignatureEncoding;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a Kustomer webhook delivery's signature: HMAC-SHA256 keyed with the webhook's token, over
 * the raw body, or over {@code <timestamp>.<raw body>} when the delivery carries the timestamp
 * header (which must then be within {@code maxAge} of now). The header is decoded (hex of either
 * case, Base64 or Base64url, an optional {@code sha256=} prefix) and its bytes compared with the
 * MAC in constant time, so one MAC in any of its spellings is one signature. Kustomer documents the
 * header name and the key but not the algorithm, encoding or a timestamp [unconfirmed]: encoding
 * and headers are settings, and this scheme is what the Kustomer sandbox sends.
 */
public final class KustomerSignatureVerifier {

  /**
   * Why a delivery was refused; nothing else about the secret or the expected value is ever told.
   */
  public enum Rejection {
    MISSING_SIGNATURE("The delivery has no signature header."),
    MALFORMED_SIGNATURE("The signature header is not an HMAC-SHA256 in hex or Base64."),
    INVALID_SIGNATURE("The signature does not match the body."),
    MISSING_TIMESTAMP("The delivery has no timestamp header."),
    MALFORMED_TIMESTAMP(
        "The timestamp header is not epoch seconds, epoch millis or an ISO-8601 instant."),
    STALE("The delivery's timestamp is too old (or in the future): refused as a possible replay.");

    final String detail;

    Rejection(String detail) {
      this.detail = detail;
    }
  }

  /**
   * What {@link #verify} found: {@code rejection} null when the delivery is authentic and fresh,
   * and then {@code mac} is its HMAC (the same bytes whatever encoding the header used).
   */
  public record Verification(Rejection rejection, byte[] mac) {

    static Verification refused(Rejection rejection) {
      return new Verification(rejection, null);
    }
  }

  private static final int HMAC_BYTES = 32;

  private final byte[] secret;
  private final SignatureEncoding encoding;
  private final Duration maxAge;
  private final boolean requireTimestamp;
  private final Clock clock;

  public KustomerSignatureVerifier(
      String secret,
      SignatureEncoding encoding,
      Duration maxAge,
      boolean requireTimestamp,
      Clock clock) {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("A webhook secret is required");
    }
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.encoding = encoding == null ? SignatureEncoding.AUTO : encoding;
    this.maxAge = maxAge;
    this.requireTimestamp = requireTimestamp;
    this.clock = clock;
  }

  /** Null when the delivery is authentic and fresh; otherwise why not. Never throws. */
  public Rejection check(byte[] body, String signatureHeader, String timestampHeader) {
    return verify(body, signatureHeader, timestampHeader).rejection();
  }

  /** As {@link #check}, with the verified MAC. Never throws. */
  public Verification verify(byte[] body, String signatureHeader, String timestampHeader) {
    if (signatureHeader == null || signatureHeader.isBlank()) {
      return Verification.refused(Rejection.MISSING_SIGNATURE);
    }
    String timestamp =
        timestampHeader == null || timestampHeader.isBlank() ? null : timestampHeader.strip();
    if (timestamp == null && requireTimestamp) {
      return Verification.refused(Rejection.MISSING_TIMESTAMP);
    }
    Instant at = null;
    if (timestamp != null) {
      at = parseTimestamp(timestamp);
      if (at == null) {
        return Verification.refused(Rejection.MALFORMED_TIMESTAMP);
      }
    }
    byte[] presented = decode(signatureHeader.strip());
    if (presented == null) {
      return Verification.refused(Rejection.MALFORMED_SIGNATURE);
    }
    byte[] expected = hmac(timestamp == null ? body : concat(timestamp, body));
    if (!MessageDigest.isEqual(expected, presented)) {
      return Verification.refused(Rejection.INVALID_SIGNATURE);
    }
    if (at != null && Duration.between(at, clock.instant()).abs().compareTo(maxAge) > 0) {
      return Verification.refused(Rejection.STALE);
    }
    return new Verification(null, expected);
  }

  /**
   * Hex (what the sandbox sends) signature of {@code body} at {@code timestamp} (null: body only),
   * for tests.
   */
  public String sign(byte[] body, String timestamp) {
    return HexFormat.of().formatHex(hmac(timestamp == null ? body : concat(timestamp, body)));
  }

  private byte[] decode(String value) {
    String v = value.regionMatches(true, 0, "sha256=", 0, 7) ? value.substring(7) : value;
    if (encoding != SignatureEncoding.BASE64
        && v.length() == HMAC_BYTES * 2
        && v.matches("[0-9a-fA-F]+")) {
      return HexFormat.of().parseHex(v.toLowerCase(Locale.ROOT));
    }
    if (encoding == SignatureEncoding.HEX) {
      return null;
    }
    try {
      byte[] bytes =
          (v.contains("-") || v.contains("_") ? Base64.getUrlDecoder() : Base64.getDecoder())
              .decode(v);
      return bytes.length == HMAC_BYTES ? bytes : null;
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  static Instant parseTimestamp(String value) {
    if (value.matches("\\d{1,15}")) {
      long n = Long.parseLong(value);
      return n > 100_000_000_000L ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static byte[] concat(String timestamp, byte[] body) {
    byte[] prefix = (timestamp + ".").getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[prefix.length + body.length];
    System.arraycopy(prefix, 0, all, 0, prefix.length);
    System.arraycopy(body, 0, all, prefix.length, body.length);
    return all;
  }

  private byte[] hmac(byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }

  @Override
  public String toString() {
    return "KustomerSignatureVerifier[secret=***, encoding="
        + encoding
        + ", maxAge="
        + maxAge
        + "]";
  }
}
