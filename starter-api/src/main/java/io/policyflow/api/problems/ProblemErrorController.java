package io.policyflow.api.problems;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error page ({@code server.error.path}, {@code /error}) as problem+json, in place of Spring
 * Boot's: an error forwarded here by the container keeps its status; {@code /error} asked for
 * directly is 404. Details never carry the cause.
 */
@Controller("policyflowProblemErrorController")
public class ProblemErrorController implements ErrorController {

  private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

  @RequestMapping("${server.error.path:${error.path:/error}}")
  public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
    String instance;
    if (code == null) {
      status = HttpStatus.NOT_FOUND;
      instance = request.getRequestURI();
    } else {
      if (status == null || status.value() < 400) {
        status = HttpStatus.INTERNAL_SERVER_ERROR;
      }
      Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
      instance = uri instanceof String path ? path : null;
    }
    if (status.is5xxServerError()
        && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable e) {
      log.error("Unexpected error", e);
    }
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    Problems.write(
        response,
        status,
        ProblemErrorReportValve.type(status.value()),
        status.getReasonPhrase(),
        ProblemErrorReportValve.detail(status.value()),
        instance);
  }
}
