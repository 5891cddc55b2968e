package io.policyflow.api.problems;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's own error answers as problem+json instead of its HTML page: the errors found before a
 * request reaches the application (a request line or header too large, a bad percent-encoding, an
 * invalid URI) and any error no error page took care of. The detail names the status only: it never
 * quotes the request.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(true);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    HttpStatus known = HttpStatus.resolve(status);
    String title = known == null ? "Error" : known.getReasonPhrase();
    byte[] body = Problems.json(status, type(status), title, detail(status), null);
    try {
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      PrintWriter writer = response.getReporter();
      if (writer != null) {
        writer.write(new String(body, StandardCharsets.UTF_8));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client is gone, or the response cannot take a body: nothing more to say
    }
  }

  static URI type(int status) {
    return switch (status) {
      case 400 -> Problems.MALFORMED_REQUEST;
      case 401 -> Problems.UNAUTHORIZED;
      case 413 -> Problems.PAYLOAD_TOO_LARGE;
      default -> Problems.ABOUT_BLANK;
    };
  }

  static String detail(int status) {
    return switch (status) {
      case 400 ->
          "The request is not valid HTTP: its request line, a header or the encoding of its URI.";
      case 404 -> "No such page.";
      case 413 -> "The request is larger than this server takes.";
      case 414 -> "The request URI is longer than this server takes.";
      case 431 -> "The request headers are larger than this server takes.";
      default ->
          status >= 500 ? "An unexpected error occurred." : "The request could not be served.";
    };
  }
}
