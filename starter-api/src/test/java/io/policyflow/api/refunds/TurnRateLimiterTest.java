package io.policyflow.api.refunds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.policyflow.api.ApiProperties;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token bucket per conversation, on a clock the test moves. */
class TurnRateLimiterTest {

  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final TurnRateLimiter limiter =
      new TurnRateLimiter(new ApiProperties.TurnRate(10, Duration.ofSeconds(1)), now::get);

  @Test
  void tenTurnsAtOnceThenOneASecond() {
    for (int i = 1; i <= 10; i++) {
      limiter.admit("c-1", "m-" + i);
    }
    TooManyTurnsException limited =
        catchThrowableOfType(TooManyTurnsException.class, () -> limiter.admit("c-1", "m-11"));
    assertThat(limited.retryAfterSeconds()).isEqualTo(1);
    assertThat(limited.headers().getFirst("Retry-After")).isEqualTo("1");

    advance(Duration.ofMillis(1_000));
    assertThatCode(() -> limiter.admit("c-1", "m-11")).doesNotThrowAnyException();
    assertThat(
            catchThrowableOfType(TooManyTurnsException.class, () -> limiter.admit("c-1", "m-12")))
        .isNotNull();

    advance(Duration.ofSeconds(30));
    for (int i = 13; i <= 22; i++) {
      limiter.admit("c-1", "m-" + i); // a quiet conversation has its whole burst again, no more
    }
    assertThat(
            catchThrowableOfType(TooManyTurnsException.class, () -> limiter.admit("c-1", "m-23")))
        .isNotNull();
  }

  @Test
  void theWaitIsRoundedUpToWholeSeconds() {
    TurnRateLimiter slow =
        new TurnRateLimiter(new ApiProperties.TurnRate(1, Duration.ofMillis(2_500)), now::get);
    slow.admit("c-1", "m-1");
    advance(Duration.ofMillis(100));

    assertThat(
            catchThrowableOfType(TooManyTurnsException.class, () -> slow.admit("c-1", "m-2"))
                .retryAfterSeconds())
        .isEqualTo(3);
  }

  @Test
  void aRetryOfARecentlyAdmittedMessageIdSpendsNoToken() {
    for (int i = 1; i <= 10; i++) {
      limiter.admit("c-1", "m-" + i);
    }

    for (int retry = 0; retry < 50; retry++) {
      limiter.admit("c-1", "m-10");
      limiter.admit("c-1", "m-7");
    }
    assertThat(catchThrowableOfType(TooManyTurnsException.class, () -> limiter.admit("c-1", "m-6")))
        .as("older than the last 4 admitted ids")
        .isNotNull();
  }

  @Test
  void aLimitedTurnIsNotRememberedSoItsRetryNeedsAToken() {
    for (int i = 1; i <= 10; i++) {
      limiter.admit("c-1", "m-" + i);
    }
    assertThat(
            catchThrowableOfType(TooManyTurnsException.class, () -> limiter.admit("c-1", "m-11")))
        .isNotNull();

    assertThat(
            catchThrowableOfType(TooManyTurnsException.class, () -> limiter.admit("c-1", "m-11")))
        .isNotNull();
  }

  @Test
  void eachConversationHasItsOwnBucket() {
    for (int i = 1; i <= 10; i++) {
      limiter.admit("c-1", "m-" + i);
    }

    assertThatCode(() -> limiter.admit("c-2", "m-1")).doesNotThrowAnyException();
  }

  @Test
  void theLeastRecentlySeenConversationIsForgottenFirstAndStartsAgainWithAFullBucket() {
    for (int i = 1; i <= 10; i++) {
      limiter.admit("busy", "m-" + i);
    }
    for (int i = 0; i < TurnRateLimiter.MAX_CONVERSATIONS; i++) {
      limiter.admit("other-" + i, "m-1");
    }

    assertThatCode(() -> limiter.admit("busy", "m-11")).doesNotThrowAnyException();
  }

  private void advance(Duration duration) {
    now.addAndGet(duration.toNanos());
  }
}
