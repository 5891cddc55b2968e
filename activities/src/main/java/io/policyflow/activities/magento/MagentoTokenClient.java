package io.policyflow.activities.magento;

import com.fasterxml.jackson.annotation.JsonProperty;
import feign.Headers;
import feign.RequestLine;

/**
 * The anonymous token route (fact sheet §2.2): {@code {"username","password"}} → the token as a
 * JSON string.
 */
@Headers("Accept: application/json")
interface MagentoTokenClient {

  @RequestLine("POST /V1/integration/admin/token")
  @Headers("Content-Type: application/json")
  String adminToken(AdminCredentials credentials);

  /** The request body. */
  record AdminCredentials(
      @JsonProperty("username") String username, @JsonProperty("password") String password) {
    @Override
    public String toString() {
      return "AdminCredentials[username=" + username + ", password=***]";
    }
  }
}
