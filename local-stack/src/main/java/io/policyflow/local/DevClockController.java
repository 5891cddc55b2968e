package io.policyflow.local;

import io.grpc.StatusRuntimeException;
import io.policyflow.api.problems.InvalidFieldException;
import io.policyflow.api.problems.Problems;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Local stack only: the clock of Temporal's test server (the embedded one, or {@link DevServices}
 * at {@code TEMPORAL_ADDRESS}). {@code POST /dev/clock/skip {"duration": "P6D"}} moves it forward,
 * firing the timers due on the way, so a follow-up can be seen in seconds. Guarded by {@link
 * DevToolsAccessFilter} (this machine, the API token); every error is problem+json with a type.
 */
@RestController
public class DevClockController {

  /** 409: the Temporal server at {@code TEMPORAL_ADDRESS} has no test clock. */
  public static final URI NO_TEST_CLOCK = URI.create("urn:policyflow:problem:no-test-clock");

  private static final Duration MAX_SKIP = Duration.ofDays(400);

  private final TemporalClock clock;

  public DevClockController(LocalStackServices services) {
    this.clock = services.clock();
  }

  public record SkipRequest(String duration) {}

  @GetMapping("/dev/clock")
  public ResponseEntity<?> now() {
    return answer(() -> Map.of("now", clock.now().toString()));
  }

  @PostMapping(path = "/dev/clock/skip", consumes = "application/json")
  public ResponseEntity<?> skip(@RequestBody SkipRequest request) {
    Duration duration;
    try {
      duration =
          Duration.parse(request == null || request.duration() == null ? "" : request.duration());
    } catch (DateTimeParseException e) {
      throw new InvalidFieldException(
          "duration",
          "duration must be an ISO-8601 duration such as \"P1D\", \"P6D\" or \"PT2H\".");
    }
    if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_SKIP) > 0) {
      throw new InvalidFieldException(
          "duration", "duration must be positive and at most 400 days.");
    }
    return answer(
        () -> {
          Instant now = clock.skip(duration);
          return Map.of("skipped", duration.toString(), "now", now.toString());
        });
  }

  private static ResponseEntity<?> answer(Supplier<Map<String, String>> call) {
    try {
      return ResponseEntity.ok(call.get());
    } catch (UnsupportedOperationException e) {
      return problem(
          HttpStatus.CONFLICT,
          NO_TEST_CLOCK,
          "No test clock",
          "The clock can only be moved on"
              + " Temporal's test server (the embedded one, or DevServices); the server at TEMPORAL_ADDRESS has no test"
              + " clock.");
    } catch (StatusRuntimeException e) {
      return problem(
          HttpStatus.SERVICE_UNAVAILABLE,
          Problems.TEMPORAL_UNAVAILABLE,
          "Service unavailable",
          "The Temporal server did not answer (" + e.getStatus().getCode() + "). Try again.");
    }
  }

  private static ResponseEntity<ProblemDetail> problem(
      HttpStatus status, URI type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(type);
    problem.setTitle(title);
    ResponseEntity.BodyBuilder response =
        ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
    if (status == HttpStatus.SERVICE_UNAVAILABLE) {
      response.header(HttpHeaders.RETRY_AFTER, Integer.toString(Problems.RETRY_AFTER_SECONDS));
    }
    return response.body(problem);
  }
}
