package io.policyflow.local;

import com.google.protobuf.Empty;
import com.google.protobuf.util.Durations;
import com.google.protobuf.util.Timestamps;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.testservice.v1.SleepRequest;
import io.temporal.serviceclient.TestServiceStubs;
import io.temporal.serviceclient.TestServiceStubsOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The clock of Temporal's test server at an address (the embedded server, or {@link DevServices}):
 * read it, or move it forward. Temporal's own server has no such clock: there both calls throw
 * {@link UnsupportedOperationException}.
 */
public final class TemporalClock implements AutoCloseable {

  private final TestServiceStubs testService;

  private TemporalClock(String target) {
    this.testService =
        TestServiceStubs.newServiceStubs(
            TestServiceStubsOptions.newBuilder().setTarget(target).validateAndBuildWithDefaults());
  }

  public static TemporalClock at(String target) {
    return new TemporalClock(target);
  }

  /** The server's current time. */
  public Instant now() {
    return call(
        () ->
            Instant.ofEpochMilli(
                Timestamps.toMillis(
                    testService
                        .blockingStub()
                        .getCurrentTime(Empty.getDefaultInstance())
                        .getTime())));
  }

  /**
   * Moves the server's clock forward by {@code duration}, firing every timer due on the way, then
   * locks time again. Returns the server's time after the skip.
   */
  public Instant skip(Duration duration) {
    call(
        () ->
            testService
                .blockingStub()
                .unlockTimeSkippingWithSleep(
                    SleepRequest.newBuilder()
                        .setDuration(Durations.fromMillis(duration.toMillis()))
                        .build()));
    return now();
  }

  private static <T> T call(Supplier<T> call) {
    try {
      return call.get();
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.UNIMPLEMENTED) {
        throw new UnsupportedOperationException(
            "This Temporal server has no test clock: only Temporal's test server (the embedded one, or DevServices)"
                + " can move time",
            e);
      }
      throw e;
    }
  }

  @Override
  public void close() {
    testService.shutdownNow();
  }
}
