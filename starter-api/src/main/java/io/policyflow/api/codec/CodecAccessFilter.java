package io.policyflow.api.codec;

import io.policyflow.api.problems.Problems;
import io.policyflow.codec.CodecAuth;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards {@code /codec} and everything under it, after the CORS filter (which answers preflights
 * itself):
 *
 * <ul>
 *   <li>server not configured ({@link CodecSettings#enabled()} false): 404 problem, {@link
 *       CodecSettings#NOT_CONFIGURED};
 *   <li>a CORS preflight passes without credentials (browsers never send them on a preflight);
 *   <li>anything else needs the codec token, as {@code Authorization: Bearer <token>} or as the
 *       password of HTTP Basic ({@link CodecAuth}); otherwise 401 problem with {@code
 *       WWW-Authenticate:} {@value CodecAuth#WWW_AUTHENTICATE}, so a browser opening {@code /codec}
 *       asks for it once.
 * </ul>
 *
 * <p>This is not the {@code /v1} bearer token: the two secrets are independent.
 */
final class CodecAccessFilter extends OncePerRequestFilter {

  /**
   * Request attribute set once the codec token was checked; the controller refuses requests without
   * it.
   */
  static final String AUTHORIZED_ATTRIBUTE = CodecAccessFilter.class.getName() + ".authorized";

  static final String MISSING_CREDENTIALS =
      "Missing codec credentials: send 'Authorization: Bearer <codec token>', or HTTP Basic with the codec token"
          + " as the password.";
  static final String INVALID_CREDENTIALS = "The codec credentials are not valid.";

  private final CodecSettings settings;

  CodecAccessFilter(CodecSettings settings) {
    this.settings = settings;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!settings.enabled()) {
      noStore(response);
      Problems.write(
          response, HttpStatus.NOT_FOUND, CodecSettings.NOT_CONFIGURED, request.getRequestURI());
      return;
    }
    if (CorsUtils.isPreFlightRequest(request)) {
      // normally answered by the CORS filter already; a preflight never carries credentials and
      // returns no data
      chain.doFilter(request, response);
      return;
    }
    List<String> headers = Collections.list(request.getHeaders(HttpHeaders.AUTHORIZATION));
    CodecAuth auth = settings.auth().orElseThrow();
    if (headers.size() != 1 || !auth.isAuthorized(headers.get(0))) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CodecAuth.WWW_AUTHENTICATE);
      noStore(response);
      Problems.write(
          response,
          HttpStatus.UNAUTHORIZED,
          headers.isEmpty() ? MISSING_CREDENTIALS : INVALID_CREDENTIALS,
          request.getRequestURI());
      return;
    }
    request.setAttribute(AUTHORIZED_ATTRIBUTE, Boolean.TRUE);
    chain.doFilter(request, response);
  }

  private static void noStore(HttpServletResponse response) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
  }
}
