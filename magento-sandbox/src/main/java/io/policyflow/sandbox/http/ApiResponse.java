package io.policyflow.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.policyflow.sandbox.error.ApiException;
import io.policyflow.sandbox.json.MagentoJson;

/** A JSON response: status and a body already in Magento's output shape. */
public record ApiResponse(int status, JsonNode body) {

    public static final String CONTENT_TYPE = "application/json; charset=utf-8";

    public static ApiResponse ok(JsonNode body) {
        return new ApiResponse(200, MagentoJson.render(body));
    }

    public static ApiResponse error(ApiException error) {
        return new ApiResponse(error.status(), error.body());
    }

    public byte[] bytes() {
        return MagentoJson.write(body);
    }
}
