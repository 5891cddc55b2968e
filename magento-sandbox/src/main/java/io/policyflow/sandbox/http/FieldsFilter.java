package io.policyflow.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.sandbox.json.MagentoJson;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Magento's partial responses: {@code ?fields=items[entity_id,increment_id,state],total_count}.
 * Objects keep only the listed keys (a key without brackets keeps its whole value), lists apply the
 * filter to each element. A malformed filter answers {@code []}, as Magento's {@code
 * Webapi\Controller\Rest\ResponseFieldsFilter} does when it cannot parse it.
 */
final class FieldsFilter {

  private FieldsFilter() {}

  static JsonNode apply(JsonNode response, String filter) {
    if (filter == null || filter.isBlank() || !response.isContainerNode()) {
      return response;
    }
    Map<String, Object> spec;
    try {
      Parser parser = new Parser(filter.replace(" ", ""));
      spec = parser.list();
      if (parser.pos != parser.text.length()) {
        return MagentoJson.array();
      }
    } catch (IllegalArgumentException e) {
      return MagentoJson.array();
    }
    return filter(response, spec);
  }

  @SuppressWarnings("unchecked")
  private static JsonNode filter(JsonNode node, Map<String, Object> spec) {
    if (node.isArray()) {
      ArrayNode out = MagentoJson.array();
      node.forEach(element -> out.add(filter(element, spec)));
      return out;
    }
    if (!node.isObject()) {
      return node;
    }
    ObjectNode out = MagentoJson.object();
    spec.forEach(
        (key, sub) -> {
          JsonNode value = node.get(key);
          if (value != null) {
            out.set(key, sub == null ? value : filter(value, (Map<String, Object>) sub));
          }
        });
    return out;
  }

  /** list := item (',' item)* ; item := name ('[' list ']')? */
  private static final class Parser {
    private final String text;
    private int pos;

    Parser(String text) {
      this.text = text;
    }

    Map<String, Object> list() {
      Map<String, Object> out = new LinkedHashMap<>();
      do {
        int start = pos;
        while (pos < text.length() && "[],".indexOf(text.charAt(pos)) < 0) {
          pos++;
        }
        if (pos == start) {
          throw new IllegalArgumentException("empty field name");
        }
        String name = text.substring(start, pos);
        Object sub = null;
        if (pos < text.length() && text.charAt(pos) == '[') {
          pos++;
          sub = list();
          if (pos >= text.length() || text.charAt(pos) != ']') {
            throw new IllegalArgumentException("unbalanced brackets");
          }
          pos++;
        }
        out.put(name, sub);
      } while (pos < text.length() && text.charAt(pos) == ',' && ++pos > 0);
      return out;
    }
  }
}
