package io.policyflow.kustomer.sandbox;

import io.policyflow.kustomer.sandbox.KustomerSandboxConfig.SignatureEncoding;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How the simulator signs its outbound webhook deliveries: HMAC-SHA256 keyed with the webhook's
 * token (UTF-8), over {@code <timestamp>.<raw body>} when a timestamp header is sent, else over the
 * raw body; hex (default) or Base64. Kustomer's real algorithm is unconfirmed; the receiver in
 * starter-api is configurable to match it.
 */
public final class WebhookSignature {

  private WebhookSignature() {}

  /** The signature header's value. {@code timestamp} null signs the raw body. */
  public static String sign(
      byte[] body, String secret, Long timestamp, SignatureEncoding encoding) {
    byte[] mac = hmac(signedBytes(body, timestamp), secret);
    return encoding == SignatureEncoding.BASE64
        ? Base64.getEncoder().encodeToString(mac)
        : HexFormat.of().formatHex(mac);
  }

  static byte[] signedBytes(byte[] body, Long timestamp) {
    if (timestamp == null) {
      return body;
    }
    byte[] prefix = (timestamp + ".").getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[prefix.length + body.length];
    System.arraycopy(prefix, 0, all, 0, prefix.length);
    System.arraycopy(body, 0, all, prefix.length, body.length);
    return all;
  }

  private static byte[] hmac(byte[] data, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }
}
