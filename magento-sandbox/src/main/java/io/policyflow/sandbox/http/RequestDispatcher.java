package io.policyflow.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.policyflow.sandbox.auth.TokenAuthenticator;
import io.policyflow.sandbox.error.ApiException;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;

/**
 * The sandbox's single request pipeline, in Magento's order: route match (404), ACL/token check
 * (401), then the handler (its input errors 400, missing entities 404). Any other exception is
 * masked as HTTP 500 with a report id, its reason logged. Faults can later be injected here.
 */
public final class RequestDispatcher {

    private static final System.Logger LOG = System.getLogger("io.policyflow.sandbox");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Router router;
    private final TokenAuthenticator authenticator;
    private final Clock clock;

    public RequestDispatcher(Router router, TokenAuthenticator authenticator, Clock clock) {
        this.router = router;
        this.authenticator = authenticator;
        this.clock = clock;
    }

    public ApiResponse dispatch(ApiRequest request) {
        try {
            Router.Match match = router.match(request.method(), request.rawPath());
            Route route = match.route();
            if (route.aclResource() != null && !authenticator.isAuthorized(request.header("Authorization"))) {
                throw ApiException.unauthorized(route.aclResource());
            }
            RequestContext context = new RequestContext(request, match.pathParams(), clock.instant());
            JsonNode result = route.handler().handle(context);
            Object fields = context.query().get("fields");
            return ApiResponse.ok(fields instanceof String filter ? FieldsFilter.apply(result, filter) : result);
        } catch (ApiException e) {
            return ApiResponse.error(e);
        } catch (RuntimeException | Error e) {
            String reportId = "webapi-" + HexFormat.of().formatHex(randomBytes()).substring(0, 13);
            LOG.log(Level.ERROR, "Report ID: " + reportId + "; " + request.method() + " " + request.rawPath()
                    + "; " + e, e);
            return ApiResponse.error(new ApiException(500,
                    "Internal Error. Details are available in Magento log file. Report ID: " + reportId, null));
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[7];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
