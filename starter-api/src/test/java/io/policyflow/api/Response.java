package io.policyflow.api;

import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An HTTP answer as the tests read it: status, headers, body, JSON. */
public record Response(HttpResponse<String> raw) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  public int status() {
    return raw.statusCode();
  }

  public String header(String name) {
    return raw.headers().firstValue(name).orElse(null);
  }

  public String contentType() {
    return header("Content-Type");
  }

  public String body() {
    return raw.body();
  }

  public JsonNode json() {
    return JSON.readTree(raw.body());
  }

  @Override
  public String toString() {
    return raw.statusCode() + " " + raw.headers().map() + " " + raw.body();
  }
}
