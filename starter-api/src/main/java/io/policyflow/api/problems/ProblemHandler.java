package io.policyflow.api.problems;

import io.policyflow.api.refunds.TemporalFailures;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowUpdateException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Every error as {@code application/problem+json} (RFC 7807): the API's own problems, Spring MVC's
 * (400, 404, 405, 406, 415, ...), Temporal's that escaped translation, and a generic 500 that says
 * nothing of the cause. Details never carry request content.
 */
@RestControllerAdvice(name = "policyflowApiProblemHandler")
public class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final URI ABOUT_BLANK = URI.create("about:blank");
  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  @ExceptionHandler(ApiProblemException.class)
  public ResponseEntity<ProblemDetail> apiProblem(ApiProblemException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.detail());
    problem.setType(e.type());
    problem.setTitle(e.title());
    e.properties().forEach(problem::setProperty);
    if (e.status().is5xxServerError()) {
      log.warn("{}: {}", e.status(), e.detail());
    }
    return problem(problem, e.headers());
  }

  @ExceptionHandler(WorkflowNotFoundException.class)
  public ResponseEntity<ProblemDetail> workflowNotFound(WorkflowNotFoundException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such conversation.");
    problem.setType(Problems.CONVERSATION_NOT_FOUND);
    problem.setTitle("Conversation not found");
    return problem(problem, HttpHeaders.EMPTY);
  }

  @ExceptionHandler(WorkflowUpdateException.class)
  public ResponseEntity<ProblemDetail> updateRefused(WorkflowUpdateException e) {
    if (TemporalFailures.refusedUpdate(e).isEmpty()) {
      return unexpected(e);
    }
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONFLICT, "The conversation refused this message.");
    problem.setType(Problems.CONVERSATION_CLOSED);
    problem.setTitle("Conversation closed");
    return problem(problem, HttpHeaders.EMPTY);
  }

  @ExceptionHandler(Exception.class)
  public ResponseEntity<ProblemDetail> unexpected(Exception e) {
    if (TemporalFailures.isUnavailable(e)) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.SERVICE_UNAVAILABLE, "Temporal is unavailable. Retry later.");
      problem.setType(Problems.TEMPORAL_UNAVAILABLE);
      problem.setTitle("Service unavailable");
      HttpHeaders headers = new HttpHeaders();
      headers.set(HttpHeaders.RETRY_AFTER, Integer.toString(Problems.RETRY_AFTER_SECONDS));
      log.warn(
          "Temporal unavailable: {}",
          TemporalFailures.statusCode(e).map(Enum::name).orElse("timeout"));
      return problem(problem, headers);
    }
    if (e instanceof ErrorResponse known) {
      // a Spring web exception that ResponseEntityExceptionHandler does not list: keep its status
      // and detail
      return problem(known.getBody(), known.getHeaders());
    }
    log.error("Unexpected error", e);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred.");
    return problem(problem, HttpHeaders.EMPTY);
  }

  /**
   * Malformed JSON, a missing body, or a field of the wrong type: 400, naming the field when known.
   */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String field = fieldOf(e);
    String detail;
    if (field != null) {
      detail = "The request body is not valid: field '" + field + "' has the wrong type or shape.";
    } else if (e.getCause() instanceof JacksonException) {
      detail = "The request body is not valid JSON.";
    } else {
      detail = "The request body is missing or not readable.";
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setType(Problems.MALFORMED_REQUEST);
    problem.setTitle("Malformed request");
    if (field != null) {
      problem.setProperty("field", field);
    }
    return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  private static String fieldOf(HttpMessageNotReadableException e) {
    if (!(e.getCause() instanceof DatabindException databind) || databind.getPath().isEmpty()) {
      return null;
    }
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference reference : databind.getPath()) {
      if (reference.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? null : path.toString();
  }

  /** RFC 7807 members Spring leaves out when they have their default value: type and title. */
  private static void complete(ProblemDetail problem) {
    if (problem.getType() == null) {
      problem.setType(ABOUT_BLANK);
    }
    if (problem.getTitle() == null) {
      HttpStatus status = HttpStatus.resolve(problem.getStatus());
      problem.setTitle(status == null ? "Error" : status.getReasonPhrase());
    }
  }

  /**
   * Spring MVC's own problems, with the problem+json content type whatever the Accept header says.
   */
  @Override
  protected ResponseEntity<Object> createResponseEntity(
      Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
    HttpHeaders out = new HttpHeaders();
    out.putAll(headers);
    if (body instanceof ProblemDetail problem) {
      complete(problem);
      out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
    return new ResponseEntity<>(body, out, statusCode);
  }

  private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem, HttpHeaders headers) {
    complete(problem);
    return ResponseEntity.status(problem.getStatus())
        .headers(headers)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
