package io.policyflow.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.policyflow.sandbox.error.ApiException;
import io.policyflow.sandbox.http.Params;
import io.policyflow.sandbox.http.RequestContext;
import io.policyflow.sandbox.http.Router;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /V1/integration/admin/token} (§2.2): anonymous route, JSON-string token on success.
 */
final class AdminTokenEndpoints {

  private final ApiServices services;

  AdminTokenEndpoints(ApiServices services) {
    this.services = services;
  }

  void register(Router router) {
    router.post("/V1/integration/admin/token", Acl.ANONYMOUS, this::createToken);
  }

  private JsonNode createToken(RequestContext ctx) {
    JsonNode username = ctx.bodyParam("username");
    JsonNode password = ctx.bodyParam("password");
    List<String> missing = new ArrayList<>();
    if (username == null || username.isNull()) {
      missing.add("username");
    }
    if (password == null || password.isNull()) {
      missing.add("password");
    }
    if (!missing.isEmpty()) {
      throw ApiException.requiredFields(missing);
    }
    return TextNode.valueOf(
        services.adminTokens().createToken(Params.string(username), Params.string(password)));
  }
}
