package io.policyflow.api.security;

import io.policyflow.api.problems.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requires {@code Authorization: Bearer <token>} on {@code /v1} and everything under it; answers
 * 401 problem+json with {@code WWW-Authenticate: Bearer ...} otherwise. Other paths (actuator
 * health, pages of an application that imports the API) pass untouched, and so do webhooks ({@code
 * /v1/webhooks/...}): their senders cannot hold our token, so each webhook handler authenticates
 * its deliveries by their signature instead.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

  static final String PROTECTED_PREFIX = "/v1";

  /** Authenticated by each webhook's own signature check, not by the bearer token. */
  static final String WEBHOOKS_PREFIX = "/v1/webhooks/";

  private static final String SCHEME = "bearer ";
  private static final String REALM = "Bearer realm=\"policyflow\"";

  private final ApiToken token;

  public BearerTokenFilter(ApiToken token) {
    this.token = token;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !isProtected(request);
  }

  /**
   * The path as the container resolved it (decoded, normalized, without path parameters or context
   * path).
   */
  static boolean isProtected(HttpServletRequest request) {
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (path.startsWith(WEBHOOKS_PREFIX)) {
      return false;
    }
    return path.equals(PROTECTED_PREFIX) || path.startsWith(PROTECTED_PREFIX + "/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    List<String> headers = Collections.list(request.getHeaders(HttpHeaders.AUTHORIZATION));
    if (headers.isEmpty()) {
      reject(
          request, response, REALM, "Missing bearer token: send 'Authorization: Bearer <token>'.");
      return;
    }
    String presented = headers.size() == 1 ? bearerToken(headers.get(0)) : null;
    if (presented == null || !token.matches(presented)) {
      reject(
          request, response, REALM + ", error=\"invalid_token\"", "The bearer token is not valid.");
      return;
    }
    chain.doFilter(request, response);
  }

  /** The token of a {@code Bearer} authorization header (the scheme in any case), or null. */
  public static String bearerToken(String header) {
    if (header.length() <= SCHEME.length()
        || !header.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)) {
      return null;
    }
    return header.substring(SCHEME.length()).strip();
  }

  private static void reject(
      HttpServletRequest request, HttpServletResponse response, String challenge, String detail)
      throws IOException {
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
    Problems.write(
        response,
        HttpStatus.UNAUTHORIZED,
        Problems.UNAUTHORIZED,
        "Unauthorized",
        detail,
        request.getRequestURI());
  }
}
