package io.policyflow.sandbox.http;

import io.policyflow.sandbox.error.ApiException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the route for a request path. Accepts {@code /rest/V1/...} (default store view) and {@code
 * /rest/<store code>/V1/...}; anything else, or a method/path without a route, is Magento's 404
 * {@code Request does not match any route.}
 */
public final class Router {

  private static final Pattern REST_PATH =
      Pattern.compile("^/rest(?:/([^/]+))?(/V1(?:/.*)?)$", Pattern.CASE_INSENSITIVE);

  private final List<Route> routes = new ArrayList<>();

  public Router add(String method, String template, String aclResource, RouteHandler handler) {
    routes.add(new Route(method, template, aclResource, handler));
    routes.sort(Comparator.comparingInt(Route::literalCount).reversed());
    return this;
  }

  public Router get(String template, String aclResource, RouteHandler handler) {
    return add("GET", template, aclResource, handler);
  }

  public Router post(String template, String aclResource, RouteHandler handler) {
    return add("POST", template, aclResource, handler);
  }

  /** A matched route with its decoded path parameters and the store code from the URL. */
  public record Match(Route route, Map<String, String> pathParams, String storeCode) {}

  /**
   * The path after {@code /rest} or {@code /rest/<store code>} ({@code /V1/...}), or null for a
   * non-API path.
   */
  public static String apiPath(String rawPath) {
    if (rawPath == null) {
      return null;
    }
    Matcher matcher = REST_PATH.matcher(rawPath);
    return matcher.matches() ? matcher.group(2) : null;
  }

  public Match match(String method, String rawPath) {
    String path = rawPath == null ? "" : rawPath;
    while (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    Matcher matcher = REST_PATH.matcher(path);
    if (!matcher.matches()) {
      throw ApiException.noRoute();
    }
    String storeCode =
        matcher.group(1) == null ? "default" : PhpQuery.rawurldecode(matcher.group(1));
    List<String> segments =
        Arrays.stream(matcher.group(2).substring(1).split("/", -1))
            .map(PhpQuery::rawurldecode)
            .toList();
    for (Route route : routes) {
      if (!route.method().equals(method)) {
        continue;
      }
      Map<String, String> params = route.match(segments);
      if (params != null) {
        return new Match(route, params, storeCode);
      }
    }
    throw ApiException.noRoute();
  }
}
