package io.policyflow.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.sandbox.error.ApiException;
import io.policyflow.sandbox.json.MagentoJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a request body like {@code Webapi\Rest\Request::getBodyParams}: an empty body is no
 * parameters; otherwise the Content-Type must be present, well-formed, UTF-8 and JSON, and the JSON
 * must parse ({@code Decoding error.} otherwise, production-mode wording).
 */
final class RequestBody {

  private static final Pattern CONTENT_TYPE =
      Pattern.compile("^([a-z\\d/\\-+.]+)(?:; *charset=(.+))?$", Pattern.CASE_INSENSITIVE);

  private RequestBody() {}

  static ObjectNode parse(ApiRequest request) {
    String text = new String(request.body(), StandardCharsets.UTF_8);
    if (text.isEmpty()) {
      return MagentoJson.object();
    }
    String contentType = request.header("Content-Type");
    if (contentType == null || contentType.isBlank()) {
      throw ApiException.badRequest("Content-Type header is empty.");
    }
    Matcher matcher = CONTENT_TYPE.matcher(contentType.trim());
    if (!matcher.matches()) {
      throw ApiException.badRequest("Content-Type header is invalid.");
    }
    if (matcher.group(2) != null
        && !"utf-8".equals(matcher.group(2).trim().toLowerCase(Locale.ROOT))) {
      throw ApiException.badRequest("UTF-8 is the only supported charset.");
    }
    String mediaType = matcher.group(1).toLowerCase(Locale.ROOT);
    if (!mediaType.equals("application/json")) {
      throw ApiException.badRequest(
          "Server cannot understand Content-Type HTTP header media type %1",
          ApiException.positional(matcher.group(1)));
    }
    JsonNode parsed;
    try {
      parsed = MagentoJson.parse(text);
    } catch (IOException e) {
      throw ApiException.badRequest("Decoding error.");
    }
    // PHP casts the decoded value to an array: a scalar or list carries no named parameters.
    return parsed instanceof ObjectNode object ? object : MagentoJson.object();
  }
}
