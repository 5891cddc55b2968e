package io.policyflow.api.codec;

import io.policyflow.codec.CodecAuth;
import io.policyflow.codec.CodecEndpoint;
import io.policyflow.codec.RemoteCodecException;
import io.policyflow.codec.RemoteCodecHandler;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Temporal's remote codec protocol, as Temporal UI ({@code
 * TEMPORAL_CODEC_ENDPOINT=http(s)://<api>/codec}) and the CLI ({@code --codec-endpoint}) call it:
 * {@code POST /codec/encode} and {@code POST /codec/decode}, {@code application/json} {@code
 * {"payloads":[...]}} in and out, through {@link RemoteCodecHandler}. {@code GET /codec} answers
 * {@code {"status":"ok"}} once signed in, so a browser can be given the codec token once.
 *
 * <p>{@link CodecAccessFilter} answers 404 while the server is not configured and 401 without the
 * codec token before a request gets here; the controller checks both again. Errors are
 * problem+json; their details come from {@link RemoteCodecException}, which never quotes payload
 * data. Responses are {@code Cache-Control: no-store}: a decoded payload is customer data.
 */
@RestController
public class CodecController {

  /** The codec's problem types, one per {@link RemoteCodecException.Reason}. */
  public static final URI MALFORMED_CODEC_REQUEST =
      URI.create("urn:policyflow:problem:codec-malformed-request");

  public static final URI CODEC_REQUEST_TOO_LARGE =
      URI.create("urn:policyflow:problem:codec-request-too-large");
  public static final URI UNDECODABLE_PAYLOAD =
      URI.create("urn:policyflow:problem:codec-undecodable-payload");

  private final CodecSettings settings;
  private final RemoteCodecHandler handler;

  public CodecController(CodecSettings settings) {
    this.settings = settings;
    this.handler =
        settings.enabled() ? RemoteCodecHandler.forKeyRing(settings.keyRing().orElseThrow()) : null;
  }

  @GetMapping(CodecEndpoint.BASE_PATH)
  public ResponseEntity<Map<String, String>> status(HttpServletRequest request) {
    guard(request);
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("status", "ok"));
  }

  @PostMapping(path = CodecEndpoint.ENCODE_PATH, consumes = CodecEndpoint.CONTENT_TYPE)
  public ResponseEntity<byte[]> encode(HttpServletRequest request) throws IOException {
    return handle(request, RemoteCodecHandler::encode);
  }

  @PostMapping(path = CodecEndpoint.DECODE_PATH, consumes = CodecEndpoint.CONTENT_TYPE)
  public ResponseEntity<byte[]> decode(HttpServletRequest request) throws IOException {
    return handle(request, RemoteCodecHandler::decode);
  }

  private ResponseEntity<byte[]> handle(
      HttpServletRequest request, BiFunction<RemoteCodecHandler, byte[], byte[]> operation)
      throws IOException {
    RemoteCodecHandler codec = guard(request);
    byte[] result = operation.apply(codec, readBody(request, codec.maxRequestBytes()));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .cacheControl(CacheControl.noStore())
        .body(result);
  }

  /**
   * Reads at most {@code limit + 1} bytes, so an oversized body is refused by the handler (413)
   * without being held in memory whole.
   */
  static byte[] readBody(HttpServletRequest request, int limit) throws IOException {
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      throw new RemoteCodecException(
          RemoteCodecException.Reason.REQUEST_TOO_LARGE,
          "request body is " + declared + " bytes; the limit is " + limit);
    }
    try (InputStream in = request.getInputStream()) {
      return in.readNBytes(limit + 1);
    }
  }

  /** Defence in depth, should the filter's URL mapping and the controller's ever disagree. */
  private RemoteCodecHandler guard(HttpServletRequest request) {
    if (handler == null) {
      throw new CodecProblemException(
          HttpStatus.NOT_FOUND, CodecSettings.NOT_CONFIGURED, HttpHeaders.EMPTY);
    }
    if (!Boolean.TRUE.equals(request.getAttribute(CodecAccessFilter.AUTHORIZED_ATTRIBUTE))) {
      HttpHeaders headers = new HttpHeaders();
      headers.set(HttpHeaders.WWW_AUTHENTICATE, CodecAuth.WWW_AUTHENTICATE);
      throw new CodecProblemException(
          HttpStatus.UNAUTHORIZED, CodecAccessFilter.MISSING_CREDENTIALS, headers);
    }
    return handler;
  }

  @ExceptionHandler(RemoteCodecException.class)
  public ResponseEntity<ProblemDetail> codecFailure(RemoteCodecException e) {
    HttpStatus status = HttpStatus.valueOf(e.httpStatus());
    // the message is safe to return: RemoteCodecException never carries payload contents or key
    // material
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
    switch (e.reason()) {
      case MALFORMED_REQUEST -> {
        problem.setType(MALFORMED_CODEC_REQUEST);
        problem.setTitle("Malformed codec request");
      }
      case REQUEST_TOO_LARGE -> {
        problem.setType(CODEC_REQUEST_TOO_LARGE);
        problem.setTitle("Codec request too large");
      }
      case UNDECODABLE_PAYLOAD -> {
        problem.setType(UNDECODABLE_PAYLOAD);
        problem.setTitle("Undecodable payload");
      }
    }
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .cacheControl(CacheControl.noStore())
        .body(problem);
  }

  @ExceptionHandler(CodecProblemException.class)
  public ResponseEntity<ProblemDetail> refused(CodecProblemException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status, e.getMessage());
    problem.setType(URI.create("about:blank"));
    problem.setTitle(e.status.getReasonPhrase());
    return ResponseEntity.status(e.status)
        .headers(e.headers)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .cacheControl(CacheControl.noStore())
        .body(problem);
  }

  static final class CodecProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final transient HttpHeaders headers;

    CodecProblemException(HttpStatus status, String detail, HttpHeaders headers) {
      super(detail, null, false, false);
      this.status = status;
      this.headers = headers;
    }
  }
}
