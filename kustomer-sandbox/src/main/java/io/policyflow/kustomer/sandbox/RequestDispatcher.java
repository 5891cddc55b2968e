package io.policyflow.kustomer.sandbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The simulator's request pipeline. Control routes under {@code /sandbox} are routed without auth;
 * Kustomer's routes under {@code /v1} and {@code /v2.1} in Kustomer's order: bearer API key (401),
 * the org's rate limit (429, with {@code x-ratelimit-*} headers on every answer), an injected
 * fault, the route (404), the key's role (403), then the handler. Errors are Kustomer's error
 * bodies, JSON:API error objects where the router says so; any other exception is a logged 500.
 */
final class RequestDispatcher {

  private static final Logger log = Logger.getLogger(RequestDispatcher.class.getName());

  private final KustomerSandboxConfig config;
  private final Router api;
  private final Router control;
  private final RateLimiter limits;
  private final InjectedFaults faults;

  RequestDispatcher(
      KustomerSandboxConfig config,
      Router api,
      Router control,
      RateLimiter limits,
      InjectedFaults faults) {
    this.config = config;
    this.api = api;
    this.control = control;
    this.limits = limits;
    this.faults = faults;
  }

  ApiResponse dispatch(ApiRequest request, Instant now) {
    String path = request.rawPath();
    Map<String, String> headers = new LinkedHashMap<>();
    ApiResponse response;
    try {
      if (path.equals("/sandbox") || path.startsWith("/sandbox/")) {
        response = route(control, request, now, headers);
      } else if (path.startsWith("/v1/") || path.startsWith("/v2.1/")) {
        response = api(request, now, headers);
      } else {
        throw ApiError.notFound("Route not found: " + request.method() + " " + path);
      }
    } catch (ApiError e) {
      response = ApiResponse.error(e);
    } catch (RuntimeException e) {
      log.log(Level.WARNING, "sandbox error on " + request.method() + " " + path, e);
      response =
          ApiResponse.error(new ApiError(500, "internal_error", "Internal server error.", null));
    }
    return response.withHeaders(headers);
  }

  private ApiResponse api(ApiRequest request, Instant now, Map<String, String> headers) {
    authenticate(request);
    RateLimiter.Decision decision = limits.orgCall(now);
    limits.writeHeaders(decision, now, headers);
    if (decision.throttled()) {
      throw limits.tooMany(decision, now, headers);
    }
    ApiResponse injected = faults.take();
    if (injected != null) {
      return injected;
    }
    return route(api, request, now, headers);
  }

  private ApiResponse route(
      Router router, ApiRequest request, Instant now, Map<String, String> headers) {
    try {
      Router.Match match = router.match(request);
      String role = match.route().role();
      if (role != null && !config.apiKeyRoles().contains(role)) {
        throw ApiError.forbidden("Forbidden: the API key lacks the role " + role + ".");
      }
      return match
          .route()
          .handler()
          .handle(new RequestContext(request, match.pathParams(), now, headers));
    } catch (ApiError e) {
      throw router.jsonApiErrors(request) ? e.asJsonApi() : e;
    }
  }

  private void authenticate(ApiRequest request) {
    List<String> values = request.headerValues("Authorization");
    if (values.isEmpty()) {
      throw ApiError.unauthorized("Unauthorized: send 'Authorization: Bearer <API key>'.");
    }
    String value = values.get(0);
    if (values.size() != 1
        || !value.startsWith("Bearer ")
        || !value.substring(7).equals(config.apiKey())) {
      throw ApiError.unauthorized("Unauthorized: the API key is invalid or expired.");
    }
  }
}
