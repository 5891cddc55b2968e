package io.policyflow.api.problems;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * 400: one field of the request is missing or invalid; {@code field} names it (also in the detail).
 */
public class InvalidFieldException extends ApiProblemException {

  private final String field;

  public InvalidFieldException(String field, String detail) {
    super(HttpStatus.BAD_REQUEST, Problems.INVALID_FIELD, "Invalid field", detail, null);
    this.field = field;
  }

  public String field() {
    return field;
  }

  @Override
  public Map<String, Object> properties() {
    return Map.of("field", field);
  }
}
