package io.policyflow.activities.channel;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature: header {@link #HEADER} = {@code sha256=<lowercase hex HMAC-SHA256 of the
 * exact body bytes, keyed with the shared secret (UTF-8)>}.
 */
public final class WebhookSignature {

  public static final String HEADER = "X-Policyflow-Signature";
  public static final String PREFIX = "sha256=";
  private static final String ALGORITHM = "HmacSHA256";

  private WebhookSignature() {}

  /** The header value for this body: {@code sha256=<hex>}. */
  public static String sign(byte[] body, String secret) {
    return PREFIX + HexFormat.of().formatHex(hmac(body, secret));
  }

  /**
   * True when {@code signatureHeader} is the signature of {@code body} under {@code secret}.
   * Compares in constant time; false (never an exception) for a null, malformed or wrong header.
   */
  public static boolean verify(byte[] body, String secret, String signatureHeader) {
    if (body == null || secret == null || secret.isEmpty() || signatureHeader == null) {
      return false;
    }
    String given = signatureHeader.strip();
    if (!given.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      return false;
    }
    byte[] expected = sign(body, secret).getBytes(StandardCharsets.US_ASCII);
    byte[] actual =
        (PREFIX + given.substring(PREFIX.length()).toLowerCase(Locale.ROOT))
            .getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, actual);
  }

  private static byte[] hmac(byte[] body, String secret) {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("A webhook secret is required to sign");
    }
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }
}
