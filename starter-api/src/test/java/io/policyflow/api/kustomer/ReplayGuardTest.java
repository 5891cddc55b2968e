package io.policyflow.api.kustomer;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyflow.api.kustomer.ReplayGuard.State;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The claim set alone: one claim per key, released on failure, forgotten after the window, bounded
 * in size.
 */
class ReplayGuardTest {

  /** A clock the test moves. */
  static final class MovingClock extends Clock {
    Instant now = Instant.parse("2026-03-02T10:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  final MovingClock clock = new MovingClock();

  @Test
  void aKeyIsClaimedOnceThenInProgressThenHandled() {
    ReplayGuard guard = new ReplayGuard(Duration.ofMinutes(5), clock);

    ReplayGuard.Claim first = guard.claim("message:c/m-1");
    State whileRunning = guard.claim("message:c/m-1").state();
    first.handled();

    assertThat(first.state()).isEqualTo(State.CLAIMED);
    assertThat(whileRunning).isEqualTo(State.IN_PROGRESS);
    assertThat(guard.claim("message:c/m-1").state()).isEqualTo(State.HANDLED);
    assertThat(guard.claim("message:c/m-2").state()).isEqualTo(State.CLAIMED);
  }

  @Test
  void aReleasedClaimCanBeClaimedAgainAndACopysReleaseChangesNothing() {
    ReplayGuard guard = new ReplayGuard(Duration.ofMinutes(5), clock);

    ReplayGuard.Claim failed = guard.claim("k");
    ReplayGuard.Claim copy = guard.claim("k");
    copy.release();
    State afterCopyReleased = guard.claim("k").state();
    failed.release();

    assertThat(afterCopyReleased).isEqualTo(State.IN_PROGRESS);
    assertThat(guard.claim("k").state()).isEqualTo(State.CLAIMED);
  }

  @Test
  void keysAreForgottenAfterTheWindowWhichIsAtLeastTwoHours() {
    ReplayGuard guard = new ReplayGuard(Duration.ofMinutes(5), clock);
    guard.claim("k").handled();

    clock.now = clock.now.plus(Duration.ofMinutes(119));
    State within = guard.claim("k").state();
    clock.now = clock.now.plus(Duration.ofMinutes(2));

    assertThat(within).isEqualTo(State.HANDLED);
    assertThat(guard.claim("k").state()).isEqualTo(State.CLAIMED);
  }

  @Test
  void aLongerTimestampAgeWidensTheWindow() {
    ReplayGuard guard = new ReplayGuard(Duration.ofHours(6), clock);
    guard.claim("k").handled();

    clock.now = clock.now.plus(Duration.ofHours(5));

    assertThat(guard.claim("k").state()).isEqualTo(State.HANDLED);
  }

  @Test
  void aFloodOfKeysKeepsTheSizeBoundedAndForgetsTheOldestFirst() {
    ReplayGuard guard = new ReplayGuard(Duration.ofHours(2), 100, clock);

    for (int i = 0; i < 1_000; i++) {
      guard.claim("flood-" + i).handled();
    }

    assertThat(guard.size()).isEqualTo(100);
    assertThat(guard.claim("flood-999").state()).isEqualTo(State.HANDLED);
    assertThat(guard.claim("flood-0").state()).isEqualTo(State.CLAIMED);
  }
}
