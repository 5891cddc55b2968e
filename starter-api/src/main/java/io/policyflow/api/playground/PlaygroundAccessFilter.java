package io.policyflow.api.playground;

import io.policyflow.api.problems.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The playground's own rule on {@code /playground} and everything under it (the {@code /v1} bearer
 * token is not involved, and the page never holds it):
 *
 * <ul>
 *   <li>off: 404;
 *   <li>loopback mode: the client must be on this machine and name it ({@code Host: localhost...}),
 *       which also defeats DNS rebinding;
 *   <li>Basic mode: {@code Authorization: Basic} with the configured user and password, else 401
 *       with a challenge.
 * </ul>
 *
 * Calls that change something ({@code POST /playground/api/...}) must be JSON and, when the browser
 * says where they come from ({@code Origin}), come from the page's own origin: another site cannot
 * drive the playground. Every answer carries a strict Content-Security-Policy and is not cached.
 */
public class PlaygroundAccessFilter extends OncePerRequestFilter {

  static final String PREFIX = "/playground";
  static final String API_PREFIX = PREFIX + "/api/";
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
          + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
  private static final String BASIC = "basic ";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final PlaygroundAccess access;

  public PlaygroundAccessFilter(PlaygroundAccess access) {
    this.access = access;
  }

  static String path(HttpServletRequest request) {
    return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = path(request);
    return !(path.equals(PREFIX) || path.startsWith(PREFIX + "/"));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    switch (access.mode()) {
      case OFF -> {
        Problems.write(
            response,
            HttpStatus.NOT_FOUND,
            "No such page. The playground is off: set policyflow.playground.enabled=true to turn it on.",
            request.getRequestURI());
        return;
      }
      case LOOPBACK -> {
        if (!PlaygroundAccess.isLoopback(request.getRemoteAddr())) {
          Problems.write(
              response,
              HttpStatus.FORBIDDEN,
              Problems.HOST_NOT_ALLOWED,
              "Host not allowed",
              "The playground answers this machine only.",
              request.getRequestURI());
          return;
        }
        if (!PlaygroundAccess.isLoopbackHost(request.getHeader(HttpHeaders.HOST))) {
          Problems.write(
              response,
              HttpStatus.FORBIDDEN,
              Problems.HOST_NOT_ALLOWED,
              "Host not allowed",
              "Open the playground as http://localhost:"
                  + request.getLocalPort()
                  + "/playground/ (this host name"
                  + " is not allowed).",
              request.getRequestURI());
          return;
        }
      }
      case BASIC -> {
        if (!access.matches(basicCredentials(request.getHeader(HttpHeaders.AUTHORIZATION)))) {
          response.setHeader(
              HttpHeaders.WWW_AUTHENTICATE,
              "Basic realm=\"Policyflow playground\", charset=\"UTF-8\"");
          Problems.write(
              response,
              HttpStatus.UNAUTHORIZED,
              Problems.UNAUTHORIZED,
              "Unauthorized",
              "The playground needs its user name and password (HTTP Basic).",
              request.getRequestURI());
          return;
        }
      }
    }
    String path = path(request);
    if (path.startsWith(API_PREFIX)
        && !SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
      CrossSite refusal = crossSite(request);
      if (refusal != null) {
        Problems.write(
            response,
            HttpStatus.FORBIDDEN,
            Problems.CROSS_SITE_REQUEST,
            "Cross-site request refused",
            refusal == CrossSite.NOT_JSON
                ? "The playground API takes application/json from the playground page."
                : "The playground API only takes calls from the playground page itself.",
            request.getRequestURI());
        return;
      }
    }
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    chain.doFilter(request, response);
  }

  /** Why a state-changing call may have come from another site's page. */
  public enum CrossSite {
    /** Not {@code application/json}: a form of any site can send it without a preflight. */
    NOT_JSON,
    /** The browser says it comes from another origin than this host and port. */
    FOREIGN_ORIGIN
  }

  /**
   * Why a state-changing call is refused, or null when it may go on: it must be JSON and, when the
   * browser names its {@code Origin}, come from this host and port.
   */
  public static CrossSite crossSite(HttpServletRequest request) {
    String contentType = request.getContentType();
    boolean json;
    try {
      json =
          contentType != null
              && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
    } catch (IllegalArgumentException e) {
      json = false;
    }
    if (!json) {
      return CrossSite.NOT_JSON;
    }
    String origin = request.getHeader(HttpHeaders.ORIGIN);
    if (origin != null) {
      // compare host and port only: behind a TLS-terminating proxy the scheme seen here may differ
      String host = request.getHeader(HttpHeaders.HOST);
      String originHost = origin.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://", "");
      if (host == null || origin.equals(originHost) || !originHost.equalsIgnoreCase(host)) {
        return CrossSite.FOREIGN_ORIGIN;
      }
    }
    return null;
  }

  /** {@code user:password} from a Basic authorization header, or null. */
  public static String basicCredentials(String header) {
    if (header == null
        || header.length() <= BASIC.length()
        || !header.substring(0, BASIC.length()).toLowerCase(Locale.ROOT).equals(BASIC)) {
      return null;
    }
    try {
      return new String(
          Base64.getDecoder().decode(header.substring(BASIC.length()).strip()),
          StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
