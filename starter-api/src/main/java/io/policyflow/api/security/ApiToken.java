package io.policyflow.api.security;

import io.policyflow.api.ApiProperties;
import io.policyflow.codec.SecretDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * The bearer token of the {@code /v1} API: {@code policyflow.api.token}, or, when that is blank, a
 * random URL-safe token generated once at startup and printed once to stdout (never logged
 * otherwise).
 */
@Component("policyflowApiToken")
public class ApiToken {

  private final SecretDigest expected;

  public ApiToken(ApiProperties properties) {
    String token = properties.token();
    if (properties.tokenMissing()) {
      token = generate();
      // stdout on purpose (not the log): it is shown once to the person starting the API
      System.out.println(
          "Policyflow API token (generated, set POLICYFLOW_API_TOKEN to fix it): " + token);
    }
    this.expected = SecretDigest.of(token);
  }

  /** Constant-time comparison (over digests, so the length of the token does not leak either). */
  public boolean matches(String presented) {
    if (presented == null || presented.isEmpty()) {
      return false;
    }
    return expected.matches(presented);
  }

  static String generate() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Override
  public String toString() {
    return "ApiToken[****]";
  }
}
