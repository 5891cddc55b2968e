package io.policyflow.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.policyflow.sandbox.auth.TokenAuthenticator;
import io.policyflow.sandbox.error.ApiException;
import io.policyflow.sandbox.fault.FaultControl;
import io.policyflow.sandbox.fault.FaultRule;
import io.policyflow.sandbox.fault.Faults;
import io.policyflow.sandbox.json.MagentoJson;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox's single request pipeline, in Magento's order: route match (404), ACL/token check
 * (401), then the handler (its input errors 400, missing entities 404). Any other exception is
 * masked as HTTP 500 with a report id, its reason logged.
 *
 * <p>Injected faults ({@link Faults}) apply here, before everything else: the first matching rule
 * may delay the request, answer a status without executing it, or execute it and have the HTTP
 * layer drop the connection instead of answering. {@code /__sandbox/faults} ({@link FaultControl})
 * is served here too when enabled.
 */
public final class RequestDispatcher {

  private static final System.Logger LOG = System.getLogger("io.policyflow.sandbox");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Router router;
  private final TokenAuthenticator authenticator;
  private final Clock clock;
  private final Faults faults;
  private final FaultControl faultControl;

  public RequestDispatcher(Router router, TokenAuthenticator authenticator, Clock clock) {
    this(router, authenticator, clock, new Faults(), false);
  }

  /**
   * @param faults the fault rules applied to every API request
   * @param faultControl serve {@code /__sandbox/faults} (unauthenticated) to manage them over HTTP
   */
  public RequestDispatcher(
      Router router,
      TokenAuthenticator authenticator,
      Clock clock,
      Faults faults,
      boolean faultControl) {
    this.router = router;
    this.authenticator = authenticator;
    this.clock = clock;
    this.faults = faults;
    this.faultControl = faultControl ? new FaultControl(faults) : null;
  }

  public ApiResponse dispatch(ApiRequest request) {
    if (faultControl != null && FaultControl.isControlPath(request.rawPath())) {
      return faultControl.handle(request);
    }
    Optional<FaultRule> fault = faults.take(request.method(), Router.apiPath(request.rawPath()));
    if (fault.isEmpty()) {
      return process(request);
    }
    FaultRule rule = fault.get();
    LOG.log(
        Level.INFO,
        "Injected fault for " + request.method() + " " + request.rawPath() + ": " + rule.toJson());
    if (rule.delayMs() > 0) {
      try {
        Thread.sleep(rule.delayMs());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (rule.status() != null) {
      return injected(rule);
    }
    ApiResponse response = process(request);
    return rule.dropAfterCommit() ? response.dropped() : response;
  }

  private static ApiResponse injected(FaultRule rule) {
    int status = rule.status();
    JsonNode body = rule.body();
    if (body == null) {
      if (status == 500) {
        body = new ApiException(500, maskedMessage(), null).body();
      } else {
        body =
            MagentoJson.object()
                .put("message", status == 503 ? "Service Unavailable" : "Injected fault");
      }
    }
    Map<String, String> headers =
        rule.retryAfter() == null ? Map.of() : Map.of("Retry-After", rule.retryAfter());
    return new ApiResponse(status, body, headers, false);
  }

  private static String maskedMessage() {
    String reportId = "webapi-" + HexFormat.of().formatHex(randomBytes()).substring(0, 13);
    return "Internal Error. Details are available in Magento log file. Report ID: " + reportId;
  }

  private ApiResponse process(ApiRequest request) {
    try {
      Router.Match match = router.match(request.method(), request.rawPath());
      Route route = match.route();
      if (route.aclResource() != null && !authenticator.isAuthorized(request)) {
        throw ApiException.unauthorized(route.aclResource());
      }
      RequestContext context = new RequestContext(request, match.pathParams(), clock.instant());
      JsonNode result = route.handler().handle(context);
      Object fields = context.query().get("fields");
      return ApiResponse.ok(
          fields instanceof String filter ? FieldsFilter.apply(result, filter) : result);
    } catch (ApiException e) {
      return ApiResponse.error(e);
    } catch (RuntimeException | Error e) {
      String reportId = "webapi-" + HexFormat.of().formatHex(randomBytes()).substring(0, 13);
      LOG.log(
          Level.ERROR,
          "Report ID: " + reportId + "; " + request.method() + " " + request.rawPath() + "; " + e,
          e);
      return ApiResponse.error(
          new ApiException(
              500,
              "Internal Error. Details are available in Magento log file. Report ID: " + reportId,
              null));
    }
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[7];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
