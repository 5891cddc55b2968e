package io.policyflow.local;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Local stack only: the embedded server's clock. {@code POST /dev/clock/skip {"duration": "P6D"}} moves it
 * forward, firing the timers due on the way, so a follow-up can be seen in seconds.
 */
@RestController
public class DevClockController {

  private static final Duration MAX_SKIP = Duration.ofDays(400);

  private final LocalStackServices services;

  public DevClockController(LocalStackServices services) {
    this.services = services;
  }

  public record SkipRequest(String duration) {}

  @GetMapping("/dev/clock")
  public ResponseEntity<?> now() {
    return services.embeddedTemporal()
        .<ResponseEntity<?>>map(temporal -> ResponseEntity.ok(Map.of("now", temporal.now().toString())))
        .orElseGet(DevClockController::notEmbedded);
  }

  @PostMapping(path = "/dev/clock/skip", consumes = "application/json")
  public ResponseEntity<?> skip(@RequestBody SkipRequest request) {
    if (services.embeddedTemporal().isEmpty()) {
      return notEmbedded();
    }
    Duration duration;
    try {
      duration = Duration.parse(request == null || request.duration() == null ? "" : request.duration());
    } catch (DateTimeParseException e) {
      return problem(HttpStatus.BAD_REQUEST,
          "duration must be an ISO-8601 duration such as \"P1D\", \"P6D\" or \"PT2H\".");
    }
    if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_SKIP) > 0) {
      return problem(HttpStatus.BAD_REQUEST, "duration must be positive and at most 400 days.");
    }
    Instant now = services.embeddedTemporal().get().skip(duration);
    return ResponseEntity.ok(Map.of("skipped", duration.toString(), "now", now.toString()));
  }

  private static ResponseEntity<?> notEmbedded() {
    return problem(HttpStatus.CONFLICT,
        "The clock can only be moved on the embedded Temporal server (TEMPORAL_ADDRESS is set).");
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(status.getReasonPhrase());
    return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
