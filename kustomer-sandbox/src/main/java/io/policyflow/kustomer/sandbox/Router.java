package io.policyflow.kustomer.sandbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds the route for a request: the most specific template of the request's method that fits its
 * path segments, else 404 {@code Route not found}. It also knows which paths answer errors as
 * JSON:API error objects ({@link #jsonApiErrorsUnder}).
 */
final class Router {

  private final List<Route> routes = new ArrayList<>();
  private final List<List<String>> jsonApiScopes = new ArrayList<>();

  Router add(String method, String template, String role, RouteHandler handler) {
    routes.add(new Route(method, template, role, handler));
    routes.sort(Comparator.comparingInt(Route::literalCount).reversed());
    return this;
  }

  Router get(String template, String role, RouteHandler handler) {
    return add("GET", template, role, handler);
  }

  Router post(String template, String role, RouteHandler handler) {
    return add("POST", template, role, handler);
  }

  /**
   * Errors on any path starting with {@code templatePrefix} (whatever the method, matched or not)
   * are JSON:API error objects, as Kustomer's conversation endpoints answer them.
   */
  Router jsonApiErrorsUnder(String templatePrefix) {
    jsonApiScopes.add(Route.pattern(templatePrefix));
    return this;
  }

  /** A matched route with its path parameters. */
  record Match(Route route, Map<String, String> pathParams) {}

  Match match(ApiRequest request) {
    for (Route route : routes) {
      if (route.method().equals(request.method())) {
        Map<String, String> params = route.match(request.segments());
        if (params != null) {
          return new Match(route, params);
        }
      }
    }
    throw ApiError.notFound("Route not found: " + request.method() + " " + request.rawPath());
  }

  boolean jsonApiErrors(ApiRequest request) {
    return jsonApiScopes.stream()
        .anyMatch(scope -> Route.matchPrefix(scope, request.segments()) != null);
  }
}
