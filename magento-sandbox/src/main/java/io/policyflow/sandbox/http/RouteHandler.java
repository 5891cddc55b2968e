package io.policyflow.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Serves one route; returns the response body (a JSON value: object, array, number, boolean,
 * string).
 */
@FunctionalInterface
public interface RouteHandler {
  JsonNode handle(RequestContext context);
}
