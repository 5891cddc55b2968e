package io.policyflow.api.security;

import io.policyflow.api.problems.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the request body of every endpoint before anything parses it: {@code
 * policyflow.api.max-body-size} (64 KiB) for {@code /v1}, the playground and the rest; {@code
 * policyflow.kustomer.webhook.max-body-size} (1 MB) for the Kustomer webhook. {@code /codec} has
 * its own cap (its controller's, 413 of its own type) and is left alone.
 *
 * <p>A declared {@code Content-Length} over the cap is answered 413 problem+json at once, without
 * reading the body (nor sending {@code 100 Continue}). A body without a length (chunked) is read up
 * to the cap plus one byte: over it, 413; within it, the application reads it from memory.
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

  static final String CODEC_PREFIX = "/codec";
  static final String KUSTOMER_WEBHOOK = "/v1/webhooks/kustomer";

  private final long maxBodySize;
  private final long kustomerMaxBodySize;

  /**
   * @param maxBodySize the cap in bytes for every endpoint but the two below
   * @param kustomerMaxBodySize the cap in bytes for {@code /v1/webhooks/kustomer}
   */
  public BodySizeLimitFilter(long maxBodySize, long kustomerMaxBodySize) {
    this.maxBodySize = Math.min(maxBodySize, Integer.MAX_VALUE - 16);
    this.kustomerMaxBodySize = Math.min(kustomerMaxBodySize, Integer.MAX_VALUE - 16);
  }

  private static String path(HttpServletRequest request) {
    return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = path(request);
    return path.equals(CODEC_PREFIX) || path.startsWith(CODEC_PREFIX + "/");
  }

  /** The cap for this request, in bytes. */
  long limit(HttpServletRequest request) {
    String path = path(request);
    return path.equals(KUSTOMER_WEBHOOK) || path.startsWith(KUSTOMER_WEBHOOK + "/")
        ? kustomerMaxBodySize
        : maxBodySize;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long limit = limit(request);
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      refuse(request, response, limit);
      return;
    }
    if (declared < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
      byte[] body = request.getInputStream().readNBytes((int) limit + 1);
      if (body.length > limit) {
        refuse(request, response, limit);
        return;
      }
      chain.doFilter(new ReadBody(request, body), response);
      return;
    }
    chain.doFilter(request, response);
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, long limit)
      throws IOException {
    Problems.write(
        response,
        HttpStatus.PAYLOAD_TOO_LARGE,
        Problems.PAYLOAD_TOO_LARGE,
        "Payload too large",
        "The request body is larger than " + limit + " bytes, the most this endpoint takes.",
        request.getRequestURI());
  }

  /**
   * A request whose body was read already, within the cap: the application reads it from memory.
   */
  private static final class ReadBody extends HttpServletRequestWrapper {

    private final byte[] body;

    ReadBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException(
              "The body was read already; it cannot be read asynchronously.");
        }
      };
    }

    @Override
    public BufferedReader getReader() throws UnsupportedEncodingException {
      String encoding = getCharacterEncoding();
      Charset charset;
      try {
        charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      } catch (IllegalArgumentException e) {
        throw new UnsupportedEncodingException(encoding);
      }
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }
}
