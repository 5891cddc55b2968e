package io.policyflow.activities.magento;

import java.util.Objects;

/**
 * How the worker proves who it is to Magento (fact sheet §2). {@code toString()} never prints a
 * secret.
 *
 * <ul>
 *   <li>{@link OAuth1}: an integration's four values, every request signed (OAuth 1.0a,
 *       HMAC-SHA256). The default for integrations since 2.4.4.
 *   <li>{@link Bearer}: {@code Authorization: Bearer <token>} — an integration access token where
 *       the store allows "Allow OAuth Access Tokens to be used as standalone Bearer tokens", or an
 *       admin token obtained elsewhere.
 *   <li>{@link AdminPassword}: an admin user's username and password, exchanged for a 4-hour admin
 *       token ({@code POST /V1/integration/admin/token}) and exchanged again when Magento answers
 *       401. Refused by stores with Magento_TwoFactorAuth enabled (the 2.4 default).
 * </ul>
 */
public sealed interface MagentoCredentials {

  /** {@code "oauth1"}, {@code "bearer"} or {@code "admin"}: for logs and health details. */
  String scheme();

  /** An integration's OAuth 1.0a consumer and access token. */
  record OAuth1(
      String consumerKey, String consumerSecret, String accessToken, String accessTokenSecret)
      implements MagentoCredentials {
    public OAuth1 {
      consumerKey = required(consumerKey, "consumer key");
      consumerSecret = required(consumerSecret, "consumer secret");
      accessToken = required(accessToken, "access token");
      accessTokenSecret = required(accessTokenSecret, "access token secret");
    }

    @Override
    public String scheme() {
      return "oauth1";
    }

    @Override
    public String toString() {
      return "OAuth1[consumerKey="
          + consumerKey
          + ", consumerSecret=***, accessToken=***, accessTokenSecret=***]";
    }
  }

  /** A token sent as {@code Authorization: Bearer <token>}. */
  record Bearer(String token) implements MagentoCredentials {
    public Bearer {
      token = required(token, "access token");
    }

    @Override
    public String scheme() {
      return "bearer";
    }

    @Override
    public String toString() {
      return "Bearer[***]";
    }
  }

  /** An admin user, exchanged for an admin token. */
  record AdminPassword(String username, String password) implements MagentoCredentials {
    public AdminPassword {
      username = required(username, "admin username");
      Objects.requireNonNull(password, "admin password");
      if (password.isEmpty()) {
        throw new IllegalArgumentException("Magento admin password is required");
      }
    }

    @Override
    public String scheme() {
      return "admin";
    }

    @Override
    public String toString() {
      return "AdminPassword[username=" + username + ", password=***]";
    }
  }

  private static String required(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Magento " + what + " is required");
    }
    return value.strip();
  }
}
