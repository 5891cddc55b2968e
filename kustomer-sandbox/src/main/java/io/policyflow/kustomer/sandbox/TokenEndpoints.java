package io.policyflow.kustomer.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;

/** The API key itself: {@code GET /v1/auth/tokens/current} (any valid key). */
final class TokenEndpoints {

  private final ApiServices services;

  TokenEndpoints(ApiServices services) {
    this.services = services;
  }

  void register(Router router) {
    router.get("/v1/auth/tokens/current", null, this::current);
  }

  private ApiResponse current(RequestContext ctx) {
    KustomerSandboxConfig config = services.config();
    ObjectNode r = Json.object();
    r.put("type", "token");
    r.put("id", "6600cccc0000000000000001");
    ObjectNode a = r.putObject("attributes");
    a.put("name", "policyflow sandbox key");
    ArrayNode roles = a.putArray("roles");
    config.apiKeyRoles().stream().sorted().forEach(roles::add);
    String key = config.apiKey();
    a.put("lastTokenChars", key.substring(Math.max(0, key.length() - 4)));
    a.put("createdAt", Json.date(ctx.now().minus(Duration.ofDays(30))));
    a.put("lastAccessedAt", Json.date(ctx.now()));
    r.putObject("relationships").set("org", Resources.toOrg());
    return ApiResponse.json(200, Resources.document(r));
  }
}
