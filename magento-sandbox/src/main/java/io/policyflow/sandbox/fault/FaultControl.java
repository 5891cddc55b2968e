package io.policyflow.sandbox.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.sandbox.http.ApiRequest;
import io.policyflow.sandbox.http.ApiResponse;
import io.policyflow.sandbox.json.MagentoJson;
import java.io.IOException;

/**
 * {@code /__sandbox/faults}: {@code GET} lists the active rules, {@code POST} adds one (a JSON
 * {@link FaultRule}), {@code DELETE} clears them all. No Magento authentication; served only when
 * {@code SandboxConfig#faultControl()}.
 */
public final class FaultControl {

  public static final String PATH = "/__sandbox/faults";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Faults faults;

  public FaultControl(Faults faults) {
    this.faults = faults;
  }

  public static boolean isControlPath(String rawPath) {
    if (rawPath == null) {
      return false;
    }
    String path = rawPath;
    while (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path.equals(PATH);
  }

  public ApiResponse handle(ApiRequest request) {
    switch (request.method()) {
      case "GET":
        return new ApiResponse(200, list());
      case "POST":
        return add(request);
      case "DELETE":
        {
          int cleared = faults.clear();
          ObjectNode out = MagentoJson.object();
          out.put("cleared", cleared);
          return new ApiResponse(200, out);
        }
      default:
        return new ApiResponse(
            405, message("Use GET (list), POST (add a rule) or DELETE (clear) on " + PATH));
    }
  }

  private ObjectNode list() {
    ObjectNode out = MagentoJson.object();
    ArrayNode items = out.putArray("rules");
    faults.list().forEach(rule -> items.add(rule.toJson()));
    return out;
  }

  private ApiResponse add(ApiRequest request) {
    JsonNode json;
    try {
      json = JSON.readTree(request.body());
    } catch (IOException e) {
      return new ApiResponse(
          400,
          message(
              "The fault rule is not valid JSON: "
                  + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                      ? j.getOriginalMessage()
                      : e.getMessage())));
    }
    try {
      return new ApiResponse(201, faults.add(FaultRule.fromJson(json)).toJson());
    } catch (IllegalArgumentException e) {
      return new ApiResponse(400, message(e.getMessage()));
    }
  }

  private static ObjectNode message(String text) {
    ObjectNode out = MagentoJson.object();
    out.put("message", text);
    return out;
  }
}
