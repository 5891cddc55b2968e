package io.policyflow.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.sandbox.error.ApiException;
import io.policyflow.sandbox.search.SearchCriteria;
import io.policyflow.sandbox.search.SearchCriteriaParser;
import java.time.Instant;
import java.util.Map;

/** What a route handler gets: the request, its path parameters, decoded query/body, and "now". */
public final class RequestContext {

  private final ApiRequest request;
  private final Map<String, String> pathParams;
  private final Instant now;
  private Map<String, Object> query;
  private ObjectNode body;

  public RequestContext(ApiRequest request, Map<String, String> pathParams, Instant now) {
    this.request = request;
    this.pathParams = Map.copyOf(pathParams);
    this.now = now;
  }

  public ApiRequest request() {
    return request;
  }

  public Instant now() {
    return now;
  }

  public String pathParam(String name) {
    return pathParams.get(name);
  }

  /**
   * An {@code int} path parameter; not an integer ⇒ 400 type error, like Magento's input processor.
   */
  public long intPathParam(String name) {
    String raw = pathParams.get(name);
    if (raw == null || !raw.trim().matches("[+-]?\\d{1,18}")) {
      throw ApiException.invalidType(raw == null ? "" : raw, "int");
    }
    return Long.parseLong(raw.trim().replace("+", ""));
  }

  /**
   * An entity id for a repository {@code get}: 0 ⇒ {@code An ID is needed. Set the ID and try
   * again.}
   */
  public long entityIdPathParam(String name) {
    long id = intPathParam(name);
    if (id == 0) {
      throw ApiException.idRequired();
    }
    return id;
  }

  public Map<String, Object> query() {
    if (query == null) {
      query = PhpQuery.parse(request.rawQuery());
    }
    return query;
  }

  public ObjectNode body() {
    if (body == null) {
      body = RequestBody.parse(request);
    }
    return body;
  }

  /**
   * A top-level service parameter from the body, by its camelCase name or snake_case form (Magento
   * accepts both at the top level); null when absent.
   */
  public JsonNode bodyParam(String camelName) {
    ObjectNode params = body();
    JsonNode value = params.get(camelName);
    if (value == null) {
      value = params.get(Params.snake(camelName));
    }
    return value;
  }

  /** The required {@code searchCriteria} query parameter (or {@code search_criteria}). */
  public SearchCriteria searchCriteria() {
    Object raw =
        query().containsKey("searchCriteria")
            ? query().get("searchCriteria")
            : query().get("search_criteria");
    if (raw == null) {
      throw ApiException.requiredField("searchCriteria");
    }
    return SearchCriteriaParser.parse(raw);
  }
}
