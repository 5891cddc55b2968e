package io.policyflow.activities.channel;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The channel webhook's signature as the Standard Webhooks specification (standardwebhooks.com,
 * v1.0.0) defines it: headers {@link #ID_HEADER}, {@link #TIMESTAMP_HEADER} (integer Unix seconds
 * of the attempt) and {@link #SIGNATURE_HEADER} = {@code v1,<Base64 of HMAC-SHA256 over
 * "<id>.<timestamp>.<exact body bytes>">}.
 *
 * <p>The key: a secret written as the spec serializes one ({@code whsec_<Base64>}) is
 * Base64-decoded, as the spec's reference libraries do; any other secret is used as its UTF-8
 * bytes, the key {@link WebhookSignature} has always used, so existing {@code CHAT_WEBHOOK_SECRET}s
 * keep working without a new secret.
 */
public final class StandardWebhookSignature {

  public static final String ID_HEADER = "webhook-id";
  public static final String TIMESTAMP_HEADER = "webhook-timestamp";
  public static final String SIGNATURE_HEADER = "webhook-signature";
  public static final String SECRET_PREFIX = "whsec_";
  public static final String VERSION = "v1";
  private static final String ALGORITHM = "HmacSHA256";

  private StandardWebhookSignature() {}

  /**
   * The HMAC key of {@code secret}.
   *
   * @throws IllegalArgumentException when the secret is empty, or {@code whsec_}-prefixed but not
   *     Base64
   */
  public static byte[] key(String secret) {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("A webhook secret is required to sign");
    }
    if (!secret.startsWith(SECRET_PREFIX)) {
      return secret.getBytes(StandardCharsets.UTF_8);
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
    } catch (IllegalArgumentException notBase64) {
      throw new IllegalArgumentException("A whsec_ webhook secret must be Base64 after the prefix");
    }
    if (key.length == 0) {
      throw new IllegalArgumentException(
          "A whsec_ webhook secret must not be empty after the prefix");
    }
    return key;
  }

  /** The {@code webhook-signature} value: {@code v1,<Base64 HMAC-SHA256 of id.timestamp.body>}. */
  public static String sign(String id, long timestamp, byte[] body, byte[] key) {
    if (id == null || id.isEmpty() || id.indexOf('.') >= 0) {
      throw new IllegalArgumentException("A webhook id must be non-empty and contain no '.'");
    }
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return VERSION + "," + Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }
}
