package io.policyflow.local;

import io.policyflow.api.playground.PlaygroundAccess;
import io.policyflow.api.playground.PlaygroundAccessFilter;
import io.policyflow.api.problems.Problems;
import io.policyflow.api.security.ApiToken;
import io.policyflow.api.security.BearerTokenFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The guard of {@code /dev} and everything under it (the clock: {@link DevClockController}), built
 * from the playground's ({@code PlaygroundAccessFilter}) checks, in this order:
 *
 * <ol>
 *   <li>on a server bound to loopback (the local stack's default): the client must be on this
 *       machine and name it ({@code Host: localhost...} or {@code 127.x.x.x}), which defeats DNS
 *       rebinding; else 403;
 *   <li>credentials: the API's bearer token ({@code Authorization: Bearer}, what curl and tests
 *       send), or, when the playground has a password, its HTTP Basic user and password; else 401
 *       with the challenges;
 *   <li>a call that changes something ({@code POST /dev/clock/skip}) must be JSON and, when the
 *       browser names its {@code Origin}, come from this host and port; else 403.
 * </ol>
 *
 * Every refusal is problem+json with a type. The playground's page does not come here: it moves the
 * clock through its own API ({@code /playground/api/clock/skip}).
 */
public class DevToolsAccessFilter extends OncePerRequestFilter {

  static final String PREFIX = "/dev";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  private static final String BEARER_CHALLENGE = "Bearer realm=\"policyflow\"";
  private static final String BASIC_CHALLENGE =
      "Basic realm=\"Policyflow playground\", charset=\"UTF-8\"";

  private final PlaygroundAccess access;
  private final ApiToken token;

  public DevToolsAccessFilter(PlaygroundAccess access, ApiToken token) {
    this.access = access;
    this.token = token;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    return !(path.equals(PREFIX) || path.startsWith(PREFIX + "/"));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    if (access.loopbackServer()) {
      if (!PlaygroundAccess.isLoopback(request.getRemoteAddr())) {
        Problems.write(
            response,
            HttpStatus.FORBIDDEN,
            Problems.HOST_NOT_ALLOWED,
            "Host not allowed",
            "The local stack's dev tools answer this machine only.",
            request.getRequestURI());
        return;
      }
      if (!PlaygroundAccess.isLoopbackHost(request.getHeader(HttpHeaders.HOST))) {
        Problems.write(
            response,
            HttpStatus.FORBIDDEN,
            Problems.HOST_NOT_ALLOWED,
            "Host not allowed",
            "Call the dev tools as http://localhost:"
                + request.getLocalPort()
                + PREFIX
                + "/... (this host name is"
                + " not allowed).",
            request.getRequestURI());
        return;
      }
    }
    List<String> authorization = Collections.list(request.getHeaders(HttpHeaders.AUTHORIZATION));
    if (authorization.size() != 1 || !authorized(authorization.get(0))) {
      boolean basic = access.mode() == PlaygroundAccess.Mode.BASIC;
      response.setHeader(
          HttpHeaders.WWW_AUTHENTICATE,
          basic ? BEARER_CHALLENGE + ", " + BASIC_CHALLENGE : BEARER_CHALLENGE);
      Problems.write(
          response,
          HttpStatus.UNAUTHORIZED,
          Problems.UNAUTHORIZED,
          "Unauthorized",
          (authorization.isEmpty()
                  ? "Missing credentials: send"
                  : "The credentials are not valid: send")
              + " 'Authorization: Bearer <the API token>'"
              + (basic ? " or the playground's user and password." : "."),
          request.getRequestURI());
      return;
    }
    if (!SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
      PlaygroundAccessFilter.CrossSite refusal = PlaygroundAccessFilter.crossSite(request);
      if (refusal != null) {
        Problems.write(
            response,
            HttpStatus.FORBIDDEN,
            Problems.CROSS_SITE_REQUEST,
            "Cross-site request refused",
            refusal == PlaygroundAccessFilter.CrossSite.NOT_JSON
                ? "The dev tools take application/json."
                : "The dev tools take no calls from another site's page (Origin).",
            request.getRequestURI());
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private boolean authorized(String header) {
    String bearer = BearerTokenFilter.bearerToken(header);
    if (bearer != null) {
      return token.matches(bearer);
    }
    return access.mode() == PlaygroundAccess.Mode.BASIC
        && access.matches(PlaygroundAccessFilter.basicCredentials(header));
  }
}
