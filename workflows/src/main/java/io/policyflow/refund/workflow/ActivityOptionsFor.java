package io.policyflow.refund.workflow;

import io.policyflow.refund.channel.ChannelFailures;
import io.policyflow.refund.commerce.CommerceFailures;
import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;

/**
 * Timeouts and retries of the workflow's activities. Temporal owns retries; the HTTP clients only
 * fail fast. The refund's start-to-close exceeds its HTTP timeouts so two attempts never overlap.
 */
final class ActivityOptionsFor {

  private static final String[] NOT_RETRYABLE = {
    CommerceFailures.REFUND_REFUSED,
    CommerceFailures.NOT_FOUND,
    CommerceFailures.UNAUTHORIZED,
    CommerceFailures.BAD_REQUEST,
    ChannelFailures.REJECTED
  };

  private ActivityOptionsFor() {}

  static ActivityOptions storeLookups() {
    return ActivityOptions.newBuilder()
        .setStartToCloseTimeout(Duration.ofSeconds(30))
        .setScheduleToCloseTimeout(Duration.ofMinutes(10))
        .setRetryOptions(retries(Duration.ofSeconds(30)))
        .build();
  }

  static ActivityOptions refunds() {
    return ActivityOptions.newBuilder()
        .setStartToCloseTimeout(Duration.ofMinutes(2))
        .setScheduleToCloseTimeout(Duration.ofHours(1))
        .setRetryOptions(retries(Duration.ofMinutes(1)))
        .build();
  }

  static ActivityOptions channel() {
    return ActivityOptions.newBuilder()
        .setStartToCloseTimeout(Duration.ofSeconds(15))
        .setScheduleToCloseTimeout(Duration.ofMinutes(30))
        .setRetryOptions(retries(Duration.ofMinutes(1)))
        .build();
  }

  static LocalActivityOptions policy() {
    return LocalActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(10)).build();
  }

  private static RetryOptions retries(Duration maximumInterval) {
    return RetryOptions.newBuilder()
        .setInitialInterval(Duration.ofSeconds(1))
        .setBackoffCoefficient(2.0)
        .setMaximumInterval(maximumInterval)
        .setDoNotRetry(NOT_RETRYABLE)
        .build();
  }
}
